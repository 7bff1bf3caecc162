import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import { corpus2Event, corpusEvent, onTwoNodes, seedEvent } from './seed-events'

describe('request model', () => {
  it("reads kswapd's GFP_ATOMIC failure (020, 5.8 mips): no reclaim, reduced min, PF_MEMALLOC only from the name", () => {
    const r = analyzeModel(corpusEvent('020', 1)).request
    expect(r).toMatchObject({
      kind: 'alloc-failure',
      failurePoint: 'zone-watermarks',
      highestZone: 'Normal',
      canReclaim: false,
      atomic: true,
      memallocContext: true,
      oomKiller: 'no-reclaim',
      decisiveStage: 'slowpath',
    })
    expect(r?.stages.find((s) => s.stage === 'slowpath')?.flags).toEqual([
      'ALLOC_WMARK_MIN',
      'ALLOC_HIGH',
      'ALLOC_HARDER',
    ])
    expect(r?.stages.find((s) => s.stage === 'slowpath')?.markFactor).toBe(0.375)
    expect(r?.unknowns.join(' ')).toMatch(/PF_MEMALLOC/)
  })

  it('marks an order-4 GFP_KERNEL failure (042) costly: no OOM killer, no last try', () => {
    const r = analyzeModel(corpusEvent('042')).request
    expect(r).toMatchObject({
      order: 4,
      costly: true,
      oomKiller: 'not-for-costly',
      decisiveStage: 'slowpath',
      cmaEligible: false,
    })
    expect(r?.stages.map((s) => s.stage)).toEqual(['fast', 'slowpath'])
  })

  it('puts a global OOM (seed 004, 5.4 arm64) at the last try at high, where a movable request does not count CMA', () => {
    const m = analyzeModel(seedEvent('004'))
    expect(m.request).toMatchObject({ decisiveStage: 'last-try', cmaEligible: true, migrateType: 'Movable' })
    expect(m.zoneVerdicts?.map((z) => [z.zone, z.watermarkName, z.term, z.passesWithCma])).toEqual([
      ['DMA32', 'high', 'cma', true],
    ])
  })

  it('reads a gfp_mask=0 OOM (104, riscv) as pagefault_out_of_memory, not an allocation', () => {
    expect(analyzeModel(corpus2Event('104')).request).toMatchObject({
      failurePoint: 'pagefault',
      decisiveStage: 'slowpath',
    })
  })

  it('bounds a release-less report by its raw mask (102: 0x200da is GFP_HIGHUSER_MOVABLE up to 4.3)', () => {
    const event = corpus2Event('102')
    const r = analyzeModel({ ...event, kernelVersion: null, taskLine: null }).request
    expect(r?.versionFrom).toBe('mask')
    expect(r?.flags).toEqual(
      expect.arrayContaining(['__GFP_WAIT', '__GFP_IO', '__GFP_FS', '__GFP_HIGHMEM', '__GFP_MOVABLE']),
    )
    expect(r?.oomKiller).toBe('invoked')
  })

  it("restricts nodes by nodemask and the cpuset's mems_allowed", () => {
    const event = seedEvent('000')
    const twoNodes = { ...onTwoNodes(event, '0'), cpuset: { cpuset: '/', memsAllowed: '0-1', at: 0 } }
    const m = analyzeModel(twoNodes)
    expect(m.request).toMatchObject({ allowedNodes: [0], nodesFrom: 'nodemask' })
    const node1 = m.zoneVerdicts?.filter((z) => z.node === 1) ?? []
    expect(node1.length).toBe(3)
    expect(node1.every((z) => z.term === 'not-allowed' && z.marginKb === 0)).toBe(true)
    // Zones the mask allows are refused for their node; a zone above gfp_zone() for its type.
    const byZone = m.zoneVerdicts?.filter((z) => z.node === 0 && z.allowed).map((z) => z.zone) ?? []
    expect(node1.filter((z) => byZone.includes(z.zone)).every((z) => z.notAllowedBy === 'node')).toBe(true)
    expect(byZone.length).toBeGreaterThan(0)
    expect(m.otherNodes).toMatchObject({ from: 'zones', nodes: [1] })
    expect(m.otherNodes?.freeKb).toBe(event.zones.reduce((s, z) => s + z.freeKb, 0))
  })

  it('refuses every zone to a DMA32 request bound to the node without DMA32', () => {
    const event = corpusEvent('042')
    const split = {
      ...event,
      zones: event.zones.map((z) => (z.zone === 'Normal' ? { ...z, node: 1 } : z)),
      trigger: {
        ...event.trigger,
        gfpMask: null,
        gfpPrintedNames: ['GFP_KERNEL', '__GFP_DMA32'],
        order: 0,
        nodemask: '1',
      },
      cpuset: null,
      oomKill: null,
    }
    const m = analyzeModel(split)
    expect(m.request).toMatchObject({ highestZone: 'DMA32', allowedNodes: [1], nodesFrom: 'nodemask' })
    expect(m.zoneVerdicts?.map((z) => [z.label, z.term, z.notAllowedBy])).toEqual([
      ['Node 0 DMA', 'not-allowed', 'node'],
      ['Node 0 DMA32', 'not-allowed', 'node'],
      ['Node 1 Normal', 'not-allowed', 'zone'],
    ])
    expect(m.outcomeCheck?.verdict).toBe('consistent')
    // A nodemask that misses the cpuset's nodes is dropped by the kernel (check_retry_cpuset).
    const cpuset = analyzeModel({ ...split, cpuset: { cpuset: '/', memsAllowed: '0', at: 0 } })
    expect(cpuset.request).toMatchObject({ allowedNodes: [0], nodesFrom: 'mems_allowed' })
  })

  it('reads warn_alloc stalls and vmalloc failures as such: nothing failed at a zone', () => {
    const event = corpusEvent('042')
    const withHeader = (message: string) =>
      analyzeModel({ ...event, lines: event.lines.map((l, i) => (i === event.trigger.at ? { ...l, message } : l)) })
    const stall = withHeader('md5sum: page allocation stalls for 10646ms, order:4, mode:0x40c40(GFP_NOFS|__GFP_COMP)')
    expect(stall.request?.failurePoint).toBe('stall')
    expect(stall.outcomeCheck).toBeNull()
    expect(
      withHeader('md5sum: vmalloc: allocation failure: 0 bytes, mode:0xdc0(GFP_KERNEL|__GFP_ZERO)').request
        ?.failurePoint,
    ).toBe('vmalloc')
    expect(
      withHeader('md5sum: vmalloc: allocation failure, allocated 4096 of 8192 bytes, mode:0xdc0').request?.failurePoint,
    ).toBe('zone-watermarks')
  })

  it("reads SysRq-f from moom_callback in 109's trace (2.6.26 printed order=0), with a compiler suffix too", () => {
    const event = corpus2Event('109')
    const r = analyzeModel(event).request
    expect(event.trigger.order).toBe(0)
    expect(r).toMatchObject({ failurePoint: 'manual', failureFrame: { fn: 'moom_callback' } })
    expect(event.lines[r!.failureFrame!.at]?.message).toMatch(/moom_callback\+0x0\/0x1a/)
    const cold: MemEvent = {
      ...event,
      callTrace: event.callTrace.map((f) => ({ ...f, fn: f.fn.replace('moom_callback', 'moom_callback.cold.3') })),
    }
    expect(analyzeModel(cold).request?.failurePoint).toBe('manual')
    // The next report of the same log is an allocation's.
    expect(analyzeModel(corpus2Event('109', 1)).request?.failurePoint).toBe('zone-watermarks')
  })

  it('reads a memcg OOM from the charge path in the trace when its memcg lines are cut (101 without them)', () => {
    const event = corpus2Event('101')
    const cut: MemEvent = { ...event, kind: 'oom', memcg: null, oomKill: null }
    const r = analyzeModel(cut).request
    expect(r).toMatchObject({ failurePoint: 'memcg-charge', failureFrame: { fn: 'mem_cgroup_out_of_memory' } })
    // Without the frame either nothing places it (101 prints no zone lines).
    const bare: MemEvent = { ...cut, callTrace: [] }
    expect(analyzeModel(bare).request?.failurePoint).toBe('unknown')
  })
})
