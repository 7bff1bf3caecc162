// `-` as an input and `--jsonl`, through the real command (bin/oomlens.mjs) and real pipes.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS, makeTempDir, removeDir } from '../node/input/build-fixtures'
import { OOMLENS_BIN, runOomlens, type CliRun } from '../../support/run-oomlens'

const SYSLOG = '005-i686-pae-4.10-debian-updatedb-syslog.log'
const MEMCG = '011-x86-4.18-3.10-vmware-memcg-leaker.log'
const DMESG = '042-x86-5.19-debian-btrfs-md5sum.log'

function oomlens(args: readonly string[], input?: Buffer | string): CliRun {
  return runOomlens(args, { env: { CI: 'true' }, ...(input !== undefined ? { input } : {}) })
}

/** Every `path` inside a JSON value replaced, so the same evidence read from a file and from `-` compares equal. */
function withPath(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withPath(v, path))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'path' ? path : withPath(v, path)]))
}

interface Json {
  readonly inputs: { path: string; kind: string }[]
  readonly events: Record<string, unknown>[]
}

let dir: string

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => removeDir(dir))

describe('oomlens with standard input', () => {
  it('cat <corpus 005> | oomlens analyze - --json gives the same events as the file path, named -', () => {
    const file = join(CORPUS, SYSLOG)
    const fromFile = JSON.parse(oomlens(['analyze', file, '--json']).stdout) as Json
    const piped = oomlens(['analyze', '-', '--json'], readFileSync(file))
    expect(piped.code).toBe(0)
    const fromStdin = JSON.parse(piped.stdout) as Json
    expect(fromStdin.inputs).toEqual([{ path: '-', kind: 'kernel-log', bytes: readFileSync(file).length }])
    expect(fromStdin.events.map((e) => (e.source as { path: string }).path)).toEqual(['-'])
    expect(fromFile.events.length).toBe(1)
    expect(withPath(fromStdin.events, 'X')).toEqual(withPath(fromFile.events, 'X'))
  })

  it('unwraps compressed standard input like a compressed file', () => {
    const file = join(CORPUS, MEMCG)
    const plain = JSON.parse(oomlens(['analyze', file, '--json']).stdout) as Json
    const piped = JSON.parse(oomlens(['analyze', '-', '--json'], gzipSync(readFileSync(file))).stdout) as Json
    expect(plain.events).toHaveLength(3)
    expect(withPath(piped.events, 'X')).toEqual(withPath(plain.events, 'X'))
  })

  it('writes a report from standard input: oomlens report - -o x.html', () => {
    const out = join(dir, 'stdin-report.html')
    const r = oomlens(['report', '-', '-o', out], readFileSync(join(CORPUS, SYSLOG)))
    expect(r.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(readFileSync(out, 'utf8')).toContain('updatedb.mlocat')
  })

  it('reads an empty standard input as an empty input, not an error', () => {
    const r = oomlens(['analyze', '-', '--json'], '')
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as Json).inputs).toEqual([{ path: '-', kind: 'other', bytes: 0 }])
  })
})

describe('oomlens analyze --jsonl', () => {
  it('prints each event as one contract event line, equal to --json but for the id, plus input and host', () => {
    const file = join(CORPUS, MEMCG)
    const json = JSON.parse(oomlens(['analyze', file, '--json']).stdout) as Json
    const r = oomlens(['analyze', file, '--jsonl', '--host', 'db-7'])
    expect(r.code).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.id)).toEqual(['e1', 'e2', 'e3'])
    const line = (e: Record<string, unknown>): number => (e.source as { line: number }).line
    const bare = (e: Record<string, unknown>): Record<string, unknown> => {
      const { id, input, host, ...rest } = e
      void id
      void input
      void host
      return rest
    }
    expect(lines.map(bare).sort((a, b) => line(a) - line(b))).toEqual(
      json.events.map(bare).sort((a, b) => line(a) - line(b)),
    )
    expect(lines.every((l) => l.input === file && l.host === 'db-7')).toBe(true)
    // A log that names its host keeps it; --host only fills in.
    const syslog = oomlens(['analyze', join(CORPUS, SYSLOG), '--jsonl', '--host', 'other'])
    expect((JSON.parse(syslog.stdout) as { host: string }).host).toBe('asrocke350m1')
  })

  it('streams: the first event is written while standard input is still open', async () => {
    const child = spawn(process.execPath, [OOMLENS_BIN, 'analyze', '-', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdin.write(readFileSync(join(CORPUS, DMESG)))
    const first = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        if (out.includes('\n')) resolve(out.split('\n')[0]!)
      })
      child.once('exit', () => reject(new Error(`exited before writing a line: ${out}`)))
    })
    expect(child.exitCode).toBeNull()
    expect(JSON.parse(first)).toMatchObject({ kind: 'alloc-failure', input: '-', source: { path: '-' } })
    child.stdin.end()
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(0)
  })

  it('refuses --json with --jsonl, and --host without --jsonl', () => {
    expect(oomlens(['analyze', join(CORPUS, SYSLOG), '--json', '--jsonl']).code).toBe(2)
    expect(oomlens(['analyze', join(CORPUS, SYSLOG), '--host', 'x']).code).toBe(2)
  })
})
