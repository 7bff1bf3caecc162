import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { counterSeries } from '../../../shared/api/counter-series'
import type { Snapshot } from '../../../shared/event/types'
import { parseSnapshot } from '../../../shared/parse/proc/parse-snapshot'

const PROC = '/work/shared/corpus/public/proc'
const MACHINES = ['debian-11-5.10.0-10-qemu', 'zte-router-armv7-4.1.25', 'this-machine-6.18.44-fc-x86_64']

/** The kB value of one counter as the file prints it (`MemFree:  123 kB`). */
const printedKb = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text)?.[1])

function snapshot(machine: string, time: string | null): { snap: Snapshot; text: string } {
  const path = join(PROC, machine, 'meminfo')
  const text = readFileSync(path, 'utf8')
  const snap = parseSnapshot(path, 'meminfo', text, () => undefined)
  if (!snap) throw new Error(`${path} did not parse`)
  return { snap: { ...snap, time }, text }
}

describe('counter-series', () => {
  it('makes one time-ordered lane per counter from dated meminfo snapshots', () => {
    const times = ['2026-11-22T10:00:00Z', '2026-11-22T09:00:00Z', '2026-11-22T11:00:00Z']
    const inputs = MACHINES.map((m, i) => snapshot(m, times[i] ?? null))
    const lanes = counterSeries(inputs.map((i) => i.snap))
    const memFree = lanes.find((l) => l.name === 'MemFree')
    expect(memFree?.samples.map((s) => s.time)).toEqual([...times].sort())
    const byTime = [1, 0, 2].map((i) => inputs[i])
    expect(memFree?.samples.map((s) => s.kb)).toEqual(byTime.map((i) => printedKb(i?.text ?? '', 'MemFree')))
    expect(memFree?.samples[0]?.path).toBe(join(PROC, MACHINES[1] ?? '', 'meminfo'))
    expect(lanes.find((l) => l.name === 'Slab')?.samples).toHaveLength(3)
    expect(lanes.every((l) => l.unit === 'kB' && l.samples.length > 0)).toBe(true)
  })

  it('leaves out undated snapshots and other kinds, since a lane needs a time axis', () => {
    const undated = snapshot(MACHINES[0] ?? '', null).snap
    const other: Snapshot = { path: '/x/vmstat', kind: 'vmstat', time: '2026-11-22T10:00:00Z', data: { MemFree: 1 } }
    expect(counterSeries([undated, other])).toEqual([])
  })
})
