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
  fc.tuple(comm, hex, num).map(([c, g, o]) => `${c}: page allocation failure: order:${o}, mode:${g}(GFP_ATOMIC), nodemask=(null)`),
  fc.tuple(num, comm, num).map(([p, c, v]) => `CPU: ${p} PID: ${p} Comm: ${c} Not tainted ${v}.${v}.0 #1`),
  fc.constant('Mem-Info:'),
  fc.tuple(num, num, num).map(([a, b, c]) => `active_anon:${a} inactive_anon:${b} isolated_anon:0 free:${c} free_cma:0`),
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
  fc.tuple(comm, num).map(([c, p]) => `oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,task=${c},pid=${p},uid=0`),
  fc.tuple(num, num).map(([u, l]) => `memory: usage ${u}kB, limit ${l}kB, failcnt ${u}`),
  fc.tuple(hostileFragment, num).map(([p, n]) => `Memory cgroup out of memory: Killed process ${n} (${p})`),
  fc.constant('Call Trace:'),
  fc.tuple(hex, hex).map(([a, b]) => ` dump_stack+${a}/${b}`),
  fc.constant('Kernel panic - not syncing: Out of memory and no killable processes...'),
]

const prefix: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 999999 })).map(([s, u]) => `[${String(s).padStart(5)}.${String(u).padStart(6, '0')}] `),
  fc.constantFrom('Feb 12 08:21:50 host kernel: ', 'Jun 18 07:44:52 g45 kernel: [64377.426677] ', '<4>'),
  fc.constantFrom('[Sat Apr 11 17:52:58 2020] ', '2024-03-01T10:00:00.123456+01:00 host kernel: ', 'Mon 2024-03-01 10:00:00 UTC host kernel: '),
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
