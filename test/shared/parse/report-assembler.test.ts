import { describe, expect, it } from 'vitest'
import { parseText } from '../../../shared/parse'

const RHEL6 = `Jan 10 03:00:01 db1 kernel: mysqld invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0, oom_score_adj=0
Jan 10 03:00:01 db1 kernel: mysqld cpuset=/ mems_allowed=0-1
Jan 10 03:00:01 db1 kernel: Pid: 4321, comm: mysqld Not tainted 2.6.32-431.el6.x86_64 #1
Jan 10 03:00:01 db1 kernel: Call Trace:
Jan 10 03:00:01 db1 kernel: [<ffffffff810d0211>] ? cpuset_print_task_mems_allowed+0x91/0xb0
Jan 10 03:00:01 db1 kernel: [<ffffffff81122960>] ? dump_header+0x90/0x1b0
Jan 10 03:00:01 db1 kernel: Mem-Info:
Jan 10 03:00:01 db1 kernel: Node 0 DMA per-cpu:
Jan 10 03:00:01 db1 kernel: CPU    0: hi:    0, btch:   1 usd:   0
Jan 10 03:00:01 db1 kernel: active_anon:3835221 inactive_anon:249856 isolated_anon:0
Jan 10 03:00:01 db1 kernel: active_file:155 inactive_file:265 isolated_file:0
Jan 10 03:00:01 db1 kernel: unevictable:0 dirty:0 writeback:0 unstable:0
Jan 10 03:00:01 db1 kernel: free:33211 slab_reclaimable:5061 slab_unreclaimable:13410
Jan 10 03:00:01 db1 kernel: mapped:192 shmem:224 pagetables:10343 bounce:0
Jan 10 03:00:01 db1 kernel: Node 0 DMA free:15736kB min:12kB low:12kB high:16kB active_anon:0kB present:15352kB pages_scanned:0 all_unreclaimable? yes
Jan 10 03:00:01 db1 kernel: lowmem_reserve[]: 0 3000 16120 16120
Jan 10 03:00:01 db1 kernel: Node 1 Normal free:16124kB min:16192kB low:20240kB high:24288kB active_anon:8000kB present:8273920kB pages_scanned:51 all_unreclaimable? yes
Jan 10 03:00:01 db1 kernel: lowmem_reserve[]: 0 0 0 0
Jan 10 03:00:01 db1 kernel: Node 0 DMA: 2*4kB 0*8kB 1*16kB 1*32kB 1*64kB 0*128kB 1*256kB 0*512kB 1*1024kB 1*2048kB 3*4096kB = 15736kB
Jan 10 03:00:01 db1 kernel: Node 1 Normal: 249*4kB 168*8kB 62*16kB 37*32kB 22*64kB 15*128kB 6*256kB 3*512kB 2*1024kB 0*2048kB 0*4096kB = 16124kB
Jan 10 03:00:01 db1 kernel: 652 total pagecache pages
Jan 10 03:00:01 db1 kernel: 0 pages in swap cache
Jan 10 03:00:01 db1 kernel: Swap cache stats: add 0, delete 0, find 0/0
Jan 10 03:00:01 db1 kernel: Free swap  = 0kB
Jan 10 03:00:01 db1 kernel: Total swap = 0kB
Jan 10 03:00:01 db1 kernel: 4194303 pages RAM
Jan 10 03:00:01 db1 kernel: 88290 pages reserved
Jan 10 03:00:01 db1 kernel: [ pid ]   uid  tgid total_vm      rss cpu oom_adj oom_score_adj name
Jan 10 03:00:01 db1 kernel: [ 4321]    27  4321  4183000  3800000   1       0             0 mysqld
Jan 10 03:00:01 db1 kernel: Out of memory: Kill process 4321 (mysqld) score 927 or sacrifice child
Jan 10 03:00:01 db1 kernel: Killed process 4321, UID 27, (mysqld) total-vm:16732000kB, anon-rss:15200000kB, file-rss:0kB`

const SYSRQ_V2 = `[ 100.000001] sysrq: Manual OOM execution
[ 100.000002] kworker/0:1 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=-1, oom_score_adj=0
[ 100.000003] CPU: 0 UID: 0 PID: 12 Comm: kworker/0:1 Not tainted 6.12.0 #1
[ 100.000004] Mem-Info:
[ 100.000005] active_anon:10 inactive_anon:20 isolated_anon:0
[ 100.000006] Node 0 Normal free:1000kB boost:0kB min:10kB low:20kB high:30kB reserved_highatomic:0KB present:2000kB managed:1900kB free_cma:0kB
[ 100.000007] lowmem_reserve[]: 0 0 0 0 0
[ 100.000008] Node 0 Normal: 10*4kB (U) 5*8kB (M) 0*16kB 0*32kB 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 0*2048kB 230*4096kB (M) = 942160kB
[ 100.000009] Tasks state (memory values in pages):
[ 100.000010] [  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name
[ 100.000011] [    500]     0   500    10000     3000     2500      500        0    65536        0             0 app
[ 100.000012] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/user.slice,task=app,pid=500,uid=0
[ 100.000013] Out of memory: Killed process 500 (app) total-vm:40000kB, anon-rss:10000kB, file-rss:2000kB, shmem-rss:0kB, UID:0 pgtables:64kB oom_score_adj:0
[ 200.000001] bash invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0
[ 200.000002] CPU: 1 PID: 99 Comm: bash Not tainted 6.12.0 #1
[ 200.000003] memory: usage 51200kB, limit 51200kB, failcnt 37
[ 200.000004] swap: usage 0kB, limit 0kB, failcnt 0
[ 200.000005] Memory cgroup stats for /app.slice:
[ 200.000006] anon 50331648
[ 200.000007] file 0
[ 200.000008] Tasks state (memory values in pages):
[ 200.000009] [  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name
[ 200.000010] [     99]     0    99    20000    12300    12288       12        0   131072        0             0 bash
[ 200.000011] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/app.slice,task_memcg=/app.slice,task=bash,pid=99,uid=0
[ 200.000012] Memory cgroup out of memory: Killed process 99 (bash) total-vm:80000kB, anon-rss:49152kB, file-rss:48kB, shmem-rss:0kB, UID:0 pgtables:128kB oom_score_adj:0`

