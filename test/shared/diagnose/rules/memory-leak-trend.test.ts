// memory-leak-trend over /proc/meminfo snapshots: every real meminfo of the corpus, copied and dated,
// with a leak written into the copies the way the kernel would print it.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AnalysisJson } from '../../../../shared/contract/types'
import { buildCaseFinding } from '../../../../shared/diagnose/build-case-finding'
import { memoryLeakTrend as leakRule } from '../../../../shared/diagnose/rules/memory-leak-trend'
import type { MemEvent } from '../../../../shared/event/types'
import type { Snapshot } from '../../../../shared/event/snapshot'
import { parseSnapshot } from '../../../../shared/parse/proc/parse-snapshot'
import { runOomlens } from '../../../support/run-oomlens'
import { PROC, setsWith } from '../../parse/proc/proc-corpus'

/** The rule's findings as the diagnosis builds them (evidence cited, in source order). */
const memoryLeakTrend = (events: readonly MemEvent[], snaps: readonly Snapshot[]) =>
  leakRule(events, snaps).flatMap((spec) => buildCaseFinding('en', spec) ?? [])

const HOUR_MS = 3_600_000
const START = Date.parse('2024-03-01T00:00:00Z')

/** The meminfo text with `key`'s value moved by `deltaKb`; unchanged when the kernel prints no `key`. */
function shifted(text: string, key: string, deltaKb: number): string {
  const line = new RegExp(`^(${key}:\\s+)(\\d+)( kB)$`, 'm')
  return text.replace(line, (_m, head: string, v: string, tail: string) => `${head}${Number(v) + deltaKb}${tail}`)
}

const value = (text: string, key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1])

/**
 * A machine that loses `lossKb` to a leak: anonymous memory grows and available memory shrinks by the
 * same amount (leaked pages are neither free nor reclaimable). The pages come from free memory while
 * there is plenty; past half of it the kernel reclaims page cache instead.
 */
function leaked(text: string, lossKb: number): string {
  const fromFree = Math.min(lossKb, Math.floor(value(text, 'MemFree') / 2))
  const fromCache = lossKb - fromFree
  const out = shifted(shifted(shifted(text, 'MemFree', -fromFree), 'Cached', -fromCache), 'AnonPages', lossKb)
  return shifted(out, 'MemAvailable', -lossKb)
}

/** A kernel-side leak: unreclaimable slab grows by `lossKb`, and available memory shrinks by as much. */
function slabLeaked(text: string, lossKb: number): string {
  const grown = shifted(shifted(text, 'SUnreclaim', lossKb), 'Slab', lossKb)
  return leaked(grown, lossKb).replace(/^(AnonPages:\s+)\d+/m, (_m, head: string) => head + value(text, 'AnonPages'))
}

/** A machine that only fills its page cache: MemFree shrinks, Cached grows, MemAvailable stays. */
function cached(text: string, kb: number): string {
  return shifted(shifted(text, 'MemFree', -kb), 'Cached', kb)
}

function snapshot(path: string, text: string, hour: number): Snapshot {
  const parsed = parseSnapshot(path, 'meminfo', text, () => {})
  if (!parsed) throw new Error(`${path} did not parse as meminfo`)
  return { ...parsed, time: new Date(START + hour * HOUR_MS).toISOString() }
}

const memTotal = (text: string): number => value(text, 'MemTotal')
const lineOf = (text: string, key: string): number => text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1

// Every real meminfo of the corpus: kernels 3.2 (no MemAvailable) to 6.18.
const SETS = setsWith('meminfo')

