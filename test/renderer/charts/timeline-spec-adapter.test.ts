import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summarizeCase } from '../../../shared/api/summarize-case'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { parseText } from '../../../shared/parse'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { toTimelineConfig } from '../../../renderer/src/charts/timeline-config'
import { timelineSpecFromSummary } from '../../../renderer/src/charts/timeline-spec-adapter'
import { SAMPLES_DIR } from '../fixtures/sample-case'

const MEMINFO = '/work/shared/corpus/public/proc/debian-11-5.10.0-10-qemu/meminfo'
const SEED_000 = resolve(SAMPLES_DIR, 'seed-000-python-lowmem-syslog.log')
const SEED_003 = resolve(SAMPLES_DIR, 'seed-003-test06unlimited-pagetables-dmesg.log')

/** Seed 000 and a real /proc/meminfo, the snapshot dated the way a host dates it (file time). */
function summaryWithSnapshot(snapshotTime: string) {
  const log = parseText(SEED_000, readFileSync(SEED_000, 'utf8'), { year: 2017 })
  const snap = parseText(MEMINFO, readFileSync(MEMINFO, 'utf8'), { nameHint: 'meminfo' }).snapshots.map((s) => ({
    ...s,
    time: snapshotTime,
  }))
  const analysis = analyzeCase({ inputs: [], events: log.events, snapshots: snap, issues: [] })
  return summarizeCase('c1', [SEED_000, MEMINFO], analysis)
}

describe('timeline-spec-adapter', () => {
  it('draws counter lanes from dated meminfo snapshots on the same axis as the events', () => {
    const summary = summaryWithSnapshot('2017-02-02T05:00:00')
    const spec = timelineSpecFromSummary(summary, 'Timeline')
    const memFree = spec.counterLanes.find((l) => l.id === 'MemFree')
    const printed = Number(/MemFree:\s+(\d+) kB/.exec(readFileSync(MEMINFO, 'utf8'))?.[1])
    expect(memFree?.samples.map((s) => s.kb)).toEqual([printed])
    expect(spec.eventLanes.map((l) => l.id)).toEqual(['oom'])
    expect(spec.startMs).toBe(Date.parse(summary.events[0]?.time ?? ''))
    expect(spec.endMs).toBe(Date.parse('2017-02-02T05:00:00'))
    const config = toTimelineConfig(spec, LIGHT_CHART_THEME, { selectedId: null, laneLabel: (id) => id })
    expect(Object.keys(config.options?.scales ?? {})).toContain('kb')
  })

  it('leaves counters out when the events only have uptimes', () => {
    const log = parseText(SEED_003, readFileSync(SEED_003, 'utf8'))
    const analysis = analyzeCase({ inputs: [], events: log.events, snapshots: [], issues: [] })
    const spec = timelineSpecFromSummary(summarizeCase('c1', [], analysis), 'Timeline')
    expect(spec.timeBase).toBe('uptime')
    expect(spec.eventLanes[0]?.points[0]?.tMs).toBe((log.events[0]?.uptime ?? 0) * 1000)
    expect(spec.counterLanes).toEqual([])
  })
})
