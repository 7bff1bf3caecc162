// Kernel-like lines for the event parser: real corpus lines, report lines built from templates with
// random (also absurd) values, and arbitrary text, each behind a random log prefix. The templates
// follow the printk formats of mm/oom_kill.c, mm/page_alloc.c (show_free_areas) and mm/memcontrol.c.
import fc from 'fast-check'
import { corpusLogs, physicalLines } from './corpus-inputs'
import { anyText, hostileFragment } from './hostile-text'

let pool: string[] | null = null

/** Every physical line of every corpus log and seed. */
export function corpusLinePool(): readonly string[] {
  pool ??= corpusLogs().flatMap((c) => physicalLines(c.text))
  return pool
}

const num: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.constantFrom('0', '-1', '18446744073709551615', '99999999999999999999999', '1e308', 'NaN', '-0', '0x1f', ''),
)
const hex: fc.Arbitrary<string> = fc.nat().map((n) => `0x${n.toString(16)}`)
const comm: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('python', 'kworker/7:1', 'updatedb.mlocat', 'java', 'systemd-journal', '(sd-pam)', 'Web Content'),
  hostileFragment,
  fc.string({ minLength: 1, maxLength: 15 }),
)
const zone = fc.constantFrom('DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device', 'Bogus')

const TEMPLATES: readonly fc.Arbitrary<string>[] = [
  fc
    .tuple(comm, hex, num, num)
    .map(([c, g, o, a]) => `${c} invoked oom-killer: gfp_mask=${g}(GFP_KERNEL), order=${o}, oom_score_adj=${a}`),
  fc
    .tuple(comm, hex, num)
    .map(([c, g, o]) => `${c}: page allocation failure: order:${o}, mode:${g}(GFP_ATOMIC), nodemask=(null)`),
  fc.tuple(num, comm, num).map(([p, c, v]) => `CPU: ${p} PID: ${p} Comm: ${c} Not tainted ${v}.${v}.0 #1`),
  fc.constant('Mem-Info:'),
  fc
    .tuple(num, num, num)
    .map(([a, b, c]) => `active_anon:${a} inactive_anon:${b} isolated_anon:0 free:${c} free_cma:0`),
  fc
    .tuple(num, zone, num, num, num, num)
    .map(([n, z, f, mi, lo, hi]) => `Node ${n} ${z} free:${f}kB min:${mi}kB low:${lo}kB high:${hi}kB managed:${f}kB`),
  fc.array(num, { maxLength: 6 }).map((r) => `lowmem_reserve[]: ${r.join(' ')}`),
  fc
    .tuple(num, zone, fc.array(num, { maxLength: 12 }))
    .map(([n, z, c]) => `Node ${n} ${z}: ${c.map((x, i) => `${x}*${4 << i}kB (UME)`).join(' ')} = ${c[0] ?? 0}kB`),
  num.map((n) => `${n} total pagecache pages`),
  num.map((n) => `${n} pages RAM`),
  num.map((n) => `Free swap  = ${n}kB`),
  num.map((n) => `Total swap = ${n}kB`),
  fc.constant('[ pid ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name'),
  fc.tuple(num, num, num, comm).map(([p, u, r, c]) => `[${p}] ${u} ${p} ${r} ${r} ${r} 0 0 ${c}`),
  fc.tuple(num, comm, num).map(([p, c, s]) => `Out of memory: Kill process ${p} (${c}) score ${s} or sacrifice child`),
  fc
    .tuple(num, comm, num)
    .map(([p, c, k]) => `Killed process ${p} (${c}) total-vm:${k}kB, anon-rss:${k}kB, file-rss:0kB, shmem-rss:0kB`),
  fc
    .tuple(comm, num)
    .map(
      ([c, p]) =>
        `oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,task=${c},pid=${p},uid=0`,
    ),
  fc.tuple(num, num).map(([u, l]) => `memory: usage ${u}kB, limit ${l}kB, failcnt ${u}`),
  fc.tuple(hostileFragment, num).map(([p, n]) => `Memory cgroup out of memory: Killed process ${n} (${p})`),
  fc.constant('Call Trace:'),
  fc.tuple(hex, hex).map(([a, b]) => ` dump_stack+${a}/${b}`),
  fc.constant('Kernel panic - not syncing: Out of memory and no killable processes...'),
  fc
    .tuple(num, num, num)
    .map(
      ([n, a, f]) =>
        `Node ${n} active_anon:${a}kB inactive_anon:${a}kB active_file:${f}kB unevictable:0kB all_unreclaimable? no`,
    ),
  fc
    .tuple(num, num)
    .map(([n, t]) => `Node ${n} hugepages_total=${t} hugepages_free=${t} hugepages_surp=0 hugepages_size=2048kB`),
  fc
    .tuple(num, comm)
    .map(([p, c]) => `oom_reaper: reaped process ${p} (${c}), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB`),
  fc.tuple(hostileFragment, hostileFragment).map(([a, b]) => `Task in /${a} killed as a result of limit of /${b}`),
  fc.tuple(num, num).map(([u, l]) => `memory+swap: usage ${u}kB, limit ${l}kB, failcnt 0`),
  fc.tuple(hostileFragment, num).map(([p, n]) => `Memory cgroup stats for /${p}: cache:${n}KB rss:${n}KB rss_huge:0KB`),
  fc.constantFrom(
    'Tasks state (memory values in pages):',
    'sysrq: Manual OOM execution',
    'warn_alloc: 3 callbacks suppressed',
  ),
  fc
    .tuple(comm, num)
    .map(([c, ms]) => `${c}: page allocation stalls for ${ms}ms, order:0, mode:0x14200ca(GFP_HIGHUSER_MOVABLE)`),
]

