import { copyFileSync, mkdirSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCase } from '../../../electron/node/case-service'
import { summarizeCase } from '../../../shared/api/summarize-case'
import { CORPUS, makeTempDir, removeDir } from './input/build-fixtures'

const PROC = join(CORPUS, 'proc')
const SETS = ['ubuntu-12.04-3.2.0-58-i7', 'rhcos-4.18.0-80-xeon']
// Two captures a day apart, as a sosreport taken on two days would keep them.
const TIMES = [Date.UTC(2026, 0, 1, 12), Date.UTC(2026, 0, 2, 12)]

let dir: string
beforeAll(() => {
  dir = makeTempDir()
  SETS.forEach((set, i) => {
    mkdirSync(join(dir, `capture${i}`), { recursive: true })
    const file = join(dir, `capture${i}`, 'meminfo')
    copyFileSync(join(PROC, set, 'meminfo'), file)
    utimesSync(file, TIMES[i]! / 1000, TIMES[i]! / 1000)
  })
})
afterAll(() => removeDir(dir))

describe('snapshot time', () => {
  it('dates an undated /proc snapshot by its modification time and says so', async () => {
    const { analysis } = await loadCase([dir])
    const times = analysis.snapshots.map((s) => s.time).sort()
    expect(times).toEqual(TIMES.map((t) => new Date(t).toISOString()))
    const notes = analysis.issues.filter((i) => i.code === 'snapshot-time-from-mtime')
    expect(notes).toHaveLength(2)
    expect(notes.every((n) => n.severity === 'info')).toBe(true)
  })

  it('gives the timeline a MemFree lane with one sample per capture', async () => {
    const { analysis } = await loadCase([dir])
    const lane = summarizeCase('c1', [dir], analysis).timeline.counterLanes.find((l) => l.id === 'MemFree')
    expect(lane?.samples.map((s) => s.tMs)).toEqual(TIMES)
  })
})
