// A task row's sizes in kB, the same in the app's table and the reports, over real task tables of
// three layouts: nr_ptes (3.14), nr_ptes + nr_pmds (4.0–4.14), pgtables_bytes (4.15+).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { parseText } from '../../../shared/parse'
import { taskSizesKb } from '../../../shared/report/task-sizes'
import { GIVEN } from '../../support/given'

function eventsWith(predicate: (e: MemEvent) => boolean): MemEvent[] {
  const out: MemEvent[] = []
  for (const dir of ['seeds', 'corpus/public', 'corpus/public-2']) {
    for (const f of readdirSync(join(GIVEN, dir)).filter((x) => /\.(log|txt)$/.test(x))) {
      out.push(...parseText(f, readFileSync(join(GIVEN, dir, f), 'utf8')).events.filter(predicate))
    }
  }
  return out
}

describe('taskSizesKb', () => {
  it('converts rss and swapents from pages and page tables from whatever the kernel printed', () => {
    const layouts = {
      bytes: eventsWith((e) => e.tasks.some((t) => t.pgtablesBytes !== null)),
      ptesAndPmds: eventsWith((e) => e.tasks.some((t) => t.nrPmds !== null && t.pgtablesBytes === null)),
      ptes: eventsWith((e) => e.tasks.some((t) => t.nrPtes !== null && t.nrPmds === null && t.pgtablesBytes === null)),
    }
    for (const [layout, events] of Object.entries(layouts)) {
      expect(events.length, layout).toBeGreaterThan(0)
      for (const e of events) {
        for (const t of e.tasks) {
          const kb = taskSizesKb(t, e.pageSizeKb)
          expect(kb.rssKb).toBe(t.rss === null ? null : t.rss * e.pageSizeKb)
          expect(kb.swapKb).toBe(t.swapents === null ? null : t.swapents * e.pageSizeKb)
          const expected =
            t.pgtablesBytes !== null
              ? t.pgtablesBytes / 1024
              : t.nrPtes === null
                ? null
                : (t.nrPtes + (t.nrPmds ?? 0)) * e.pageSizeKb
          expect(kb.pgtablesKb, `${layout} ${e.path} ${t.pid}`).toBe(expected)
        }
      }
    }
  })

  it('scales with the page size: the same rows on a 64 kB-page machine hold 16 times the kB', () => {
    const [e] = eventsWith((x) => x.tasks.some((t) => t.nrPmds !== null && t.pgtablesBytes === null))
    const t = e!.tasks.find((x) => x.nrPmds !== null)!
    const small = taskSizesKb(t, 4)
    const big = taskSizesKb(t, 64)
    expect([big.rssKb, big.swapKb, big.pgtablesKb]).toEqual(
      [small.rssKb, small.swapKb, small.pgtablesKb].map((v) => (v === null ? null : v * 16)),
    )
  })
})