const prefix: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.nat({ max: 99999 }), fc.nat({ max: 999999 }))
    .map(([s, u]) => `[${String(s).padStart(5)}.${String(u).padStart(6, '0')}] `),
  fc.constantFrom('Feb 12 08:21:50 host kernel: ', 'Jun 18 07:44:52 g45 kernel: [64377.426677] ', '<4>'),
  fc.constantFrom(
    '[Sat Apr 11 17:52:58 2020] ',
    '2024-03-01T10:00:00.123456+01:00 host kernel: ',
    'Mon 2024-03-01 10:00:00 UTC host kernel: ',
  ),
  fc.constantFrom('<1>1 2024-03-01T10:00:00Z host kernel - - - ', '[   12.3][T123] ', 'Feb 30 99:99:99 host kernel: '),
)

/** One line a parser may meet: mostly kernel-like, sometimes arbitrary or hostile. */
export const kernelLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(prefix, fc.oneof(...TEMPLATES)).map(([p, t]) => p + t) },
  { weight: 4, arbitrary: fc.nat().map((i) => corpusLinePool()[i % Math.max(1, corpusLinePool().length)] ?? '') },
  { weight: 1, arbitrary: fc.tuple(prefix, anyText).map(([p, t]) => p + t) },
)

/** A block of lines: a sequence of kernel-like lines, sometimes with a real report spliced in. */
export const kernelLines: fc.Arbitrary<string[]> = fc.array(kernelLine, { maxLength: 80 })