describe('memory-leak-trend over meminfo snapshots', () => {
  it.each(SETS)('finds the leak in dated copies of %s and cites the line of every sample', (set, text) => {
    // Three samples an hour apart, each 6 % of MemTotal lower: 12 % in all, past the 10 % threshold.
    const step = Math.ceil(memTotal(text) * 0.06)
    const key = /^MemAvailable:/m.test(text) ? 'MemAvailable' : 'MemFree'
    const texts = [0, 1, 2].map((i) => leaked(text, i * step))
    const snaps = texts.map((t, i) => snapshot(`${set}/meminfo.${i}`, t, i))
    const findings = memoryLeakTrend([], snaps)
    expect(findings.map((f) => f.code)).toEqual(['memory-leak-trend'])
    const [f] = findings
    const line = lineOf(text, key)
    expect(f!.evidence.map((e) => [e.path, e.line, e.text])).toEqual(
      texts.map((t, i) => [`${set}/meminfo.${i}`, line, t.split('\n')[line - 1]]),
    )
    const printed = texts.map((t) => value(t, key))
    expect(f!.facts?.map((x) => [x.name, x.value])).toEqual(printed.map((v) => [key, v]))
    expect(printed[0]! - printed[2]!).toBe(2 * step)
    expect(f!.evidence.map((e) => e.role)).toEqual([key, key, key])
  })

  it.each(SETS)('finds the same leak in %s whatever order the snapshots are given in', (set, text) => {
    const step = Math.ceil(memTotal(text) * 0.06)
    const snaps = [0, 1, 2].map((i) => snapshot(`${set}/meminfo.${i}`, leaked(text, i * step), i))
    const forward = memoryLeakTrend([], snaps)
    expect(memoryLeakTrend([], [snaps[2]!, snaps[0]!, snaps[1]!])).toEqual(forward)
  })

  it.each(SETS)('stays silent on %s when the total loss is under 10 % of MemTotal', (set, text) => {
    const step = Math.floor(memTotal(text) * 0.045)
    const snaps = [0, 1, 2].map((i) => snapshot(`${set}/meminfo.${i}`, leaked(text, i * step), i))
    expect(memoryLeakTrend([], snaps)).toEqual([])
  })

  it.each(SETS)('stays silent on %s when one sample in the middle gives memory back', (set, text) => {
    const step = Math.ceil(memTotal(text) * 0.06)
    const losses = [0, 2 * step, step, 3 * step]
    const snaps = losses.map((loss, i) => snapshot(`${set}/meminfo.${i}`, leaked(text, loss), i))
    expect(memoryLeakTrend([], snaps)).toEqual([])
  })

  // Sets whose machine had enough free memory for the cache to grow by 12 % of it.
  const roomForCache = SETS.filter(([, t]) => /^MemAvailable:/m.test(t) && value(t, 'MemFree') > memTotal(t) * 0.12)
  it('has sets with room for the page cache to grow', () => expect(roomForCache.length).toBeGreaterThan(1))
  it.each(roomForCache)('stays silent on %s when only the page cache grows (MemAvailable unchanged)', (set, text) => {
    const step = Math.ceil(memTotal(text) * 0.06)
    const snaps = [0, 1, 2].map((i) => snapshot(`${set}/meminfo.${i}`, cached(text, i * step), i))
    // MemFree did fall by 12 % of memory: the kernel filled idle memory with cache, nothing was lost.
    const free = snaps.map((s) => (s.kind === 'meminfo' ? s.data.values['MemFree'] : undefined))
    expect(free[0]! - free[2]!).toBe(2 * step)
    expect(memoryLeakTrend([], snaps)).toEqual([])
  })

  it.each(SETS)('names the slab, once, when %s leaks unreclaimable slab', (set, text) => {
    const step = Math.ceil(memTotal(text) * 0.06)
    const texts = [0, 1, 2].map((i) => slabLeaked(text, i * step))
    const findings = memoryLeakTrend(
      [],
      texts.map((t, i) => snapshot(`${set}/meminfo.${i}`, t, i)),
    )
    // Available memory fell by as much, but the slab finding already says where it went.
    expect(findings).toHaveLength(1)
    const line = lineOf(text, 'SUnreclaim')
    expect(findings[0]!.evidence.map((e) => [e.line, e.text])).toEqual(
      texts.map((t) => [line, t.split('\n')[line - 1]]),
    )
    expect(findings[0]!.facts?.map((f) => [f.name, f.value])).toEqual(
      texts.map((t) => ['SUnreclaim', value(t, 'SUnreclaim')]),
    )
  })

  it('keeps two NUMA nodes apart: one leaking node fires, its steady neighbour does not join it', () => {
    const [set, text] = SETS.find(([s]) => s.startsWith('debian'))!
    const node = (n: number, body: string): string =>
      body
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => `Node ${n} ${l}`)
        .join('\n')
    const step = Math.ceil(memTotal(text) * 0.06)
    const snaps = [0, 1, 2].flatMap((i) => [
      snapshot(`${set}/node0/meminfo.${i}`, node(0, leaked(text, i * step)), i),
      snapshot(`${set}/node1/meminfo.${i}`, node(1, text), i),
    ])
    const findings = memoryLeakTrend([], snaps)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.evidence.every((e) => e.path.includes('/node0/'))).toBe(true)
  })
})

describe('memory-leak-trend through the oomlens command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-leak-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('dates copied /proc/meminfo files by their modification time and cites their lines in the JSON', () => {
    const source = `${PROC}/debian-11-5.10.0-10-qemu/meminfo`
    const text = readFileSync(source, 'utf8')
    const step = Math.ceil(memTotal(text) * 0.06)
    for (const i of [0, 1, 2]) {
      const file = join(dir, `meminfo-${i}`)
      writeFileSync(file, leaked(text, i * step))
      const at = new Date(START + i * HOUR_MS)
      utimesSync(file, at, at)
    }
    const r = runOomlens(['analyze', dir, '--json'])
    expect(r.stderr).toBe('')
    const json = JSON.parse(r.stdout) as AnalysisJson
    expect(json.snapshots.map((s) => [s.kind, s.time])).toEqual(
      [0, 1, 2].map((i) => ['meminfo', new Date(START + i * HOUR_MS).toISOString()]),
    )
    const line = lineOf(text, 'MemAvailable')
    expect(json.snapshots.map((s) => (s.lineOf as { values: Record<string, number> }).values['MemAvailable'])).toEqual([
      line,
      line,
      line,
    ])
    const leak = json.caseFindings.filter((f) => f.code === 'memory-leak-trend')
    expect(leak).toHaveLength(1)
    expect(leak[0]!.evidence.map((e) => [e.path.endsWith(`meminfo-${e.path.slice(-1)}`), e.line])).toEqual([
      [true, line],
      [true, line],
      [true, line],
    ])
  })
})
