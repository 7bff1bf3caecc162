// Hostile inputs that are not archives, through the real CLI (`node bin/oomlens.mjs analyze <file> --json`)
// on files written to a temp dir: random bytes, empty, a 50 MB line, invalid UTF-8, NUL bytes, CRLF and
// CR-only endings, and markup / terminal escapes / bidi controls in a process name. Exit codes as the
// contract says (0 analysed, 3 unreadable or unsupported, with one stderr line naming the path), the
// surviving report still found, hostile text carried as data, and nothing written anywhere but stdout.
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MATERIAL_ROOT } from '../fuzz/properties/corpus-inputs'
import { withoutCsi } from '../fuzz/properties/hostile-text'
import { runOomlens } from '../support/run-oomlens'

const LOG = readFileSync(join(MATERIAL_ROOT, 'corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log'), 'utf8')
const LINES = LOG.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '')
const HEADER = LINES.findIndex((l) => l.includes('invoked oom-killer'))
const COMM = /kernel: (\S+) invoked oom-killer/.exec(LINES[HEADER] ?? '')?.[1] ?? ''
const HOSTILE = '<img/src=x>\x1b[31m\u202eevil\u2066'

let root = ''

interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly json: {
    events: {
      kind: string
      source: { line: number }
      trigger: { comm: string | null; pid: number | null; gfpMask: string | null; order: number | null }
      findings: { evidence: { line: number; text: string }[] }[]
    }[]
    warnings: { path: string; message: string }[]
  } | null
}

function sandbox(): { cwd: string; home: string; tmp: string } {
  const base = mkdtempSync(join(root, 'run-'))
  const dirs = { cwd: join(base, 'cwd'), home: join(base, 'home'), tmp: join(base, 'tmp') }
  for (const d of Object.values(dirs)) mkdirSync(d)
  return dirs
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Run the CLI in an empty cwd with HOME and TMPDIR of its own; assert that it wrote nothing there or to the input. */
function analyze(...paths: string[]): Run {
  const box = sandbox()
  const before = paths.map((p) => {
    try {
      return hashOf(p)
    } catch {
      return null
    }
  })
  const r = runOomlens(['analyze', ...paths, '--json'], {
    cwd: box.cwd,
    // TSX_DISABLE_CACHE: the source checkout runs through tsx, whose compile cache would land in TMPDIR;
    // that is the dev loader's, not OOMLens's, and a packaged build has no such cache.
    env: {
      HOME: box.home,
      TMPDIR: box.tmp,
      XDG_CONFIG_HOME: box.home,
      XDG_CACHE_HOME: box.home,
      NO_COLOR: '1',
      TSX_DISABLE_CACHE: '1',
    },
  })
  for (const d of Object.values(box)) expect(readdirSync(d), `nothing written to ${d}`).toEqual([])
  expect(
    paths.map((p) => {
      try {
        return hashOf(p)
      } catch {
        return null
      }
    }),
  ).toEqual(before)
  let json: Run['json'] = null
  if (r.code === 0) json = JSON.parse(r.stdout) as Run['json']
  return { status: r.code, stdout: r.stdout, stderr: r.stderr, json }
}

function write(name: string, content: string | Buffer): string {
  const path = join(root, 'inputs', name)
  writeFileSync(path, content)
  return path
}

/** The report's trigger as the plain LF log gives it, to compare the variants with. */
let baseline: NonNullable<Run['json']>['events'][number] | undefined

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'oomlens-hardening-'))
  mkdirSync(join(root, 'inputs'))
  baseline = analyze(write('plain.log', `${LINES.join('\n')}\n`)).json?.events[0]
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

function expectSameReport(run: Run): void {
  expect(run.status, run.stderr).toBe(0)
  const e = run.json?.events.find((x) => x.source.line === HEADER + 1)
  expect(e?.kind).toBe(baseline?.kind)
  expect(e?.trigger).toEqual(baseline?.trigger)
}

