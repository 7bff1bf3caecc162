/**
 * The parse-issue registry is the one list of codes: the README's table is rendered from it, every code
 * the parsers report is in it, and every code in it is one some parser reports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PARSE_ISSUE_DEFS, parseIssue, renderIssueTable } from '../../../shared/parse/issue-defs'

const PARSE = fileURLToPath(new URL('../../../shared/parse', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') && name !== 'issue-defs.ts' ? [readFileSync(path, 'utf8')] : []
  })
}

/** Codes the sources report: `code: '…'` literals and the first argument of the issue helpers. */
function usedCodes(): Set<string> {
  const out = new Set<string>()
  const patterns = [
    /\bcode: '([a-z][a-z0-9-]*)'/g,
    /\bparseIssue\(\s*'([a-z][a-z0-9-]*)'/g,
    /\bissue\(\s*sink,\s*'([a-z][a-z0-9-]*)'/g,
    /\bproblem\(\s*sink,\s*l,\s*'([a-z][a-z0-9-]*)'/g,
  ]
  for (const text of sources(PARSE)) for (const re of patterns) for (const m of text.matchAll(re)) out.add(m[1] ?? '')
  return out
}

/** A Markdown table's rows as trimmed cells, the `|---|` rule left out. */
function tableCells(table: string): string[][] {
  return table
    .split('\n')
    .filter((row) => row.startsWith('|') && !/^\|[\s:|-]+\|$/.test(row))
    .map((row) =>
      row
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    )
}

describe('parse-issue registry', () => {
  it('is the table the README lists, row for row', () => {
    const readme = readFileSync(join(PARSE, 'README.md'), 'utf8')
    const block = /<!-- issue-codes -->\n([\s\S]*?)\n<!-- \/issue-codes -->/.exec(readme)?.[1] ?? ''
    // Compared cell by cell: Prettier pads the README's columns, the registry renders them unpadded.
    expect(tableCells(block)).toEqual(tableCells(renderIssueTable()))
  })

  it('registers every code the parsers report, and reports every code it registers', () => {
    const used = usedCodes()
    const registered = new Set(Object.keys(PARSE_ISSUE_DEFS))
    expect([...used].filter((c) => !registered.has(c))).toEqual([])
    expect([...registered].filter((c) => !used.has(c))).toEqual([])
    expect(used.size).toBeGreaterThanOrEqual(20)
  })

  it("builds issues with the registry's severity unless told otherwise", () => {
    expect(parseIssue('report-cut', 'f', 3, 'm')).toEqual({
      code: 'report-cut',
      severity: 'data-loss',
      path: 'f',
      line: 3,
      message: 'm',
    })
    expect(parseIssue('unread-report-marker', 'f', null, 'm', 'info').severity).toBe('info')
  })
})