describe('report assembly', () => {
  it('reads a 2.6.32 RHEL 6 report with its per-CPU lines, oom_adj and two nodes', () => {
    const { events, issues } = parseText('messages', RHEL6, { year: 2014 })
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e).toMatchObject({
      kind: 'oom',
      host: 'db1',
      time: '2014-01-10T03:00:01',
      kernelVersion: '2.6.32-431.el6.x86_64',
      arch: 'x86_64',
    })
    expect(e.trigger).toMatchObject({
      comm: 'mysqld',
      pid: 4321,
      gfpMask: '0x201da',
      order: 0,
      oomAdj: 0,
      oomScoreAdj: 0,
    })
    expect(e.cpuset).toMatchObject({ cpuset: '/', memsAllowed: '0-1' })
    expect(e.perCpuPagesets).toEqual([
      { node: 0, zone: 'DMA', cpu: 0, list: null, low: null, high: 0, batch: 1, count: 0, at: 8 },
    ])
    expect(e.zones.map((z) => [z.node, z.zone, z.freeKb, z.lowmemReserve?.length])).toEqual([
      [0, 'DMA', 15736, 4],
      [1, 'Normal', 16124, 4],
    ])
    expect(e.zones[1]?.buddy?.counts[0]).toBe(249)
    expect(e.counters).toMatchObject({ active_anon: 3835221, free: 33211, pagetables: 10343 })
    expect(e.tasks[0]).toMatchObject({ pid: 4321, uid: 27, cpu: 1, oomAdj: 0, oomScoreAdj: 0 })
    expect(e.selected).toMatchObject({ pid: 4321, score: 927 })
    expect(e.killed).toMatchObject({ pid: 4321, totalVmKb: 16732000, anonRssKb: 15200000 })
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
  })

  it('reads a 6.x sysrq OOM and a cgroup v2 memcg OOM from one dmesg', () => {
    const { events } = parseText('dmesg', SYSRQ_V2)
    expect(events.map((e) => [e.kind, e.trigger.order, e.trigger.pid])).toEqual([
      ['oom', -1, 12],
      ['memcg-oom', 0, 99],
    ])
    const [sysrq, memcg] = events as [(typeof events)[0], (typeof events)[0]]
    expect(sysrq.tasks[0]).toMatchObject({ rss: 3000, rssAnon: 2500, rssFile: 500, rssShmem: 0, pgtablesBytes: 65536 })
    expect(sysrq.killed).toMatchObject({ uid: 0, pgtablesKb: 64, oomScoreAdj: 0 })
    expect(sysrq.oomKill?.fields['global_oom']).toBe('')
    expect(sysrq.zones[0]?.buddy?.types.at(-1)).toBe('M')
    expect(memcg.memcg).toMatchObject({
      path: '/app.slice',
      usageKb: 51200,
      limitKb: 51200,
      failcnt: 37,
      swapUsageKb: 0,
      swapLimitKb: 0,
    })
    expect(memcg.memcg?.stat).toEqual({ anon: 50331648, file: 0 })
    expect(memcg.pageSizeKb).toBe(4)
  })

  it("keeps the OOM memcg's own v1 stats when its descendants' follow", () => {
    const text = [
      'a invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0',
      'Task in /p/c killed as a result of limit of /p',
      'memory: usage 10kB, limit 10kB, failcnt 1',
      'Memory cgroup stats for /p: cache:0KB rss:8KB',
      'Memory cgroup stats for /p/c: cache:0KB rss:4KB',
    ].join('\n')
    expect(parseText('x', text).events[0]?.memcg).toMatchObject({
      path: '/p',
      taskPath: '/p/c',
      stat: { cache: 0, rss: 8 },
    })
  })

  it('infers the page size from the kB/pages ratio when no buddy line was printed', () => {
    const { events } = parseText('dmesg', SYSRQ_V2.split('\n').slice(13).join('\n'))
    expect(events[0]).toMatchObject({ pageSizeKb: 4, pageSizeFrom: 'ratio' })
  })

  it('reports report lines found outside any report', () => {
    const { events, issues } = parseText(
      'x',
      'Node 0 Normal free:1000kB min:10kB low:20kB high:30kB\nlowmem_reserve[]: 0 0',
    )
    expect(events).toEqual([])
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['orphan-report-line', 1],
      ['orphan-report-line', 2],
    ])
  })
})