describe('oomlens analyze on hostile input', () => {
  it('finds the corpus report in the plain log the variants are compared with', () => {
    expect(baseline?.kind).toBe('oom')
    expect(baseline?.trigger.comm).toBe(COMM)
  })

  it('exits 3 naming the path, with nothing on stdout, when the file is random bytes', () => {
    const path = write('random.bin', randomBytes(1 << 20))
    const run = analyze(path)
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(path)
  })

  it('exits 3 naming the path when the file does not exist or its parent is a file', () => {
    const missing = join(root, 'inputs', 'missing.log')
    const notDir = join(write('plain-file', 'x'), 'child.log')
    for (const path of [missing, notDir]) {
      const run = analyze(path)
      expect(run.status).toBe(3)
      expect(run.stderr).toContain(path)
    }
  })

  it('exits 0 with no event and a warning when the file is empty', () => {
    const run = analyze(write('empty.log', ''))
    expect(run.status).toBe(0)
    expect(run.json?.events).toEqual([])
    expect(run.json?.warnings.length).toBeGreaterThan(0)
  })

  it('exits 0 with a warning and without the line when a 50 MB line has no newline', () => {
    const run = analyze(write('long-line.log', 'A'.repeat(50 * 1024 * 1024)))
    expect(run.status, run.stderr).toBe(0)
    expect(run.json?.events).toEqual([])
    expect(run.json?.warnings.length).toBeGreaterThan(0)
  })

  it('still finds the report when the log has CRLF line endings', () => {
    expectSameReport(analyze(write('crlf.log', `${LINES.join('\r\n')}\r\n`)))
  })

  it('still finds the report when the log has CR-only line endings', () => {
    expectSameReport(analyze(write('cr.log', `${LINES.join('\r')}\r`)))
  })

  it('still finds the report when other lines carry NUL bytes and invalid UTF-8', () => {
    // The header and the two lines after it (cpuset, `CPU: … PID:`) give the trigger; every other line
    // ends in NULs and bytes that are not UTF-8.
    const bytes = LINES.map((l, i) =>
      i >= HEADER && i <= HEADER + 2
        ? Buffer.from(l)
        : Buffer.concat([Buffer.from(l), Buffer.from([0, 0xff, 0xc3, 0x28, 0])]),
    )
    const run = analyze(write('nul-utf8.log', Buffer.concat(bytes.flatMap((b) => [b, Buffer.from('\n')]))))
    expectSameReport(run)
    expect(run.json?.warnings.some((w) => /NUL/i.test(w.message))).toBe(true)
  })

  it('exits 0 with warnings naming the skipped files when a directory holds random bytes, an empty file and a CR-only log', () => {
    const dir = join(root, 'inputs', 'mixed')
    mkdirSync(dir)
    writeFileSync(join(dir, 'random.bin'), randomBytes(64 * 1024))
    writeFileSync(join(dir, 'empty.log'), '')
    writeFileSync(join(dir, 'messages'), `${LINES.join('\r')}\r`)
    const run = analyze(dir)
    expect(run.status, run.stderr).toBe(0)
    expect(run.json?.events.find((e) => e.source.line === HEADER + 1)?.trigger).toEqual(baseline?.trigger)
    const warned = run.json?.warnings ?? []
    for (const name of ['random.bin', 'empty.log'])
      expect(
        warned.some((w) => w.path === join(dir, name)),
        name,
      ).toBe(true)
  })

  it('carries markup, terminal escapes and bidi controls in a process name as data', () => {
    const lines = LINES.map((l, i) => (i === HEADER ? l.replace(`${COMM} invoked`, `${HOSTILE} invoked`) : l))
    const run = analyze(write('hostile.log', `${lines.join('\n')}\n`))
    expect(run.status, run.stderr).toBe(0)
    const e = run.json?.events.find((x) => x.source.line === HEADER + 1)
    // Terminal CSI sequences leave the parsed comm (the parser's dmesg --color rule); markup and bidi stay.
    expect(e?.trigger.comm).toBe(withoutCsi(HOSTILE))
    // JSON escapes the ESC byte, so the raw escape never reaches a terminal that prints the output.
    expect(run.stdout.includes('\x1b')).toBe(false)
    const evidence = e?.findings.flatMap((f) => f.evidence).find((ev) => ev.line === HEADER + 1)
    if (evidence) expect(evidence.text).toBe(lines[HEADER])
  })
})
