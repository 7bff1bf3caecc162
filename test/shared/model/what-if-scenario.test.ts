// The what-if verdict over every real event of the given material: outcomes and reasons derived here
// from the kernel's rules and the numbers each report printed, never written down per file.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import type { ModelResult } from '../../../shared/model/types'
import { whatIfKnobs } from '../../../shared/model/what-if-knobs'
import { runScenario } from '../../../shared/model/what-if-scenario'
import { parseText } from '../../../shared/parse/parse-text'
import { GIVEN } from '../../support/given'

interface Case {
  readonly name: string
  readonly event: MemEvent
  readonly model: ModelResult
}

function load(): Case[] {
  const out: Case[] = []
  for (const dir of ['seeds', 'corpus/public', 'corpus/public-2']) {
    for (const file of readdirSync(`${GIVEN}/${dir}`).filter((f) => /\.(log|txt)$/.test(f))) {
      const path = `${GIVEN}/${dir}/${file}`
      for (const event of parseText(path, readFileSync(path, 'utf8')).events) {
        out.push({ name: `${file} ${event.id}`, event, model: analyzeModel(event) })
      }
    }
  }
  return out
}

const cases = load()
const zoneCases = cases.filter((c) => c.model.allocation !== null && c.event.kind !== 'memcg-oom')
const memcgCases = cases.filter((c) => c.event.kind === 'memcg-oom' && c.event.memcg?.usageKb != null)

/** Every buddy line of the zone in the event, as printed: is there a block ≥ order in a migrate type the request may use? */
function printedBlockUsable(event: MemEvent, node: number, zone: string, order: number, cma: boolean): boolean | null {
  const z = event.zones.find((e) => e.node === node && e.zone === zone)
  if (!z?.buddy) return null
  for (let o = order; o < z.buddy.counts.length; o++) {
    if ((z.buddy.counts[o] ?? 0) === 0) continue
    const letters = z.buddy.types[o]
    if (letters === null || letters === undefined || /[UME]/.test(letters) || (cma && letters.includes('C')))
      return true
  }
  return false
}

