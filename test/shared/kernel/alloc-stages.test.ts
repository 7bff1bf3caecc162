import { describe, expect, it } from 'vitest'
import { allocStages, oomKillerPolicy, plainStages, retryPolicy } from '../../../shared/kernel/alloc-stages'
import { decodeGfpFlags } from '../../../shared/kernel/gfp/decode-gfp'
import { v } from '../../../shared/kernel/version'

const flagsOf = (names: string[], release: string) => new Set(decodeGfpFlags(null, names, release).flags)
const plain = { memalloc: false }

describe('alloc-stages', () => {
  it('runs a GFP_KERNEL order-0 request through low, min and the last try at high before the OOM killer (5.4)', () => {
    const f = flagsOf(['GFP_KERNEL'], '5.4')
    const policy = oomKillerPolicy(f, v('5.4'), 0, false, plain)
    expect(policy).toBe('invoked')
    const stages = allocStages(f, v('5.4'), 0, plain, policy)
    expect(stages.map((s) => [s.stage, s.names.join('|')])).toEqual([
      ['fast', 'ALLOC_WMARK_LOW|ALLOC_CPUSET'],
      ['slowpath', 'ALLOC_WMARK_MIN|ALLOC_CPUSET'],
      ['last-try', 'ALLOC_WMARK_HIGH|ALLOC_CPUSET'],
    ])
  })

  it('counts free CMA at the last try only before ALLOC_CMA existed (3.7)', () => {
    const f = flagsOf(['GFP_HIGHUSER_MOVABLE'], '5.4')
    const last = (release: string) =>
      allocStages(f, v(release), 0, plain, 'invoked').find((s) => s.stage === 'last-try')?.alloc.cma
    expect(allocStages(f, v('5.4'), 0, plain, 'invoked')[1]?.alloc.cma).toBe(true)
    expect(last('5.4')).toBe(false)
    expect(last('3.4')).toBe(true)
  })

  it('names the reserves an atomic request may dip into per version and drops the cpuset for it', () => {
    const slow = (release: string) =>
      allocStages(flagsOf(['GFP_ATOMIC'], release), v(release), 0, plain, 'no-reclaim').find(
        (s) => s.stage === 'slowpath',
      )
    expect(slow('5.4')?.names).toEqual(['ALLOC_WMARK_MIN', 'ALLOC_HIGH', 'ALLOC_HARDER'])
    expect(slow('6.6')?.names).toEqual(['ALLOC_WMARK_MIN', 'ALLOC_MIN_RESERVE', 'ALLOC_NON_BLOCK'])
    expect(slow('6.6')?.cpuset).toBe(false)
    expect(
      allocStages(flagsOf(['GFP_ATOMIC'], '5.4'), v('5.4'), 0, plain, 'no-reclaim').some((s) => s.stage === 'last-try'),
    ).toBe(false)
  })

  it('says which rule keeps the OOM killer away', () => {
    const policy = (names: string[], release: string, order: number, lowmem = false) =>
      oomKillerPolicy(flagsOf(names, release), v(release), order, lowmem, plain)
    expect(policy(['GFP_KERNEL'], '5.4', 4)).toBe('not-for-costly')
    expect(policy(['GFP_KERNEL', '__GFP_NORETRY'], '5.4', 0)).toBe('not-for-noretry')
    expect(policy(['GFP_KERNEL', '__GFP_RETRY_MAYFAIL'], '5.4', 0)).toBe('not-for-noretry')
    expect(policy(['GFP_NOFS'], '5.4', 0)).toBe('not-for-nofs')
    expect(policy(['GFP_KERNEL', '__GFP_DMA'], '5.4', 0, true)).toBe('not-for-lowmem')
    expect(policy(['GFP_KERNEL', '__GFP_THISNODE'], '5.4', 0)).toBe('not-for-thisnode')
    expect(policy(['GFP_ATOMIC'], '5.4', 0)).toBe('no-reclaim')
    expect(policy(['GFP_KERNEL', '__GFP_NOFAIL'], '5.4', 4)).toBe('invoked')
    expect(oomKillerPolicy(flagsOf(['GFP_KERNEL'], '5.4'), v('5.4'), 0, false, { memalloc: true })).toBe('no-reclaim')
  })

  it('gives costly __GFP_RETRY_MAYFAIL requests the last try but not the kill, and NOFAIL its fallback below min', () => {
    const mayfail = flagsOf(['GFP_KERNEL', '__GFP_RETRY_MAYFAIL'], '5.4')
    expect(allocStages(mayfail, v('5.4'), 4, plain, 'not-for-noretry').map((s) => s.stage)).toContain('last-try')
    const nofail = allocStages(flagsOf(['GFP_KERNEL', '__GFP_NOFAIL'], '5.4'), v('5.4'), 0, plain, 'invoked')
    expect(nofail.find((s) => s.stage === 'nofail')?.names).toEqual(['ALLOC_WMARK_MIN', 'ALLOC_CPUSET', 'ALLOC_HARDER'])
  })

  it('replaces the flags by ALLOC_NO_WATERMARKS for __GFP_MEMALLOC and PF_MEMALLOC, unless __GFP_NOMEMALLOC', () => {
    expect(
      allocStages(flagsOf(['GFP_ATOMIC', '__GFP_MEMALLOC'], '5.4'), v('5.4'), 0, plain, 'no-reclaim').map(
        (s) => s.stage,
      ),
    ).toContain('no-watermarks')
    expect(
      allocStages(flagsOf(['GFP_ATOMIC'], '5.4'), v('5.4'), 0, { memalloc: true }, 'no-reclaim').map((s) => s.stage),
    ).toContain('no-watermarks')
    expect(
      allocStages(
        flagsOf(['GFP_ATOMIC', '__GFP_NOMEMALLOC'], '5.4'),
        v('5.4'),
        0,
        { memalloc: true },
        'no-reclaim',
      ).map((s) => s.stage),
    ).not.toContain('no-watermarks')
  })

  it('reads retry policies and gives a mask-less request a plain min and, when the OOM killer ran, a last try', () => {
    expect(retryPolicy(flagsOf(['GFP_KERNEL', '__GFP_NORETRY'], '5.4'))).toBe('noretry')
    expect(retryPolicy(flagsOf(['GFP_KERNEL', '__GFP_NOFAIL', '__GFP_NORETRY'], '5.4'))).toBe('nofail')
    expect(plainStages(v('5.4'), true).map((s) => `${s.stage}:${s.watermark}`)).toEqual([
      'slowpath:min',
      'last-try:high',
    ])
  })
})
