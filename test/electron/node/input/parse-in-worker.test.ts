// The parser in a worker thread gives the case the in-thread parser gives: the same events, fields,
// findings, what-if, warnings in the same order, over the whole corpus read as one case; and the
// worker really parses and analyses (its analyses come back with the events).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCase } from '../../../../electron/node/case-service'
import type { CaseParserEvents } from '../../../../electron/node/input/case-parser'
import { workerCaseParser } from '../../../../electron/node/input/parse-in-worker'
import type { MemEvent } from '../../../../shared/event/types'
import { toAnalysisJson } from '../../../../shared/contract/to-analysis-json'
import { GIVEN } from '../../../support/given'
import { CORPUS, manifestEvents } from './build-fixtures'

const WHOLE_CORPUS = [join(GIVEN, 'corpus/public'), join(GIVEN, 'corpus/public-2'), join(GIVEN, 'seeds')]

async function analysed(parseInWorker: boolean) {
  const found: MemEvent[] = []
  const settled: MemEvent[] = []
  const loaded = await loadCase(WHOLE_CORPUS, {
    lang: 'zh-CN',
    whatIf: { min_free_kbytes: 8192, swap_kb: 1048576 },
    parseInWorker,
    onEvent: (e) => found.push(e),
    onEventSettled: (e) => settled.push(e),
  })
  return { json: JSON.stringify(toAnalysisJson(loaded.analysis)), found, settled, events: loaded.analysis.events }
}

describe('parsing in a worker thread', () => {
  it('gives the whole corpus, read as one case, exactly the analysis of the in-thread parser', async () => {
    const here = await analysed(false)
    const there = await analysed(true)
    expect(there.events.length).toBeGreaterThan(50)
    expect(there.json).toBe(here.json)
    // Found and settled events stream out from the worker as from this thread (arrival order may differ).
    const ids = (events: MemEvent[]) => events.map((e) => `${e.path}:${e.line}:${e.id}`).sort()
    expect(ids(there.found)).toEqual(ids(here.found))
    expect(ids(there.settled)).toEqual(ids(here.settled))
  }, 120_000)

  it('parses and analyses each event in the worker, which hands the analyses back with the events', async () => {
    const file = '011-x86-4.18-3.10-vmware-memcg-leaker.log'
    const text = readFileSync(join(CORPUS, file), 'utf8').split('\n')
    const found: (MemEvent | null)[] = []
    const events: CaseParserEvents = { found: (e) => found.push(e), settled: () => undefined }
    const parser = workerCaseParser(events, { lang: 'en' }, { found: false, settled: false })
    expect(parser).not.toBeNull()
    text.forEach((t, i) => parser!.line({ path: file, line: i + 1, text: t }, null))
    parser!.endOfInput(file)
    const result = await parser!.finish(file)
    expect(result.events).toHaveLength(manifestEvents(file))
    // Only counted, not sent: nobody asked for the found events themselves.
    expect(found).toEqual(result.events.map(() => null))
    expect(result.ahead.every((a) => a !== null && a.model !== undefined && a.findings.length > 0)).toBe(true)
  }, 60_000)

  it('holds the reader back while the worker has too many lines waiting, and lets it go on after', async () => {
    const parser = workerCaseParser(
      { found: () => undefined, settled: () => undefined },
      {},
      { found: false, settled: false },
    )
    let held: Promise<void> | null = null
    for (let i = 1; i <= 200_000 && held === null; i++) {
      parser!.line({ path: 'noise.log', line: i, text: `Mar  5 14:02:11 host sshd[${i}]: Accepted publickey` }, null)
      held = parser!.backlog()
    }
    expect(held).not.toBeNull()
    await held
    expect((await parser!.finish('noise.log')).events).toEqual([])
  }, 60_000)
})