describe('what-if verdict over the corpus', () => {
  it('has material to check: zone replays, cgroup OOMs, a panic_on_oom and an order failure', () => {
    expect(zoneCases.length).toBeGreaterThan(20)
    expect(memcgCases.length).toBeGreaterThan(5)
    expect(cases.some((c) => /panic_on_oom/.test(c.event.panic?.message ?? ''))).toBe(true)
  })

  it('replays every recorded zone failure as a refusal, never as a success', () => {
    for (const c of zoneCases) {
      const v = runScenario(c.event, c.model, {}).verdict
      expect(v.outcome, c.name).not.toBe('succeeds')
      expect(['fails', 'panics', 'no-kill'], c.name).toContain(v.outcome)
    }
  })

  it('names as the reason the term that decided the first zone of the zonelist the request may use', () => {
    for (const c of zoneCases) {
      const v = runScenario(c.event, c.model, {}).verdict
      const preferred = c.model.allocation?.zones.find((z) => z.allowed) ?? null
      const expected =
        preferred === null ? 'not-allowed' : preferred.decidingTerm === 'ok' ? null : preferred.decidingTerm
      expect(v.reason, c.name).toBe(expected)
    }
  })

  it('says `order` exactly where the free memory cleared the mark but the printed buddy line has no usable block of that order', () => {
    let seen = 0
    for (const c of zoneCases) {
      const v = runScenario(c.event, c.model, {}).verdict
      const z = v.zone
      if (!z || v.order === 0 || v.unexplained) continue
      const usable = printedBlockUsable(c.event, z.node, z.zone, v.order, c.model.allocation?.cmaEligible ?? false)
      if (usable === null) continue
      // Kernel ≥ 4.4 rule: order-0 test passed (margin > 0) and no free list of an allowed type has a block.
      if (z.check.marginKb > 0 && !usable) {
        expect(v.reason, c.name).toBe('order')
        expect(z.shortKb, c.name).toBe(0) // an order refusal is not "short" of memory
        seen++
      }
      if (v.reason === 'order') expect(usable, c.name).toBe(false)
    }
    expect(seen).toBeGreaterThan(3)
  })

  it('names a victim only where a kill would happen: never after a panic, never for an allocation failure', () => {
    for (const c of cases) {
      const v = runScenario(c.event, c.model, {}).verdict
      if (v.victim !== null) {
        expect(v.outcome, c.name).toBe('fails')
        expect(c.event.kind, c.name).not.toBe('alloc-failure')
      }
      const panic = c.event.panic?.message ?? ''
      if (/compulsory panic_on_oom/.test(panic) || (/system-wide panic_on_oom/.test(panic) && c.event.kind === 'oom')) {
        if (v.outcome !== 'unknown') expect(v.outcome, c.name).toBe('panics')
        expect(v.victim, c.name).toBeNull()
      }
    }
  })

  it('refuses a cgroup charge exactly when usage + 2^order pages exceed a printed limit', () => {
    for (const c of memcgCases) {
      const m = c.event.memcg
      if (!m || m.usageKb === null || m.limitKb === null) continue
      const charge = 2 ** Math.max(0, c.event.trigger.order ?? 0) * c.event.pageSizeKb
      const r = runScenario(c.event, c.model, {})
      const over = m.usageKb + charge > m.limitKb
      if (r.memcg?.limitedBy !== 'memsw') expect(r.memcg?.limitedBy === 'memory', c.name).toBe(over)
      if (over) expect(r.verdict.reason, c.name).toBe('memcg-limit')
      // A limit raised to usage + charge fits the memory counter; one kB less does not.
      if (over && r.memcg?.limitedBy === 'memory') {
        const at = runScenario(c.event, c.model, { memcg_limit_kb: m.usageKb + charge })
        const below = runScenario(c.event, c.model, { memcg_limit_kb: m.usageKb + charge - 1 })
        expect(at.memcg?.limitedBy, c.name).not.toBe('memory')
        expect(below.memcg?.limitedBy, c.name).toBe('memory')
      }
    }
  })
})

