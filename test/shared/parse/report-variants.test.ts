/**
 * The report variants of issue 12: warn_alloc() reports that are not `page allocation failure`,
 * reports whose header was cut, orphan kills, memory.oom.group kill lists, elisions, and the warnings
 * for reports the input cut short. Each built from kernel text as the kernel prints it.
 */
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../shared/parse'

const dump = (comm: string, pid: number): string[] => [
  `CPU: 0 PID: ${pid} Comm: ${comm} Not tainted 5.13.0 #1`,
  'Call Trace:',
  ' dump_stack+0x76/0x94',
  ' warn_alloc.cold+0x7b/0xdf',
]
const memInfo = [
  'Mem-Info:',
  'active_anon:1 inactive_anon:2 isolated_anon:0',
  ' free:3000 free_pcp:0 free_cma:0',
  'Node 0 DMA32 free:12000kB min:4000kB low:5000kB high:6000kB present:2000000kB managed:1900000kB',
  'lowmem_reserve[]: 0 0 0 0',
  'Node 0 DMA32: 10*4kB (U) 5*8kB (M) = 80kB',
]
const kill = [
  'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,task=big,pid=77,uid=0',
  'Out of memory: Killed process 77 (big) total-vm:1000kB, anon-rss:900kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:8kB oom_score_adj:0',
]
const HEADER = 'x invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0'
const parse = (lines: readonly string[]) => parseText('t.log', lines.join('\n'))

