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
      'appendix-notes',
    ])
    // Host, date (as printed) and what happened, as a ticket names it.
    expect(doc.caseName).toBe('ldr · 2017-02-02 · python: OOM kill')
    expect(doc.title).toBe('OOMLens report — ldr · 2017-02-02 · python: OOM kill')
  })

  it('says whether min_free_kbytes looks default and what the request was', () => {
    const facts = blocksOf(buildReportDoc(makeAnalysis()), 'e1-env').find((b) => b.type === 'facts')
    const byLabel = new Map(facts?.type === 'facts' ? facts.items.map((f) => [f.label, f]) : [])
    expect(byLabel.get('min_free_kbytes')).toMatchObject({
      value: '3,788 kB',
      note: expect.stringContaining('default'),
    })
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
      value: '524,288 kB / 524,288 kB',
      note: 'failcnt 1,240,247',
    })
    expect(byLabel.get('cgroup swap usage / limit')?.value).toBe('2,592,556 kB / unlimited')
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
    // The parser notes concern the inputs, whichever events are reported.
    expect(doc.sections.map((s) => s.id)).toEqual(['summary', 'appendix-notes'])
  })

  it('writes headings and the headline in Chinese when asked for zh-CN or zh-TW', () => {
    const cn = buildReportDoc(makeAnalysis(), { lang: 'zh-CN' })
    expect(cn.sections.find((s) => s.id === 'e1-zones')?.title).toBe('内存区域与水位线')
    const tw = buildReportDoc(makeAnalysis(), { lang: 'zh-TW' })
    const callout = blocksOf(tw, 'e1').find((b) => b.type === 'callout')
    expect(callout?.type === 'callout' ? callout.lines[1] : '').toContain('核心終止了 python（pid 593）')
  })

  it('names the case after its host, dates and events, and after the first input when it has none', () => {
    const analysis = makeAnalysis()
    const first = analysis.events[0]!
    const later = {
      ...first,
      event: { ...first.event, id: 'e2', time: '2017-02-04T10:00:00', kind: 'alloc-failure' as const },
    }
    const other = { ...first, event: { ...first.event, id: 'e3', host: 'db1' } }
    expect(defaultCaseName({ ...analysis, events: [first, later] })).toBe(
      'ldr · 2017-02-02 – 2017-02-04 · 1 × OOM kill, 1 × page allocation failure',
    )
    expect(defaultCaseName({ ...analysis, events: [first, other] }, 'zh-TW')).toBe(
      'ldr、db1 · 2017-02-02 · 2 × OOM 終止行程',
    )
    expect(
      defaultCaseName({
        ...analysis,
        events: [],
        inputs: [{ path: 'sos.tar.xz!/var/log/messages', kind: 'kernel-log', bytes: 1 }],
      }),
    ).toBe('messages')
  })

  it('counts warnings apart from notes and lists the notes, translated, in an appendix of their own', () => {
    const issues = [
      {
        code: 'year-inferred',
        severity: 'info' as const,
        path: '/var/log/messages',
        line: 10,
        message: 'Syslog stamps print no year; 2017 was assumed.',
      },
      {
        code: 'year-inferred',
        severity: 'info' as const,
        path: '/var/log/messages',
        line: 40,
        message: 'Syslog stamps print no year; 2017 was assumed.',
      },
      {
        code: 'line-truncated',
        severity: 'data-loss' as const,
        path: '/var/log/messages',
        line: 7,
        message: 'Line 7 is longer than 4194304 bytes.',
      },
    ]
    const tw = buildReportDoc({ ...makeAnalysis(), issues }, { lang: 'zh-TW' })
    const facts = blocksOf(tw, 'summary').find((b) => b.type === 'facts')
    expect(facts?.type === 'facts' && facts.items.find((f) => f.label === '輸入警告')?.value).toBe('1')
    const summaryText = JSON.stringify(blocksOf(tw, 'summary'))
    expect(summaryText).toContain('messages:7 — 原文：Line 7 is longer')
    expect(summaryText).not.toContain('year-inferred')
    const notes = tw.sections.find((s) => s.id === 'appendix-notes')
    expect(notes?.title).toBe('附錄：解析說明')
    const text = JSON.stringify(notes?.blocks)
    expect(text).toContain('syslog 時間戳記不含年份')
    expect(text).toContain('year-inferred, 2×')
    expect(text).toContain('messages:40')
    expect(text).not.toContain('Syslog stamps print no year')
  })
})
