import { describe, expect, it } from 'vitest'
import { parseText } from '../../../shared/parse'

const RHEL5 = `httpd invoked oom-killer: gfp_mask=0x201d2, order=0, oomkilladj=0
Call Trace:
 [<ffffffff800c6e8b>] out_of_memory+0x8e/0x2f3
Mem-info:
Node 0 DMA per-cpu:
cpu 0 hot: high 0, batch 1 used:0
cpu 0 cold: high 0, batch 1 used:0
Node 0 DMA32 per-cpu: empty
Free pages:       43284kB (0kB HighMem)
Active:1968906 inactive:18015 dirty:0 writeback:0 unstable:0 free:10821 slab:6520 mapped-file:1050 mapped-anon:1985050 pagetables:6093
Node 0 DMA free:10832kB min:8kB low:8kB high:12kB active:0kB inactive:0kB present:10448kB pages_scanned:0 all_unreclaimable? yes
lowmem_reserve[]: 0 3000 8050 8050
Node 0 DMA: 4*4kB 4*8kB 2*16kB 4*32kB 4*64kB 3*128kB 1*256kB 1*512kB 1*1024kB 0*2048kB 2*4096kB = 10832kB
Swap cache: add 3071405, delete 3071405, find 207046/275373, race 0+3
Free swap:            0kB
8388608 pages of RAM
202566 reserved pages
2121 pages shared
0 pages swap cached
Out of memory: Killed process 4143, UID 48, (httpd).`

const V415 = `[ 50.000001] java invoked oom-killer: gfp_mask=0x14201ca(GFP_HIGHUSER_MOVABLE|__GFP_COLD), nodemask=(null), order=0, oom_score_adj=0
[ 50.000002] java cpuset=/ mems_allowed=0
[ 50.000003] CPU: 1 PID: 77 Comm: java Not tainted 4.15.0-20-generic #21-Ubuntu
[ 50.000004] Mem-Info:
[ 50.000005] active_anon:100 inactive_anon:0 isolated_anon:0
[ 50.000006] 1000 pages RAM
[ 50.000007] Unreclaimable slab info:
[ 50.000008] Name                      Used          Total
[ 50.000009] kmalloc-512           123456KB     123460KB
[ 50.000010] dentry                   512KB        600KB
[ 50.000011] [ pid ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
[ 50.000012] [   77]     0    77     5000     4000    65536        0             0 java
[ 50.000013] Out of memory: Kill process 77 (java) score 900 or sacrifice child
[ 50.000014] Killed process 77 (java) total-vm:20000kB, anon-rss:16000kB, file-rss:0kB, shmem-rss:0kB`

describe('report assembly of old and uncommon sections', () => {
  it('reads a RHEL 5 (2.6.18) report with oomkilladj, colon swap lines and pages-of-RAM totals', () => {
    const { events, issues } = parseText('messages', RHEL5)
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e.trigger).toMatchObject({ comm: 'httpd', gfpMask: '0x201d2', oomAdj: 0 })
    expect(e.counters).toMatchObject({ Active: 1968906, free: 10821, 'mapped-file': 1050, 'mapped-anon': 1985050 })
    expect(e.zones[0]).toMatchObject({ zone: 'DMA', freeKb: 10832, lowmemReserve: [0, 3000, 8050, 8050] })
    expect(e.ram).toMatchObject({ totalPages: 8388608, reservedPages: 202566 })
    expect(e.perCpuPagesets?.map((p) => [p.zone, p.list, p.high, p.count])).toEqual([
      ['DMA', 'hot', 0, 0],
      ['DMA', 'cold', 0, 0],
    ])
    expect(e.killed).toMatchObject({ pid: 4143, uid: 48, comm: 'httpd' })
    expect(issues.filter((i) => i.code === 'unrecognised-line').map((i) => i.line)).toEqual([])
  })

  it('keeps the 4.15+ unreclaimable slab table', () => {
    const { events, issues } = parseText('dmesg', V415)
    expect(events[0]?.unreclaimableSlab?.map(({ name, usedKb, totalKb }) => [name, usedKb, totalKb])).toEqual([
      ['kmalloc-512', 123456, 123460],
      ['dentry', 512, 600],
    ])
    expect(events[0]?.tasks).toHaveLength(1)
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
  })

  it('takes the release from the boot line when the report has no CPU line', () => {
    const text = [
      'Linux version 2.6.18-398.el5 (mockbuild@x86-027.build.eng.bos.redhat.com) (gcc version 4.1.2) #1 SMP',
      RHEL5,
    ].join('\n')
    expect(parseText('messages', text).events[0]).toMatchObject({ kernelVersion: '2.6.18-398.el5', arch: 'x86_64' })
  })

  it('takes the cpuset from the 5.0+ oom-kill line', () => {
    const text = [
      'a invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0',
      'oom-kill:constraint=CONSTRAINT_CPUSET,nodemask=(null),cpuset=/app,mems_allowed=1,global_oom,task_memcg=/,task=a,pid=1,uid=0',
    ].join('\n')
    expect(parseText('x', text).events[0]?.cpuset).toMatchObject({ cpuset: '/app', memsAllowed: '1' })
  })
})
