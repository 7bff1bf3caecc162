import { describe, expect, it } from 'vitest'
import { buildReportDoc, defaultCaseName } from '../../../shared/report/report-doc'
import type { Block } from '../../../shared/report/report-doc-types'
import { makeAnalysis } from './make-analysis'

function blocksOf(doc: ReturnType<typeof buildReportDoc>, id: string): readonly Block[] {
  return doc.sections.find((s) => s.id === id)?.blocks ?? []
}

describe('report-doc', () => {
  it('lays out summary, the event parts and the appendix in reading order', () => {
    const doc = buildReportDoc(makeAnalysis(), { generatedAt: '2026-11-23T18:00:00Z' })
    expect(doc.sections.map((s) => s.id)).toEqual([
      'summary',
      'e1',
      'e1-diagnosis',
      'e1-advice',
      'e1-env',
      'e1-zones',
      'e1-tasks',
      'appendix',
      'appendix-e1',
    ])
    expect(doc.caseName).toBe('messages')
    expect(doc.title).toBe('OOMLens report — messages')
  })

  it('says whether min_free_kbytes looks default and what the request was', () => {
    const facts = blocksOf(buildReportDoc(makeAnalysis()), 'e1-env').find((b) => b.type === 'facts')
    const byLabel = new Map(facts?.type === 'facts' ? facts.items.map((f) => [f.label, f]) : [])
    expect(byLabel.get('min_free_kbytes')).toMatchObject({ value: '3788 kB', note: expect.stringContaining('default') })
    expect(byLabel.get('Kernel')?.value).toBe('3.14.24-wt-ldr-TC')
    expect(byLabel.get('gfp_mask')?.value).toBe('0x2084d0')
  })

  it('shows the cgroup, its usage against the limit and an unlimited swap limit as such for a memcg OOM', () => {
    const analysis = makeAnalysis()
    const a = analysis.events[0]!
    const memcg = {
      path: '/leaker',
      taskPath: '/leaker',
      usageKb: 524288,
      limitKb: 524288,
      failcnt: 1240247,
      swapUsageKb: 2592556,
      swapLimitKb: 9007199254740988,
      swapFailcnt: 0,
      kmemUsageKb: null,
      kmemLimitKb: null,
      kmemFailcnt: null,
      stat: {},
      at: 0,
    }
    const doc = buildReportDoc({ ...analysis, events: [{ ...a, event: { ...a.event, kind: 'memcg-oom', memcg } }] })
    const facts = blocksOf(doc, 'e1-env').find((b) => b.type === 'facts')
    const byLabel = new Map(facts?.type === 'facts' ? facts.items.map((f) => [f.label, f]) : [])
    expect(byLabel.get('Memory cgroup')?.value).toBe('/leaker')
    expect(byLabel.get('cgroup usage / limit')).toMatchObject({
      value: '524288 kB / 524288 kB',
      note: 'failcnt 1240247',
    })
    expect(byLabel.get('cgroup swap usage / limit')?.value).toBe('2592556 kB / unlimited')
  })

  it('replays every scenario pinned on an event next to that event as logged', () => {
    const doc = buildReportDoc(makeAnalysis(), {
      scenarios: [
        { eventId: 'e1', settings: { min_free_kbytes: 1024 } },
        { eventId: 'e1', settings: { cma_kb: 0 } },
      ],
    })
    const table = blocksOf(doc, 'e1-whatif')[0]
    expect(table?.type === 'table' ? table.rows.map((r) => r.cells[0]?.text) : []).toEqual([
      'as logged',
      'min_free_kbytes=1024',
      'cma_kb=0',
    ])
  })

  it('puts a scenario pinned on another event under no section of this one', () => {
    const doc = buildReportDoc(makeAnalysis(), { scenarios: [{ eventId: 'e9', settings: { cma_kb: 0 } }] })
    expect(doc.sections.find((s) => s.id === 'e1-whatif')).toBeUndefined()
  })

  it('keeps only the chosen events when event ids are given', () => {
    const doc = buildReportDoc(makeAnalysis(), { eventIds: [] })
    expect(doc.sections.map((s) => s.id)).toEqual(['summary'])
  })

  it('writes headings and the headline in Chinese when asked for zh-CN or zh-TW', () => {
    const cn = buildReportDoc(makeAnalysis(), { lang: 'zh-CN' })
    expect(cn.sections.find((s) => s.id === 'e1-zones')?.title).toBe('内存区域与水位线')
    const tw = buildReportDoc(makeAnalysis(), { lang: 'zh-TW' })
    const callout = blocksOf(tw, 'e1').find((b) => b.type === 'callout')
    expect(callout?.type === 'callout' ? callout.lines[1] : '').toContain('核心終止了 python(pid 593)')
  })

  it('names the case after the first input, archive members included', () => {
    const analysis = makeAnalysis()
    expect(
      defaultCaseName({
        ...analysis,
        inputs: [{ path: 'sos.tar.xz!/var/log/messages', kind: 'kernel-log', bytes: 1 }],
      }),
    ).toBe('messages')
  })
})
