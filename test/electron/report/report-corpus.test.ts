// Every format for every seed and public corpus log: the report must state the trigger, the victim,
// every zone's free memory and every finding — in HTML, in Markdown and in the printed PDF, whose
// pages must carry ink. Expected trigger and victim for the corpus come from its MANIFEST.json.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Window } from 'happy-dom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { parseText } from '../../../shared/parse/index'
import { formatTime } from '../../../shared/report/format'
import { buildReportDoc } from '../../../shared/report/report-doc'
import { renderHtml } from '../../../shared/report/render-html'
import { renderMarkdown } from '../../../shared/report/render-markdown'
import { findChromium } from '../../../electron/node/report/find-chromium'
import { openPdfPrinter } from '../../../electron/node/report/print-pdf'
import type { PdfPrinter } from '../../../electron/node/report/print-pdf'
import { inkPerPage, pdfText } from './pdf-tools'
import { GIVEN } from '../../support/given'

interface ManifestEntry {
  readonly file: string
  readonly trigger: { readonly comm: string | null; readonly pid: number | null }
  readonly killed: { readonly pid: number; readonly comm: string } | null
}
const manifest = JSON.parse(readFileSync(join(GIVEN, 'corpus/public/MANIFEST.json'), 'utf8')) as ManifestEntry[]
const inputs = [
  ...readdirSync(join(GIVEN, 'seeds'))
    .sort()
    .map((f) => ({ path: join(GIVEN, 'seeds', f), entry: null as ManifestEntry | null })),
  ...manifest.map((entry) => ({ path: join(GIVEN, 'corpus/public', entry.file), entry })),
]

function analyse(path: string): CaseAnalysis {
  const text = readFileSync(path, 'utf8')
  const parsed = parseText(path, text)
  return analyzeCase({ inputs: [{ path, kind: 'kernel-log', bytes: text.length }], ...parsed })
}

/** What the report must say, from the manifest (corpus) and from the parsed events. */
function factsOf(analysis: CaseAnalysis, entry: ManifestEntry | null): string[] {
  const facts = analysis.events.flatMap((a) => {
    const e = a.event
    const victim = e.killed ?? e.selected
    return [
      ...(e.trigger.comm ? [`${e.trigger.comm} (${e.trigger.pid ?? '—'})`] : []),
      ...(victim ? [`${victim.comm} (${victim.pid})`] : []),
      // A zone-table row starts with the zone and its free kB, as the kernel printed them (grouped).
      ...e.zones.map((z) => `Node ${z.node} ${z.zone} ${z.freeKb.toLocaleString('en-US')} `),
      ...a.findings.map((f) => f.title),
    ]
  })
  if (entry?.trigger.comm) facts.push(entry.trigger.comm)
  if (entry?.killed) facts.push(`${entry.killed.comm} (${entry.killed.pid})`)
  return [...new Set(facts)].map((f) => f.replace(/\s+/g, ' '))
}

/** Markdown as a reader sees it: table pipes and bold marks dropped, escapes and entities undone. */
function markdownText(md: string): string {
  return md
    .replace(/(?<!\\)\|/g, ' ')
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\([\\`*_[\]|~#+.-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

/** HTML as a reader sees it: every tag a word break, entities undone. */
function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body>'))
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

let printer: PdfPrinter
beforeAll(async () => {
  printer = await openPdfPrinter(findChromium())
})
afterAll(async () => {
  await printer.close()
})

describe.each(inputs)('report of $path', ({ path, entry }) => {
  const analysis = analyse(path)
  const doc = buildReportDoc(analysis, { generatedAt: '2026-11-23T18:00:00Z' })
  const facts = factsOf(analysis, entry)

  it('finds the events the manifest lists', () => {
    expect(analysis.events.length).toBeGreaterThan(0)
    if (entry?.trigger.comm) expect(analysis.events.some((a) => a.event.trigger.comm === entry.trigger.comm)).toBe(true)
  })

  it('writes HTML that parses, holds no script and states every fact', () => {
    const html = renderHtml(doc)
    expect(html).not.toMatch(/<script|\son[a-z]+\s*=/i)
    const window = new Window()
    window.document.write(html)
    expect(window.document.querySelectorAll('script')).toHaveLength(0)
    expect(window.document.querySelectorAll('h2').length).toBeGreaterThanOrEqual(2 + analysis.events.length)
    const text = htmlText(html)
    for (const fact of facts) expect(text).toContain(fact)
  })

  it('writes Markdown stating the same facts', () => {
    const text = markdownText(renderMarkdown(doc))
    for (const fact of facts) expect(text).toContain(fact)
  })

  it('prints a PDF whose text states the facts and whose pages all carry ink', async () => {
    const pdf = await printer.print(renderHtml(doc), {
      paper: 'A4',
      caseName: doc.caseName,
      dateText: formatTime(doc.generatedAt),
    })
    const { text, pages } = await pdfText(pdf)
    for (const fact of facts) expect(`${text} `).toContain(fact)
    const ink = inkPerPage(pdf)
    expect(ink).toHaveLength(pages)
    ink.forEach((fraction, i) => expect(fraction, `page ${i + 1} of ${pages}`).toBeGreaterThan(0.001))
  })
})
