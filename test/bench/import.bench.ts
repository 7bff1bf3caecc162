// Benchmark: the real `oomlens analyze` (the built CLI, bin/oomlens.mjs) on big evidence, each
// figure paired with its floor in the same run on the same file — the system decompressor alone
// (`gzip -dc`, `xz -dc`, `zstd -dc`), or `node -e ''` for start-up — run in turn A B A B … and quoted
// as the median of the pairs' ratios (the machine is shared: one pair is noise, the median is not).
// Wall, CPU and peak RSS come from GNU time (`/usr/bin/time`); the first event is timed in a child
// that calls loadCase with an onEvent hook (the moment the workbench and the progress line see it).
//
// Inputs are generated in a temp dir (OOMLENS_BENCH_DIR keeps and reuses them) from real corpus
// reports planted in realistic syslog noise. OOMLENS_BENCH_RUNS sets the pairs per figure (5).
// Targets (issue "Analyse at the speed of decompression"): .gz <= 1.2x gzip -dc, <= 300 MB, first
// event <= 1 s; .tar.xz <= 1.5x xz -dc; .zst <= 1.3x zstd -dc; 100 MB binary journal, 2 GB plain
// syslog and a sosreport with 12 rotated logs <= 300 MB; `oomlens --help` <= 0.25 s.
import { spawn, spawnSync } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GIVEN } from '../support/given'

const CORPUS = `${GIVEN}/corpus/public`
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const OOMLENS = join(ROOT, 'bin/oomlens.mjs')
const GNU_TIME = '/usr/bin/time'
const RUNS = Number(process.env.OOMLENS_BENCH_RUNS ?? 5)
const HOST = 'db-prod-17'
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Classic syslog stamp `Mar  4 10:22:31` (no year), or rsyslog's RSYSLOG_FileFormat ISO stamp. */
function stamp(second: number, iso: boolean): string {
  const d = new Date(Date.UTC(2026, 0, 1) + second * 1000)
  if (iso) return `${d.toISOString().slice(0, 19)}.000000+00:00`
  const day = String(d.getUTCDate()).padStart(2, ' ')
  return `${MONTHS[d.getUTCMonth()]} ${day} ${d.toISOString().slice(11, 19)}`
}

const NOISE: readonly ((i: number) => string)[] = [
  (i) =>
    `sshd[${2000 + (i % 9000)}]: Accepted publickey for deploy from 10.4.${i % 255}.${(i * 7) % 255} port ${30000 + (i % 30000)} ssh2: RSA SHA256:Qm${i % 977}xYz`,
  (i) => `CRON[${3000 + (i % 5000)}]: (root) CMD (/usr/lib/sysstat/debian-sa1 1 1)`,
  (i) => `systemd[1]: Started Session ${i % 100000} of user deploy.`,
  (i) => `kernel: [${(i / 10).toFixed(6)}] IPv4: martian source 10.0.${i % 255}.1 from 10.0.0.${i % 200}, on dev eth0`,
  (i) =>
    `postgres[${4000 + (i % 900)}]: [${i % 10}-1] LOG:  checkpoint complete: wrote ${i % 5000} buffers (${(i % 100) / 10}%); 0 WAL file(s) added`,
  (i) =>
    `dockerd[812]: time="2026-01-01T00:00:00Z" level=info msg="ignoring event" container=${(i * 2654435761) % 4294967296} module=libcontainerd namespace=moby topic=/tasks/delete`,
  (i) =>
    `kernel: [${(i / 10).toFixed(6)}] EXT4-fs (dm-${i % 4}): mounted filesystem with ordered data mode. Opts: (null)`,
  (i) =>
    `rsyslogd: action 'action-${i % 9}-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0 try https://www.rsyslog.com/e/2359 ]`,
  (i) =>
    `nginx[${5000 + (i % 50)}]: 10.1.${i % 255}.${i % 254} - - "GET /api/v1/items/${i} HTTP/1.1" 200 ${i % 20000} "-" "curl/7.88.1"`,
]

