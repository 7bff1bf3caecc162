import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { parseText } from '../../../../shared/parse/index'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('no-swap, shmem-tmpfs, pagetable-bloat, panic-on-oom', () => {
  it('rates no swap as info for an allocation failure and as a warning for an OOM kill', () => {
    expect(findingOf(analyse(corpusPath('026'))[0]!, 'no-swap').severity).toBe('info')
    expect(findingOf(analyse(seedPath('003'))[0]!, 'no-swap').severity).toBe('warning')
    expect(
      findingOf(analyse(seedPath('003'))[0]!, 'no-swap').evidence.some((e) => /Total swap = 0kB$/.test(e.text)),
    ).toBe(true)
  })

  it('gives the tmpfs share when 033 fills 76 % of memory with shmem', () => {
    const f = findingOf(analyse(corpusPath('033'))[0]!, 'shmem-tmpfs')
    expect(f.params).toMatchObject({ kb: 168256, managed: 220688 })
    expect(f.params.pct).toBeCloseTo(0.762, 3)
  })

  it('names the task with the largest page tables when seed 003 runs Test06Unlimited', () => {
    const f = findingOf(analyse(seedPath('003'))[0]!, 'pagetable-bloat')
    expect(f.facts?.find((x) => x.name === 'Test06Unlimited page tables')?.value).toBe((155953 + 307) * 4)
    expect(f.recommendationKeys[0]).toEqual({
      key: 'rec.pagetable-bloat.task',
      params: { comm: 'Test06Unlimited', pid: 253, vm: 319378440 },
    })
  })

  it('recognises a compulsory panic when seed 004 prints panic_on_oom = 2', () => {
    const f = findingOf(analyse(seedPath('004'))[0]!, 'panic-on-oom')
    expect(f.detailKey).toBe('finding.panic-on-oom.detail-compulsory')
    expect(f.evidence.map((e) => e.text)).toContainEqual(expect.stringContaining('Kernel panic - not syncing'))
  })

  it("reads the panic of 119 from crash(8)'s banner when the pasted log stops before it, and from a banner after the log", () => {
    const f = findingOf(analyse(corpusPath('119'))[0]!, 'panic-on-oom')
    expect(f.params).toEqual({ message: 'Out of memory: system-wide panic_on_oom is enabled' })
    expect(f.evidence.map((e) => e.text)).toContainEqual(
      expect.stringMatching(/^ +PANIC: "Kernel panic - not syncing: Out of memory/),
    )
    // The same session with `sys` run after `log`: the banner stands below the report.
    const lines = readFileSync(corpusPath('119'), 'utf8').split('\n')
    const log = lines.findIndex((l) => /crash> log/.test(l))
    const moved = [...lines.slice(log), ...lines.slice(0, log)].join('\n')
    const [event] = parseText('119-moved.log', moved).events
    const codes = diagnoseEvent(event!, analyzeModel(event!), 'en').map((x) => x.code)
    expect(codes).toEqual(expect.arrayContaining(['panic-on-oom', 'memory-exhausted', 'no-swap']))
  })
})
