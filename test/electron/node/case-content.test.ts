// Evidence opened by content (a browser's Open, drop or paste: bytes, no path) must read exactly as
// the same evidence opened from disk: the same events, snapshots and raw lines, only the display
// paths differ (relative names instead of the absolute ones).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { loadCase, type MemoryFile } from '../../../electron/node/case-service'
import { CORPUS, makeTempDir, removeDir, run, treeState } from './input/build-fixtures'

const LOG = '020-mips-x1000-5.8-containerd-stmmac.log'
const ROTATED = '005-i686-pae-4.10-debian-updatedb-syslog.log'
const PROC_SET = 'hotsos-k8s-ubuntu-5.4.0-99'

let dir: string
let evidence: string

/** Every file under `root` as the browser sends a dropped folder: names relative to root's parent, bytes, mtime. */
function asDropped(root: string): MemoryFile[] {
  const out: MemoryFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      const s = statSync(p)
      if (s.isDirectory()) walk(p)
      else out.push({ name: relative(join(root, '..'), p), bytes: readFileSync(p), mtimeMs: s.mtimeMs })
    }
  }
  walk(root)
  return out
}

/** What must not depend on where the bytes came from; `prefix` is stripped off display paths. */
function essence(analysis: CaseAnalysis, prefix: string) {
  const strip = (p: string) => (p.startsWith(prefix) ? p.slice(prefix.length) : p)
  return {
    events: analysis.events.map(({ event, findings }) => ({
      path: strip(event.path),
      line: event.line,
      kind: event.kind,
      time: event.time,
      trigger: event.trigger.comm,
      findings: findings.map((f) => f.code),
    })),
    snapshots: analysis.snapshots.map((s) => `${strip(s.path)} ${s.kind} ${s.time}`).sort(),
    // A folder on disk is an input of its own; a dropped one arrives as its files.
    inputs: analysis.inputs
      .filter((i) => i.kind !== 'directory')
      .map((i) => `${strip(i.path)} ${i.kind} ${i.bytes}`)
      .sort(),
    issues: analysis.issues.map((i) => `${i.code} ${strip(i.path)}:${i.line}`).sort(),
  }
}

beforeAll(() => {
  dir = makeTempDir()
  evidence = join(dir, 'evidence')
  mkdirSync(join(evidence, 'var/log'), { recursive: true })
  copyFileSync(join(CORPUS, LOG), join(evidence, 'var/log/messages'))
  copyFileSync(join(CORPUS, ROTATED), join(evidence, 'var/log/messages.1'))
  run('gzip', ['-n', join(evidence, 'var/log/messages.1')])
  mkdirSync(join(evidence, 'proc'))
  for (const f of readdirSync(join(CORPUS, 'proc', PROC_SET)))
    run('cp', ['-rp', join(CORPUS, 'proc', PROC_SET, f), join(evidence, 'proc')])
  run('tar', ['-cJf', join(dir, 'bundle.tar.xz'), '-C', dir, 'evidence'])
})
afterAll(() => removeDir(dir))

describe('case content (in memory)', () => {
  it('reads a dropped folder exactly as the same folder on disk', async () => {
    const before = treeState(dir)
    const fromDisk = await loadCase([evidence])
    const fromMemory = await loadCase([], { memoryFiles: asDropped(evidence) })
    const onDisk = essence(fromDisk.analysis, `${evidence}/`)
    expect(essence(fromMemory.analysis, 'evidence/')).toEqual(onDisk)
    // The rotated gzip and the live log both count, /proc files became snapshots.
    expect(onDisk.events.length).toBeGreaterThanOrEqual(3)
    expect(new Set(onDisk.events.map((e) => e.path))).toEqual(new Set(['var/log/messages', 'var/log/messages.1.gz']))
    expect(onDisk.snapshots.some((s) => s.startsWith('proc/zoneinfo zoneinfo'))).toBe(true)
    expect(treeState(dir)).toEqual(before)
  })

  it('unpacks an archive held in memory as it unpacks the file', async () => {
    const archive = join(dir, 'bundle.tar.xz')
    const fromDisk = await loadCase([archive])
    const bytes = readFileSync(archive)
    const fromMemory = await loadCase([], { memoryFiles: [{ name: 'bundle.tar.xz', bytes, mtimeMs: null }] })
    expect(essence(fromMemory.analysis, 'bundle.tar.xz')).toEqual(essence(fromDisk.analysis, archive))
    expect(fromMemory.analysis.events.length).toBe(fromDisk.analysis.events.length)
  })

  it('reads raw lines back from memory, members included, and nothing outside the case', async () => {
    const bytes = readFileSync(join(dir, 'bundle.tar.xz'))
    const loaded = await loadCase([], { memoryFiles: [{ name: 'bundle.tar.xz', bytes, mtimeMs: null }] })
    const event = loaded.analysis.events.find((e) => e.event.path.endsWith('var/log/messages'))!.event
    const physical = readFileSync(join(CORPUS, LOG), 'utf8').split('\n')
    const lines = await loaded.readLines(event.path, event.line, event.line + 1)
    expect(lines.map((l) => l.text)).toEqual([physical[event.line - 1], physical[event.line]])
    await expect(loaded.readLines('/etc/passwd', 1, 2)).rejects.toThrow(/not part of this case/)
  })

  it('takes a paste (text with no file behind it) as a log', async () => {
    const text = readFileSync(join(CORPUS, LOG))
    const loaded = await loadCase([], { memoryFiles: [{ name: 'pasted-1.txt', bytes: text, mtimeMs: null }] })
    const byPath = await loadCase([join(CORPUS, LOG)])
    expect(loaded.analysis.events.map((e) => [e.event.path, e.event.line])).toEqual(
      byPath.analysis.events.map((e) => ['pasted-1.txt', e.event.line]),
    )
  })
})