describe('what-if knobs and their values', () => {
  it('reproduces the recorded verdict exactly when a knob is moved and put back to its recorded value', () => {
    for (const c of [...zoneCases, ...memcgCases]) {
      const recorded = runScenario(c.event, c.model, {})
      for (const k of whatIfKnobs(c.event, c.model).knobs) {
        if (k.id === 'lowmem_reserve_ratio') continue // a list; covered by the settings test below
        const back = runScenario(c.event, c.model, { [k.id]: k.recorded })
        expect(back.recorded, `${c.name} ${k.id}`).toBe(true)
        expect(back.verdict, `${c.name} ${k.id}`).toEqual(recorded.verdict)
        expect(back.allocation, `${c.name} ${k.id}`).toEqual(recorded.allocation)
      }
    }
  })

  it('puts each flip point where the outcome changes: at the flip it differs, one step back it is the recorded one', () => {
    let flips = 0
    for (const c of [...zoneCases, ...memcgCases]) {
      const base = runScenario(c.event, c.model, {}).verdict.outcome
      for (const k of whatIfKnobs(c.event, c.model).knobs) {
        const flip = k.snaps.find((s) => s.kind === 'flip')
        if (!flip || k.id === 'lowmem_reserve_ratio') continue
        const back = flip.value > k.recorded ? flip.value - 1 : flip.value + 1
        const at = (value: number) => runScenario(c.event, c.model, { [k.id]: value }).verdict.outcome
        expect(at(flip.value), `${c.name} ${k.id}`).not.toBe(base)
        expect(at(back), `${c.name} ${k.id}`).toBe(base)
        flips++
      }
    }
    expect(flips).toBeGreaterThan(20)
  })

  it('offers watermark_scale_factor only from 4.6 and the boost factor only from 5.0, where a zone carried a boost', () => {
    for (const c of zoneCases) {
      const version = c.model.basis?.version ?? 0
      const ids = whatIfKnobs(c.event, c.model).knobs.map((k) => k.id)
      if (version < 4_006_000) expect(ids, c.name).not.toContain('watermark_scale_factor')
      if (version < 5_000_000) expect(ids, c.name).not.toContain('watermark_boost_factor')
      if (!(c.model.basis?.zones ?? []).some((z) => z.boostPages > 0))
        expect(ids, c.name).not.toContain('watermark_boost_factor')
    }
  })

  it('offers the cgroup files for a cgroup OOM and none of the zone sysctls', () => {
    for (const c of memcgCases) {
      const { knobs } = whatIfKnobs(c.event, c.model)
      for (const k of knobs) expect(k.id, c.name).toMatch(/^memcg_/)
      const limit = knobs.find((k) => k.id === 'memcg_limit_kb')
      if (limit) expect(limit.name).toMatch(/^memory\.(max|limit_in_bytes)$/)
    }
  })

  it('lowers watermarks with min_free_kbytes and never turns a refusal into a pass by raising it (boost aside)', () => {
    for (const c of zoneCases) {
      const k = whatIfKnobs(c.event, c.model).knobs.find((x) => x.id === 'min_free_kbytes')
      if (!k) continue
      const lower = runScenario(c.event, c.model, { min_free_kbytes: Math.floor(k.recorded / 2) })
      const higher = runScenario(c.event, c.model, { min_free_kbytes: k.recorded * 2 })
      lower.zones.forEach((z, i) => expect(z.minKb, c.name).toBeLessThanOrEqual(higher.zones[i]?.minKb ?? 0))
      // A write to the sysctl also clears every watermark boost (__setup_per_zone_wmarks, 5.0+), which
      // can lower a boosted mark even as min_free_kbytes rises.
      const boosted = (c.model.basis?.zones ?? []).some((z) => z.boostPages > 0)
      if (!c.model.allocation?.succeeds && !boosted) expect(higher.verdict.outcome, c.name).not.toBe('succeeds')
    }
  })
})

describe('what-if on the seeds the issue names', () => {
  const seed = (prefix: string) => {
    const c = cases.find((x) => x.name.startsWith(prefix))
    if (!c) throw new Error(`no ${prefix}`)
    return c
  }

  it('seed 004: panics as recorded with no victim; CMA 0 succeeds and empties free_cma', () => {
    const c = seed('004_')
    const recorded = runScenario(c.event, c.model, {})
    expect(recorded.verdict).toMatchObject({ outcome: 'panics', reason: 'cma', victim: null, panicOnOom: 2 })
    const noCma = runScenario(c.event, c.model, { cma_kb: 0 })
    expect(noCma.verdict.outcome).toBe('succeeds')
    expect(noCma.freeCmaKb.every((kb) => kb === 0)).toBe(true)
    expect(recorded.freeCmaKb.some((kb) => kb > 0)).toBe(true)
  })

  it('adding swap on an OOM whose request may reclaim: an estimate, covering the shortfall only with enough anon', () => {
    for (const c of zoneCases) {
      if (c.event.kind !== 'oom') continue
      const r = runScenario(c.event, c.model, { swap_kb: 4 * 1024 * 1024 })
      if (!r.swap) continue
      if (r.swap.covers) {
        expect(r.verdict).toMatchObject({ outcome: 'succeeds', estimate: true })
        expect(r.swap.canReclaim).toBe(true)
        expect(r.swap.reclaimableKb).toBeGreaterThanOrEqual(r.swap.shortfallKb)
      } else expect(r.verdict.outcome, c.name).not.toBe('succeeds')
      expect(r.swap.reclaimableKb).toBeLessThanOrEqual(r.swap.swappableKb)
    }
  })
})