describe('report variants', () => {
  it.each([
    [
      'kworker/0:1: vmemmap alloc failure: order:9, mode:0x4cc0(GFP_KERNEL|__GFP_RETRY_MAYFAIL), nodemask=(null),cpuset=/,mems_allowed=0',
      9,
      null,
    ],
    [
      'kworker/u16:2: vmalloc: allocation failure: 0 bytes, mode:0xdc0(GFP_KERNEL|__GFP_ZERO), nodemask=(null)',
      null,
      null,
    ],
    [
      'modprobe: vmalloc error: size 4096, page order 0, failed to allocate pages, mode:0xcc0(GFP_KERNEL), nodemask=(null)',
      null,
      null,
    ],
    [
      'DOM Worker: page allocation stalls for 10646ms, order:0, mode:0x24280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)',
      0,
      10646,
    ],
  ])('makes an allocation-failure event of the warn_alloc() report %j', (header, order, stallMs) => {
    const { events, issues } = parse([header, ...dump('x', 14), ...memInfo])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'alloc-failure', trigger: { order } })
    expect(events[0]?.allocWarning?.stallMs).toBe(stallMs)
    expect(issues.filter((i) => i.severity === 'data-loss')).toEqual([])
  })

  it('makes a partial event of report lines whose header was cut, naming the first line', () => {
    const { events, issues } = parse(['some boot line', ...dump('apk', 3974), ...memInfo, ...kill])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      partial: true,
      line: 2,
      trigger: { comm: 'apk', pid: 3974 },
      killed: { pid: 77 },
    })
    expect(issues.find((i) => i.code === 'truncated-report')?.line).toBe(2)
  })

  it('drops a stack dump that no report section follows (every kernel warning prints one)', () => {
    const { events, issues } = parse(['WARNING: CPU: 0 PID: 1 at fs/x.c:10 f+0x1/0x2', ...dump('swapper', 1), 'ok'])
    expect(events).toEqual([])
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
  })

  it('keeps an earlier kill at the top of a log as its own partial event, apart from the next report', () => {
    const { events } = parse([...kill, HEADER, ...dump('x', 5), ...memInfo])
    expect(events.map((e) => [e.partial === true, e.killed?.pid ?? null, e.trigger.comm])).toEqual([
      [true, 77, null],
      [false, null, 'x'],
    ])
  })

  it('reads a memory.oom.group kill list as one event with several kills', () => {
    const k = (pid: number) =>
      `Memory cgroup out of memory: Killed process ${pid} (stress) total-vm:100kB, anon-rss:90kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:8kB oom_score_adj:-997`
    const { events } = parse([
      'oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=c,mems_allowed=0-7,oom_memcg=/pod,task_memcg=/pod/c,task=stress,pid=10,uid=0',
      k(10),
      'Tasks in /pod/c are going to be killed due to memory.oom.group set',
      k(8),
      k(10),
      'Memory cgroup out of memory: OOM victim 11 (stress) is already exiting. Skip killing the task',
      k(12),
    ])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'memcg-oom', killed: { pid: 10 }, oomGroup: { path: '/pod/c' } })
    expect(events[0]?.oomGroup?.kills.map((x) => x.pid)).toEqual([8, 10, 12])
    expect(events[0]?.oomGroup?.exiting.map((x) => x.pid)).toEqual([11])
  })

  it("reads across a paste's elision mark and says what is missing there", () => {
    const { events, issues } = parse([HEADER, '(...snipped...)', ...memInfo, ...kill])
    expect(events).toHaveLength(1)
    expect(events[0]?.killed?.pid).toBe(77)
    expect(issues.find((i) => i.code === 'elided-lines')?.line).toBe(2)
  })

  it('warns, naming the last line read, when the input ends inside a report before its kill decision', () => {
    const lines = [HEADER, ...dump('x', 5), ...memInfo]
    const { events, issues } = parse(lines)
    expect(events).toHaveLength(1)
    expect(issues.find((i) => i.code === 'report-cut')).toMatchObject({ line: lines.length })
    expect(issues.find((i) => i.code === 'report-cut')?.message).toContain(`line ${lines.length}`)
  })

  it('records the SysRq-f line that asked for an OOM, whatever order the header printed', () => {
    const lines = [
      '[  280.323899] SysRq : Manual OOM execution',
      'events/0 invoked oom-killer: gfp_mask=0xd0, order=0, oomkilladj=0',
    ]
    const { events } = parse([...lines, ...dump('events/0', 9), ...memInfo, ...kill])
    expect(events[0]?.manualTrigger).toEqual({ line: 1, text: lines[0] })
    expect(parse([HEADER, ...memInfo, ...kill]).events[0]?.manualTrigger).toBeUndefined()
  })

  it('makes no event of a SysRq-m memory dump, and says so for its Mem-Info line', () => {
    const { events, issues } = parse(['sysrq: Show Memory', ...memInfo])
    expect(events).toEqual([])
    expect(issues.find((i) => i.code === 'unread-report-marker')).toMatchObject({ line: 2, severity: 'info' })
  })

  it('joins what a mail client wrapped off a line known to be cut: a RHEL taint string, a hugepages size', () => {
    const cpu = ['CPU: 18 PID: 4540 Comm: x Tainted: G        W', '--------- ---  5.11.0-0.rc5.fc34.x86_64 #1']
    const huge = ['Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0', 'hugepages_size=1048576kB']
    const { events } = parse([HEADER, ...cpu, ...memInfo, ...huge, ...kill])
    expect(events[0]?.taskLine).toMatchObject({ pid: 4540, version: '5.11.0-0.rc5.fc34.x86_64', build: '#1' })
    expect(events[0]?.hugepages).toMatchObject([{ node: 0, sizeKb: 1048576 }])
  })

  it('reads no counters from a register dump, even one whose values are all digits', () => {
    const { events } = parse([
      HEADER,
      'r10: 00000000  r9 : 00001000  r8 : 00000000',
      'r7 : 00000000  r6 : 12345678  r5 : 00000000  r4 : 00000000',
      ...memInfo,
    ])
    expect(Object.keys(events[0]?.counters ?? {}).sort()).toEqual([
      'active_anon',
      'free',
      'free_cma',
      'free_pcp',
      'inactive_anon',
      'isolated_anon',
    ])
  })
})