/** Corpus reports as they would sit in this host's syslog: each line's own prefix removed. */
function plantable(): string[][] {
  const files = [
    '005-i686-pae-4.10-debian-updatedb-syslog.log',
    '011-x86-4.18-3.10-vmware-memcg-leaker.log',
    '042-x86-5.19-debian-btrfs-md5sum.log',
  ]
  return files.map((f) =>
    readFileSync(join(CORPUS, f), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.replace(/^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ kernel: /, '')),
  )
}

/** Events per planted report, in the order plantable() cycles through them (005: 1, 011: 3, 042: 2). */
function expectedEvents(planted: number): number {
  const per = [1, 3, 2]
  let n = 0
  for (let i = 0; i < planted; i++) n += per[i % 3]!
  return n
}

/** One batch of syslog lines (noise, and a planted report when `plant` is given) from line `i` on. */
function syslogLines(i: number, second: number, iso: boolean, plant: string[] | null): string[] {
  const lines: string[] = []
  for (let k = 0; k < 2000; k++)
    lines.push(`${stamp(second + Math.floor(k / 3), iso)} ${HOST} ${NOISE[(i + k) % NOISE.length]!(i + k)}`)
  if (plant) for (const l of plant) lines.push(`${stamp(second + 667, iso)} ${HOST} kernel: ${l}`)
  return lines
}

/** Writes ~`targetMb` MB of syslog through `compressor` (stdin → file); returns the planted report count. */
async function writeSyslog(
  file: string,
  targetMb: number,
  compressor: readonly string[] | null,
  everyMb = 4,
  iso = false,
): Promise<number> {
  const out = createWriteStream(file)
  const child = compressor ? spawn(compressor[0]!, compressor.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] }) : null
  if (child) child.stdout!.pipe(out)
  const sink = child ? child.stdin! : out
  const reports = plantable()
  let bytes = 0
  let nextPlant = 0.5 * 1024 * 1024
  let planted = 0
  for (let i = 0, second = 0; bytes < targetMb * 1024 * 1024; i += 2000, second += 667) {
    const plant = bytes >= nextPlant ? reports[planted % reports.length]! : null
    if (plant) {
      planted++
      nextPlant += everyMb * 1024 * 1024
    }
    const chunk = `${syslogLines(i, second, iso, plant).join('\n')}\n`
    bytes += chunk.length
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()))
  }
  sink.end()
  await new Promise<void>((resolve) => (out.closed ? resolve() : out.once('close', () => resolve())))
  if (child)
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('close', () => resolve())))
  return planted
}

/** A kernel/syslog mix as a journal export stream (planted reports as kernel entries), ~`targetMb` MB. */
async function writeJournalExport(sink: NodeJS.WritableStream, targetMb: number): Promise<number> {
  const reports = plantable()
  let bytes = 0
  let planted = 0
  let nextPlant = 0.5 * 1024 * 1024
  let usec = 1767225600000000n
  for (let i = 0; bytes < targetMb * 1024 * 1024; i += 2000) {
    const entries: string[] = []
    const entry = (transport: string, message: string): void => {
      usec += 333_333n
      entries.push(
        `__REALTIME_TIMESTAMP=${usec}\n__MONOTONIC_TIMESTAMP=${usec / 1000n}\n_BOOT_ID=0123456789abcdef0123456789abcdef\n` +
          `_TRANSPORT=${transport}\n_HOSTNAME=${HOST}\nSYSLOG_IDENTIFIER=${transport === 'kernel' ? 'kernel' : 'app'}\nMESSAGE=${message}\n\n`,
      )
    }
    for (let k = 0; k < 2000; k++) entry('syslog', NOISE[(i + k) % NOISE.length]!(i + k))
    if (bytes >= nextPlant) {
      for (const l of reports[planted % reports.length]!) entry('kernel', l.replace(/^\[[^\]]*\]\s?/, ''))
      planted++
      nextPlant += 4 * 1024 * 1024
    }
    const chunk = entries.join('')
    bytes += chunk.length
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()))
  }
  sink.end()
  return planted
}

interface Measure {
  readonly wallS: number
  readonly cpuS: number
  readonly rssMb: number
}

