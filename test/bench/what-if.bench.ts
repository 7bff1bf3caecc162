// Benchmark: runWhatIf over an 8-node event (corpus 022's three zones replicated on 8 nodes, its
// reserves and buddy lists kept), as the renderer calls it on every slider move. Budget: 2 ms.
import { readFileSync } from 'node:fs'
import type { MemEvent, Zone } from '../../shared/event/types'
import { analyzeModel, runWhatIf } from '../../shared/model/index'
import type { WhatIfSettings } from '../../shared/model/types'
import { parseText } from '../../shared/parse/parse-text'
import { GIVEN } from '../support/given'

function eightNodeEvent(): MemEvent {
  const read = (path: string): MemEvent => {
    const event = parseText(path, readFileSync(path, 'utf8')).events[0]
    if (!event) throw new Error(`no report in ${path}`)
    return event
  }
  const base = read(`${GIVEN}/corpus/public/022-x86-5.4-kvm-ceph-virtio-net-dmesgT.log`)
  const zones: Zone[] = []
  for (let node = 0; node < 8; node++) for (const z of base.zones) zones.push({ ...z, node })
  const seed = read(`${GIVEN}/seeds/002_9c88f0d9cad7f483.txt`)
  // A task table of realistic size: seed 002's rows repeated with fresh pids.
  const row = (i: number): MemEvent['tasks'][number] => seed.tasks[i % seed.tasks.length] as MemEvent['tasks'][number]
  const tasks = Array.from({ length: 300 }, (_, i) => ({ ...row(i), pid: 1000 + i }))
  return { ...base, zones, tasks }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0
}

export default async function run(): Promise<void> {
  const event = eightNodeEvent()
  const model = analyzeModel(event)
  const settings: WhatIfSettings[] = []
  for (let i = 0; i < 2000; i++) {
    settings.push({
      min_free_kbytes: 16384 + (i % 200) * 512,
      watermark_scale_factor: 10 + (i % 50) * 10,
      cma_kb: (i % 7) * 65536,
      swap_kb: (i % 5) * 1048576,
      oom_score_adj: { [1000 + (i % 300)]: -1000 },
    })
  }
  for (let i = 0; i < 200; i++) runWhatIf(event, model, settings[i] as WhatIfSettings) // warm-up
  const micros: number[] = []
  const cpuMicros: number[] = []
  const cpu0 = process.cpuUsage()
  const wall0 = performance.now()
  for (const s of settings) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    runWhatIf(event, model, s)
    micros.push((performance.now() - t0) * 1000)
    const c = process.cpuUsage(c0)
    cpuMicros.push(c.user + c.system)
  }
  cpuMicros.sort((a, b) => a - b)
  const cpu = process.cpuUsage(cpu0)
  const wallMicros = (performance.now() - wall0) * 1000
  const cpuPerCall = (cpu.user + cpu.system) / settings.length
  micros.sort((a, b) => a - b)
  // The common slider: min_free_kbytes alone (victim selection is reused, zones recomputed).
  const sliderMicros: number[] = []
  for (let i = 0; i < settings.length; i++) {
    const t0 = performance.now()
    runWhatIf(event, model, { min_free_kbytes: 16384 + (i % 400) * 256 })
    sliderMicros.push((performance.now() - t0) * 1000)
  }
  sliderMicros.sort((a, b) => a - b)
  const t0 = performance.now()
  analyzeModel(event)
  const analyzeMicros = (performance.now() - t0) * 1000
  const us = (x: number): string => `${x.toFixed(1)} µs`
  const max = micros[micros.length - 1] ?? 0
  console.log(`what-if (8 nodes, ${event.zones.length} zones, ${event.tasks.length} tasks, ${micros.length} runs):`)
  console.log(
    `  runWhatIf median ${us(percentile(micros, 50))}, p99 ${us(percentile(micros, 99))}, max ${us(max)} (budget 2000 µs)`,
  )
  console.log(
    `  min_free_kbytes slider only: median ${us(percentile(sliderMicros, 50))}, p99 ${us(percentile(sliderMicros, 99))}`,
  )
  // On a shared, loaded machine wall-clock percentiles include time the process was not scheduled;
  // CPU time per call is the figure that does not depend on the neighbours.
  const share = (((cpu.user + cpu.system) / wallMicros) * 100).toFixed(0)
  console.log(`  CPU time per call ${us(cpuPerCall)} (process CPU ${share} % of wall time)`)
  console.log(
    `  CPU time per call (getrusage): median ${us(percentile(cpuMicros, 50))}, p99 ${us(percentile(cpuMicros, 99))}`,
  )
  console.log(`  analyzeModel (once, cold-ish) ${us(analyzeMicros)}`)
}
