import { describe, expect, it } from 'vitest'
import { parseCpusetLine, parseHeader } from '../../../../shared/parse/report/header'

describe('header', () => {
  it.each([
    // 2.6.32–2.6.35
    [
      'apt-check invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0',
      { comm: 'apt-check', gfpMask: '0x201da', order: 0, oomAdj: 0, oomScoreAdj: null, gfpPrintedNames: null },
    ],
    // 2.6.36–3.7
    ['java invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0, oom_score_adj=0', { oomAdj: 0, oomScoreAdj: 0 }],
    // 3.8–4.5
    [
      'python invoked oom-killer: gfp_mask=0x2084d0, order=0, oom_score_adj=0',
      { comm: 'python', gfpMask: '0x2084d0', order: 0, oomScoreAdj: 0 },
    ],
    // 4.6–4.8
    [
      'a b invoked oom-killer: gfp_mask=0x24201ca(GFP_HIGHUSER_MOVABLE|__GFP_COLD), order=0, oom_score_adj=0',
      { comm: 'a b', gfpPrintedNames: ['GFP_HIGHUSER_MOVABLE', '__GFP_COLD'] },
    ],
    // 4.9–4.20 with the double space
    [
      'leaker invoked oom-killer: gfp_mask=0x6200ca(GFP_HIGHUSER_MOVABLE), nodemask=(null),  order=0, oom_score_adj=0',
      { nodemask: '(null)', order: 0, leftover: '' },
    ],
    [
      'tor invoked oom-killer: gfp_mask=0x24201ca(GFP_HIGHUSER_MOVABLE|__GFP_COLD), nodemask=0-1, order=0, oom_score_adj=-1000',
      { nodemask: '0-1', oomScoreAdj: -1000 },
    ],
    // sysrq (order -1) with empty names
    [
      'kworker/0:2 invoked oom-killer: gfp_mask=0x0(), order=-1, oom_score_adj=0',
      { gfpMask: '0x0', gfpPrintedNames: [], order: -1 },
    ],
    // 2.6.10
    ['oom-killer: gfp_mask=0xd0', { kind: 'oom', comm: null, gfpMask: '0xd0', order: null }],
  ])('reads the OOM header %j', (line, expected) => {
    expect(parseHeader(line)).toMatchObject({ kind: 'oom', ...expected })
  })

  it.each([
    [
      'swapper: page allocation failure. order:1, mode:0x20',
      { comm: 'swapper', order: 1, gfpMask: '0x20', nodemask: null },
    ],
    ['java: page allocation failure: order:2, mode:0x4020', { order: 2, gfpMask: '0x4020' }],
    [
      'ethtool: page allocation failure: order:5, mode:0x60c0c0(GFP_KERNEL|__GFP_COMP|__GFP_ZERO), nodemask=(null)',
      { order: 5, nodemask: '(null)', gfpPrintedNames: ['GFP_KERNEL', '__GFP_COMP', '__GFP_ZERO'] },
    ],
    [
      'cat: page allocation failure: order:5, mode:0x40dc0(GFP_KERNEL|__GFP_COMP|__GFP_ZERO), nodemask=(null),cpuset=lxc.payload.openwrt,mems_allowed=0',
      { cpuset: 'lxc.payload.openwrt', memsAllowed: '0', leftover: '' },
    ],
    [
      'kworker/u32:45: page allocation failure: order:4, mode:0x40c00(GFP_NOIO|__GFP_COMP), nodemask=(null),cpuset=/,mems_allowed=0',
      { comm: 'kworker/u32:45', cpuset: '/' },
    ],
  ])('reads the allocation failure header %j', (line, expected) => {
    expect(parseHeader(line)).toMatchObject({ kind: 'alloc-failure', ...expected })
  })

  it('returns null for lines that are not headers', () => {
    expect(parseHeader('Mem-Info:')).toBeNull()
    expect(parseHeader('oom_reaper: reaped process 1 (x), now anon-rss:0kB')).toBeNull()
  })

  it.each([
    // 4.9–4.14 stalls: the allocation had not failed yet; no nodemask before 4.12.
    [
      'java: page allocation stalls for 10244ms, order:0, mode:0x14200ca(GFP_HIGHUSER_MOVABLE)',
      {
        comm: 'java',
        order: 0,
        gfpMask: '0x14200ca',
        stallMs: 10244,
        warning: 'page allocation stalls for 10244ms, order:0',
      },
    ],
    // mm/sparse-vmemmap.c, wrapped pieces already joined
    [
      'kworker/0:1: vmemmap alloc failure: order:9, mode:0x4cc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), nodemask=(null),cpuset=/,mems_allowed=0',
      { comm: 'kworker/0:1', order: 9, gfpMask: '0x4cc0', cpuset: '/', stallMs: null, leftover: '' },
    ],
    // mm/vmalloc.c, old and new wording: a size, no order
    [
      'kworker/u16:2: vmalloc: allocation failure: 0 bytes, mode:0xdc0(GFP_KERNEL|__GFP_ZERO), nodemask=(null),cpuset=/,mems_allowed=0',
      { comm: 'kworker/u16:2', order: null, gfpMask: '0xdc0', warning: 'vmalloc: allocation failure: 0 bytes' },
    ],
    [
      'modprobe: vmalloc error: size 4096, vm_struct allocation failed, mode:0xcc0(GFP_KERNEL), nodemask=(null),cpuset=/,mems_allowed=0',
      {
        comm: 'modprobe',
        order: null,
        gfpPrintedNames: ['GFP_KERNEL'],
        warning: 'vmalloc error: size 4096, vm_struct allocation failed',
      },
    ],
  ])('reads the warn_alloc() first line %j', (line, expected) => {
    expect(parseHeader(line)).toMatchObject({ kind: 'alloc-failure', ...expected })
  })

  it('reads no header from a line that only looks like one', () => {
    expect(parseHeader('SLUB: Unable to allocate memory on node -1, gfp=0xb20(GFP_ATOMIC|__GFP_ZERO)')).toBeNull()
    expect(parseHeader('cache: kmalloc-128, mode:0x20')).toBeNull()
  })

  it('reads the ≤ 4.20 cpuset line', () => {
    expect(parseCpusetLine('Web Content cpuset=/ mems_allowed=0-1')).toEqual({
      comm: 'Web Content',
      cpuset: '/',
      memsAllowed: '0-1',
    })
  })
})