// Mostly plausible sizes; now and then an edge (0, 1) or an absurd one (2^31 … 2^52).
const small = fc.oneof(
  { weight: 30, arbitrary: fc.nat({ max: 500_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2 ** 31, 2 ** 40, 2 ** 52) },
)
const zoneNames = fc.uniqueArray(fc.constantFrom('DMA', 'DMA32', 'Normal', 'HighMem', 'Movable'), {
  minLength: 1,
  maxLength: 4,
})

/**
 * A whole report in kernel section order with random (also zero and huge) numbers: header, Mem-Info,
 * zone lines with lowmem_reserve, buddy lines, swap, RAM, task table, kill lines. Reaches the kernel
 * model and every diagnosis rule with values no real log holds.
 */
export const syntheticReport: fc.Arbitrary<string[]> = fc
  .record({
    prefix,
    comm: fc.constantFrom('python', 'java', 'kworker/0:1'),
    alloc: fc.boolean(),
    mask: fc.constantFrom(
      '0xcc0(GFP_KERNEL)',
      '0x2084d0',
      '0xa20(GFP_ATOMIC)',
      '0x6200ca(GFP_HIGHUSER_MOVABLE)',
      '0x0',
      '0x1',
    ),
    order: fc.integer({ min: -1, max: 11 }),
    zones: zoneNames,
    free: fc.array(small, { minLength: 5, maxLength: 5 }),
    marks: fc.array(small, { minLength: 15, maxLength: 15 }),
    counts: fc.array(fc.nat({ max: 3000 }), { minLength: 11, maxLength: 11 }),
    tasks: fc.array(fc.tuple(fc.nat({ max: 99999 }), small, small, fc.integer({ min: -1000, max: 1000 })), {
      maxLength: 6,
    }),
    swap: fc.tuple(small, small),
    ram: small,
    version: fc.constantFrom('2.6.32', '3.10.0', '4.10.0', '4.19.0', '5.4.0', '5.19.0', '6.8.0', '6.19.0-rc5'),
    arch: fc.constantFrom('x86_64', 'i686', 'arm64', 'mips'),
  })
  .map((r) => {
    const head = r.alloc
      ? `${r.comm}: page allocation failure: order:${r.order}, mode:${r.mask}, nodemask=(null)`
      : `${r.comm} invoked oom-killer: gfp_mask=${r.mask}, order=${r.order}, oom_score_adj=0`
    const lines = [head, `CPU: 0 PID: 42 Comm: ${r.comm} Not tainted ${r.version} #1`, 'Mem-Info:']
    lines.push(
      `active_anon:${r.free[0]} inactive_anon:${r.free[1]} isolated_anon:0 slab_reclaimable:${r.free[2]} slab_unreclaimable:${r.free[3]} free:${r.free[4]} free_cma:0`,
    )
    r.zones.forEach((z, i) => {
      const [mi, lo, hi] = [r.marks[i * 3] ?? 0, r.marks[i * 3 + 1] ?? 0, r.marks[i * 3 + 2] ?? 0]
      lines.push(
        `Node 0 ${z} free:${r.free[i] ?? 0}kB min:${mi}kB low:${lo}kB high:${hi}kB present:${hi}kB managed:${lo}kB free_cma:0kB`,
      )
      lines.push(`lowmem_reserve[]: ${r.zones.map((_, k) => (k > i ? (r.marks[k] ?? 0) : 0)).join(' ')}`)
    })
    for (const z of r.zones)
      lines.push(`Node 0 ${z}: ${r.counts.map((c, k) => `${c}*${4 << k}kB (UME)`).join(' ')} = ${r.free[0] ?? 0}kB`)
    lines.push(
      `Free swap  = ${r.swap[0]}kB`,
      `Total swap = ${r.swap[1]}kB`,
      `${r.ram} pages RAM`,
      '[ pid ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name',
    )
    for (const [pid, vm, rss, adj] of r.tasks)
      lines.push(`[${String(pid).padStart(5)}]     0 ${pid} ${vm} ${rss} ${rss * 8} 0 ${adj} task${pid}`)
    const victim = r.tasks[0]
    if (victim && !r.alloc) {
      lines.push(
        `Out of memory: Killed process ${victim[0]} (task${victim[0]}) total-vm:${victim[1]}kB, anon-rss:${victim[2]}kB, file-rss:0kB, shmem-rss:0kB`,
      )
    }
    return lines.map((l) => r.prefix + l)
  })