/** One run of a command under GNU time, its output thrown away. */
function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Measure {
  const report = join(tmpdir(), `oomlens-bench-time-${process.pid}`)
  const r = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`)
  const [wall, user, sys, rssKb] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  rmSync(report, { force: true })
  return { wallS: wall!, cpuS: user! + sys!, rssMb: rssKb! / 1024 }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const ok = (pass: boolean): string => (pass ? 'ok' : 'MISSED')
const s = (v: number): string => `${v.toFixed(2)} s`
const range = (values: readonly number[], unit = ''): string =>
  `min ${Math.min(...values).toFixed(2)}${unit}, max ${Math.max(...values).toFixed(2)}${unit}`

/** `oomlens analyze` against a floor command, in turn, RUNS pairs; prints the medians and the median ratio. */
function paired(
  label: string,
  floorLabel: string,
  floor: readonly string[],
  input: string,
  target: number | null,
  env: NodeJS.ProcessEnv = {},
): Measure {
  const ratios: number[] = []
  const ours: Measure[] = []
  const floors: Measure[] = []
  for (let i = 0; i < RUNS; i++) {
    floors.push(measure(floor[0]!, floor.slice(1)))
    ours.push(measure(process.execPath, [OOMLENS, 'analyze', input, '--json'], env))
    ratios.push(ours[i]!.wallS / floors[i]!.wallS)
  }
  const ratio = median(ratios)
  const rss = Math.max(...ours.map((m) => m.rssMb))
  console.log(`${label}: ${RUNS} pairs, load average ${loadavg()[0]!.toFixed(1)} after`)
  console.log(
    `  ${floorLabel}: median ${s(median(floors.map((m) => m.wallS)))} wall, ${s(median(floors.map((m) => m.cpuS)))} CPU`,
  )
  console.log(
    `  oomlens analyze --json: median ${s(median(ours.map((m) => m.wallS)))} wall, ${s(median(ours.map((m) => m.cpuS)))} CPU (all threads)`,
  )
  const verdict = target === null ? '' : ` (target <= ${target}x: ${ok(ratio <= target)})`
  console.log(`  wall ratio: median ${ratio.toFixed(2)}x${verdict}; ${range(ratios, 'x')}`)
  console.log(`  peak RSS: ${rss.toFixed(0)} MB, largest of the runs (target <= 300 MB: ${ok(rss <= 300)})`)
  return { wallS: median(ours.map((m) => m.wallS)), cpuS: median(ours.map((m) => m.cpuS)), rssMb: rss }
}

/** Peak RSS only (no floor to pair with): the largest of `runs` runs. */
function memoryOnly(label: string, input: string, runs: number): void {
  const ours = Array.from({ length: runs }, () => measure(process.execPath, [OOMLENS, 'analyze', input, '--json']))
  const rss = Math.max(...ours.map((m) => m.rssMb))
  console.log(`${label}: ${runs} runs, load average ${loadavg()[0]!.toFixed(1)} after`)
  console.log(`  oomlens analyze --json: median ${s(median(ours.map((m) => m.wallS)))} wall`)
  console.log(`  peak RSS: ${rss.toFixed(0)} MB, largest of the runs (target <= 300 MB: ${ok(rss <= 300)})`)
}

interface ChildResult {
  readonly firstEventMs: number | null
  readonly events: number
}

/** The first event, seen through loadCase's onEvent in a child (tsx), from the call of loadCase. */
function firstEvent(paths: readonly string[]): ChildResult {
  const self = fileURLToPath(import.meta.url)
  const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
    env: { ...process.env, OOMLENS_IMPORT_BENCH_CHILD: JSON.stringify(paths) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult
}

async function childMain(paths: readonly string[]): Promise<void> {
  const { loadCase } = await import('../../electron/node/case-service')
  const t0 = performance.now()
  let firstEventMs: number | null = null
  const loaded = await loadCase(paths, { onEvent: () => (firstEventMs ??= performance.now() - t0) })
  const result: ChildResult = { firstEventMs, events: loaded.analysis.events.length }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function eventsOf(input: string, env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(process.execPath, [OOMLENS, 'analyze', input, '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  return (JSON.parse(r.stdout) as { events: unknown[] }).events.length
}

function startup(): void {
  const ratios: number[] = []
  const ours: number[] = []
  const floors: number[] = []
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    floors.push(measure(process.execPath, ['-e', '']).wallS)
    ours.push(measure(process.execPath, [OOMLENS, '--help']).wallS)
    ratios.push(ours[i]! / floors[i]!)
  }
  const wall = median(ours)
  console.log(`oomlens --help start-up: ${ours.length} pairs, load average ${loadavg()[0]!.toFixed(1)} after`)
  console.log(`  node -e '' (the floor): median ${s(median(floors))}`)
  console.log(`  oomlens --help: median ${s(wall)} (target <= 0.25 s: ${ok(wall <= 0.25)}); ${range(ours, ' s')}`)
  console.log(`  ratio to the floor: median ${median(ratios).toFixed(2)}x`)
}

async function sosreportTree(dir: string, name: string, rotated: number, rotatedMb: number): Promise<number> {
  const tree = join(dir, name)
  const done = join(dir, `${name}.events`)
  if (existsSync(done)) return Number(readFileSync(done, 'utf8'))
  rmSync(tree, { recursive: true, force: true })
  for (const sub of ['var/log', 'sos_commands/kernel', 'proc', 'etc/conf.d'])
    mkdirSync(join(tree, sub), { recursive: true })
  // The live log in RSYSLOG_FileFormat (ISO stamps with the year), the rotated ones in the classic format.
  let events = expectedEvents(await writeSyslog(join(tree, 'var/log/messages'), 100, null, 8, true))
  for (let r = 1; r <= rotated; r++) {
    const day = String(r).padStart(2, '0')
    events += expectedEvents(
      await writeSyslog(join(tree, `var/log/messages-202601${day}.gz`), rotatedMb, ['gzip', '-c'], 8),
    )
  }
  writeFileSync(
    join(tree, 'sos_commands/kernel/dmesg'),
    readFileSync(join(CORPUS, '020-mips-x1000-5.8-containerd-stmmac.log')),
  )
  events += 2
  for (const f of ['meminfo', 'zoneinfo', 'buddyinfo', 'pagetypeinfo', 'vmstat', 'slabinfo']) {
    writeFileSync(join(tree, 'proc', f), readFileSync(join(CORPUS, 'proc/rhcos-4.18.0-80-xeon', f)))
  }
  for (let i = 0; i < 2000; i++)
    writeFileSync(join(tree, 'etc/conf.d', `unit-${i}.conf`), `[Unit]\nDescription=unit ${i}\n`.repeat(20))
  writeFileSync(done, String(events))
  return events
}

export default async function run(): Promise<void> {
  if (!existsSync(GNU_TIME)) {
    console.log(`import bench: skipped, it needs GNU time at ${GNU_TIME} (Debian: apt-get install time)`)
    return
  }
  const keep = process.env.OOMLENS_BENCH_DIR
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'oomlens-bench-'))
  mkdirSync(dir, { recursive: true })
  // The figures are the built command's: build it now (quick) so bin/oomlens.mjs runs the bundle.
  const built = spawnSync(process.execPath, [join(ROOT, 'build/build.mjs'), 'cli'], { stdio: 'ignore' })
  if (built.status !== 0) throw new Error('building the CLI failed')
  console.log(
    `machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), shared with other work: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} before; ${RUNS} pairs per figure, medians quoted`,
  )
  try {
    startup()

    const gz = join(dir, 'messages.gz')
    const plantedFile = `${gz}.planted`
    const planted = existsSync(plantedFile)
      ? Number(readFileSync(plantedFile, 'utf8'))
      : await writeSyslog(gz, 400, ['gzip', '-c'])
    writeFileSync(plantedFile, String(planted))
    const gzEvents = eventsOf(gz)
    console.log(
      `\n400 MB syslog (.gz, ${(statSync(gz).size / 2 ** 20).toFixed(0)} MB), ${planted} corpus reports planted`,
    )
    paired('syslog .gz', 'gzip -dc', ['gzip', '-dc', gz], gz, 1.2)
    const first = firstEvent([gz])
    const firstS = first.firstEventMs === null ? null : first.firstEventMs / 1000
    console.log(
      `  first event: ${firstS === null ? 'none' : s(firstS)} (target <= 1 s: ${ok(firstS !== null && firstS <= 1)})`,
    )
    console.log(
      `  events: ${gzEvents} (planted ${expectedEvents(planted)}: ${ok(gzEvents === expectedEvents(planted))})`,
    )

    if (hasTool('zstd')) {
      const zst = join(dir, 'messages.zst')
      if (!existsSync(zst)) spawnSync('sh', ['-c', `gzip -dc '${gz}' | zstd -q -3 -o '${zst}'`], { stdio: 'inherit' })
      console.log(`\nthe same syslog as .zst (${(statSync(zst).size / 2 ** 20).toFixed(0)} MB)`)
      paired('syslog .zst', 'zstd -dc', ['zstd', '-dc', zst], zst, 1.3)
    }

    if (hasTool('xz')) {
      const sosEvents = await sosreportTree(dir, 'sosreport-db-prod-17', 1, 40)
      const xzFile = join(dir, 'sosreport-db-prod-17.tar.xz')
      if (!existsSync(xzFile)) {
        const tar = spawnSync('sh', ['-c', `tar -cf - -C '${dir}' sosreport-db-prod-17 | xz -T2 -6 > '${xzFile}'`], {
          stdio: 'inherit',
        })
        if (tar.status !== 0) throw new Error('tar | xz failed')
      }
      const xzEvents = eventsOf(xzFile)
      console.log(
        `\nsosreport .tar.xz (${(statSync(xzFile).size / 2 ** 20).toFixed(0)} MB), ${sosEvents} events planted, ${xzEvents} found`,
      )
      paired('sosreport .tar.xz, system xz', 'xz -dc', ['xz', '-dc', xzFile], xzFile, 1.5)
      paired(
        'sosreport .tar.xz, WebAssembly fallback (OOMLENS_NATIVE_DECODERS=0)',
        'xz -dc',
        ['xz', '-dc', xzFile],
        xzFile,
        null,
        {
          OOMLENS_NATIVE_DECODERS: '0',
        },
      )
    }

    const rotatedEvents = await sosreportTree(dir, 'sosreport-rotated', 12, 30)
    console.log(
      `\nsosreport folder with 12 rotated logs (12 x 30 MB .gz + a 100 MB live log), ${rotatedEvents} events planted`,
    )
    memoryOnly('sosreport, 12 rotated logs', join(dir, 'sosreport-rotated'), 2)

    const journalRemote = '/lib/systemd/systemd-journal-remote'
    if (existsSync(journalRemote)) {
      // journal-remote starts a new file every ~48-64 MB here (as journald rotates), so ~110 MB of
      // journal is a folder of two files, read one after the other like /var/log/journal.
      const journals = join(dir, 'journal')
      if (!existsSync(join(dir, 'journal.done'))) {
        rmSync(journals, { recursive: true, force: true })
        mkdirSync(journals)
        const child = spawn(journalRemote, [`--output=${journals}/system.journal`, '-'], {
          stdio: ['pipe', 'ignore', 'ignore'],
        })
        await writeJournalExport(child.stdin, 110)
        await new Promise<void>((resolve) => child.once('close', () => resolve()))
        writeFileSync(join(dir, 'journal.done'), '')
      }
      const files = readdirSync(journals).map((f) => statSync(join(journals, f)).size / 2 ** 20)
      console.log(
        `\nbinary journals (${files.length} files, ${files.map((mb) => mb.toFixed(0)).join(' + ')} MB, systemd-journal-remote)`,
      )
      memoryOnly('binary journals', journals, 2)
    } else console.log('\nbinary journal: skipped (no systemd-journal-remote here)')

    const plain = join(dir, 'messages-2g')
    if (!existsSync(plain)) await writeSyslog(plain, 2048, null, 32)
    console.log(`\nplain syslog (${(statSync(plain).size / 2 ** 30).toFixed(1)} GB)`)
    memoryOnly('plain syslog 2 GB', plain, 1)
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }
}

if (process.env.OOMLENS_IMPORT_BENCH_CHILD)
  await childMain(JSON.parse(process.env.OOMLENS_IMPORT_BENCH_CHILD) as string[])
