/**
 * Issue 17 items 1–2: a report section, once opened, runs to its end whatever the prefix, and rows are
 * never dropped silently. Public log 005 (a syslog-prefixed report) with its task table grown by 3,000
 * and 30,000 rows built from its own rows, rendered in every prefix family and read through the real
 * input layer (a file on disk → readCase): every row read, no warning about rows or cut reports.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { MemEvent } from '../../shared/event/types'
import { createEventParser, parseText } from '../../shared/parse'
import { readCase } from '../../electron/node/input/read-case'
import { reportStartAnchors } from '../../electron/node/input/report-window'
import { GIVEN } from '../support/given'
import { cleanLines, RENDERINGS } from './support/render-log'

const FILE = `${GIVEN}/corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log`
const ROW = /^\[\s*(\d+)\](.*)$/

/** The clean report with `extra` more task rows after its own, each a copy of one of them under a new pid. */
function grown(extra: number): { lines: string[]; rows: number } {
  const lines = cleanLines(parseText('005', readFileSync(FILE, 'utf8')).events)
  const rows = lines.filter((l) => ROW.test(l))
  const last = lines.lastIndexOf(rows[rows.length - 1] ?? '')
  const added = Array.from({ length: extra }, (_, i) => {
    const m = ROW.exec(rows[i % rows.length] ?? '')
    return `[${String(200_000 + i).padStart(7, ' ')}]${m?.[2] ?? ''}`
  })
  return { lines: [...lines.slice(0, last + 1), ...added, ...lines.slice(last + 1)], rows: rows.length + extra }
}

/** The prefix families of issue 12 a whole server's log comes in (framing families are pastes, not logs). */
const FAMILIES = [
  'raw dmesg',
  'dmesg -T (en)',
  'dmesg -T (de)',
  'dmesg -T (zh)',
  'syslog with kernel',
  'syslog without kernel',
  'journal short',
  'journal short-iso',
  'journal short-precise',
  'kmsg records',
] as const

const ROW_WARNINGS = ['rows-omitted', 'report-abandoned', 'report-cut', 'unparsed-task-row', 'task-columns-guessed']

describe('a whole report from a real server, read through the input layer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-whole-report-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('opens windows with the byte-level prefilter (every start alternative has a literal anchor)', () => {
    expect(reportStartAnchors()).not.toBeNull()
  })

  describe.each([3_000, 30_000])('with %i extra task rows', (extra) => {
    const { lines, rows } = grown(extra)

    it.each(FAMILIES)('reads every row in the %s family, with no warning about rows', async (family) => {
      const file = join(dir, `${extra}-${family.replace(/\W+/g, '-')}.log`)
      writeFileSync(file, `${RENDERINGS[family]!(lines)}\n`)
      const parsed = await readCase([file])
      const events: MemEvent[] = parsed.events
      expect(events).toHaveLength(1)
      const e = events[0]!
      expect(e.tasks).toHaveLength(rows)
      expect(e.omitted).toBeUndefined()
      expect(e.killed?.pid).toBe(2798)
      expect(parsed.issues.filter((i) => ROW_WARNINGS.includes(i.code))).toEqual([])
    })
  })

  it('says how many rows a memory bound left out, and why, when one applies', () => {
    const { lines, rows } = grown(3_000)
    const events: MemEvent[] = []
    const codes: string[] = []
    const parser = createEventParser({
      onEvent: (e) => events.push(e),
      onIssue: (i) => codes.push(i.code),
      maxReportLines: 1_000,
    })
    lines.forEach((text, i) => parser.push({ path: 'f', line: i + 1, text }))
    parser.finish()
    const e = events[0]!
    expect(e.tasks.length + (e.omitted?.taskRows ?? 0)).toBe(rows)
    expect(e.omitted).toMatchObject({ reason: expect.stringContaining('1000 lines') })
    expect(e.omitted!.taskRows).toBeGreaterThan(2_000)
    expect(codes).toContain('rows-omitted')
  })
})
