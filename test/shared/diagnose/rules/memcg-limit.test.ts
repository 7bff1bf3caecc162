import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf } from '../real-events'

describe('memcg-limit', () => {
  it('gives usage, limit and failcnt when the v1 cgroup /leaker of 009 hits 512 MiB', () => {
    const f = findingOf(analyse(corpusPath('009'))[0]!, 'memcg-limit')
    expect(f.detail).toContain(
      '/leaker reached its limit: usage 524,288 kB (512.0 MiB) of a limit of 524,288 kB (512.0 MiB)',
    )
    expect(f.recommendations).toContainEqual(expect.stringMatching(/^failcnt 1,240,247/))
  })

  it('splits the usage into anon, page cache, kernel and swap when the v1 stats print them (KB)', () => {
    const f = findingOf(analyse(corpusPath('009'))[0]!, 'memcg-limit')
    expect(f.detail).toContain('anonymous memory 516,948 kB')
    expect(f.detail).toContain('kernel memory 7,260 kB')
    expect(f.detail).toContain('2,068,268 kB (1.97 GiB) swapped out')
  })

  it('reads v2 stats in bytes when 019 prints kernel_stack and slab', () => {
    const f = findingOf(analyse(corpusPath('019'))[0]!, 'memcg-limit')
    expect(f.detail).toContain('kernel memory 304 kB') // (36864 + 274432) bytes
  })

  it('reads the v2 memory line when 019 limits /foo to 1 MiB', () => {
    const f = findingOf(analyse(corpusPath('019'))[0]!, 'memcg-limit')
    expect(f.evidence.some((e) => e.text === 'memory: usage 1024kB, limit 1024kB, failcnt 75131')).toBe(true)
  })
})
