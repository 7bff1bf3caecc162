// Issue 17 item 4, the report's part: a real server's 30,000-row task table (public log 005 grown from
// its own rows, in memory) through the real report writer. The report lists the top rows and says how
// many there were; the appendix keeps the rows the reader needs, the lines the findings cite, and
// states how many it leaves out — so the PDF is as long as the small report's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { parseText } from '../../../shared/parse'
import { findChromium } from '../../../electron/node/report/find-chromium'
import { writeReport } from '../../../electron/node/report/write-report'
import { GIVEN } from '../../support/given'
import { grownTaskTable } from '../../support/grown-task-table'
import { pdfText } from './pdf-tools'

const FILE = `${GIVEN}/corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log`
const ROWS = 30_000
const out = mkdtempSync(join(tmpdir(), 'oomlens-long-tasks-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** The case of `text`, analysed as the hosts do. */
function analysed(name: string, text: string): CaseAnalysis {
  return analyzeCase({ inputs: [{ path: name, kind: 'kernel-log', bytes: text.length }], ...parseText(name, text) })
}

describe('a report over a 30,000-row task table', () => {
  const small = analysed('005.log', readFileSync(FILE, 'utf8'))
  let grown: CaseAnalysis
  beforeAll(() => {
    grown = analysed('005-grown.log', grownTaskTable(readFileSync(FILE, 'utf8'), ROWS))
  })

  it('reads the whole table (the input the report is about)', () => {
    expect(grown.events).toHaveLength(1)
    expect(grown.events[0]!.event.tasks).toHaveLength(ROWS)
  })

  it('lists the top rows, the victim among them, and says how many rows there were, in Markdown', async () => {
    const { event, findings } = grown.events[0]!
    await writeReport(grown, join(out, 'r.md'), { generatedAt: '2026-11-23T18:00:00Z' })
    const md = readFileSync(join(out, 'r.md'), 'utf8')
    expect(md).toContain(`Top 10 of ${ROWS.toLocaleString('en-US')} tasks`)
    // The task table's rows start with the pid; the victim is one of them.
    expect(md.split('\n').filter((l) => l.startsWith(`| ${event.killed!.pid} |`))).toHaveLength(1)
    // The appendix: every line a finding cites, and a count where the rest of the table stood.
    for (const e of findings.flatMap((f) => f.evidence)) expect(md).toContain(e.text)
    const elided = [...md.matchAll(/… ([\d,]+) task rows left out here \(source lines (\d+)–(\d+)\)/g)]
    const left = elided.reduce((n, m) => n + Number(m[1]!.replace(/,/g, '')), 0)
    const kept = md.split('\n').filter((l) => /^ *\d+ \| \[ *\d+\] /.test(l)).length
    expect(left + kept).toBe(ROWS)
    expect(kept).toBeLessThanOrEqual(10 + findings.length * 8)
  })

  it('prints a PDF no longer than the ungrown report, stating the count of rows', async () => {
    const chromium = findChromium()
    const pages = async (analysis: CaseAnalysis, name: string) => {
      const r = await writeReport(analysis, join(out, name), { chromium, generatedAt: '2026-11-23T18:00:00Z' })
      return pdfText(readFileSync(r.path))
    }
    const base = await pages(small, 'small.pdf')
    const big = await pages(grown, 'grown.pdf')
    console.log(
      `PDF pages: ${base.pages} for ${small.events[0]!.event.tasks.length} task rows, ${big.pages} for ${ROWS}`,
    )
    expect(big.text).toContain(`Top 10 of ${ROWS.toLocaleString('en-US')} tasks`)
    expect(big.text).toMatch(/[\d,]+ task rows left out here/)
    expect(big.pages).toBeLessThanOrEqual(base.pages + 1)
  }, 120_000)
})
