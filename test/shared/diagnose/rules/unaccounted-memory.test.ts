import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('unaccounted-memory', () => {
  it('blames the balloon and suggests a floor when virtio_balloon is in the call trace of seed 002', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'unaccounted-memory')
    expect(f.recommendations?.[0]).toMatch(/^Deflate the balloon/)
    expect(f.evidence.find((e) => e.role === 'balloon driver')?.text).toContain('virtballoon_oom_notify')
  })

  it('stays silent when the remainder is ordinary kernel overhead (4.9 % on 032, 12.5 % on 010)', () => {
    for (const n of ['032', '010', '022']) {
      expect(
        analyse(corpusPath(n))[0]?.findings.map((f) => f.code),
        n,
      ).not.toContain('unaccounted-memory')
    }
  })

  it('reports 3.5 GiB outside every counter when 035 resumes with a large untracked allocation', () => {
    const f = findingOf(analyse(corpusPath('035'))[0]!, 'unaccounted-memory')
    expect(f.detail).toMatch(/^Whole machine: managed 15,094,492 kB/)
    expect(f.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(15094492 - 11419268)
  })
})
