import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import type { MemEvent } from '../../../../shared/event/types'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath, findingOf, firstEvent } from '../real-events'

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

describe('memcg-limit (which limit, whose cgroup)', () => {
  it('says memory+swap was the limit when 110 hits memsw at 200 MiB with RAM at 52.6 MiB of 100 MiB', () => {
    const [first] = analyse(corpusPath('110'))
    const f = findingOf(first!, 'memcg-limit')
    expect(f.detail).toContain('reached its memory+swap limit')
    expect(f.facts?.find((x) => x.name === 'memcg memory+swap usage')?.value).toBe(204800)
    expect(f.detail).toContain('RAM alone was at 53,824 kB')
    expect(f.recommendations?.[0]).toMatch(/memory\.memsw\.limit_in_bytes/)
  })

  it('says the whole container was killed and the limit was a pod’s when 117 sets memory.oom.group under kubepods', () => {
    const [a] = analyse(corpusPath('117'))
    const f = findingOf(a!, 'memcg-limit')
    expect(f.detail).toMatch(/memory\.oom\.group is set on .*cri-containerd-85d3a7f5db9b.*\(\d+ kills\)/)
    expect(f.detail).toContain('one pod’s')
    expect(f.evidence.some((e) => e.role === 'memory.oom.group')).toBe(true)
  })

  it('proves a cgroup OOM from the charge path when 105 lost its memcg lines to an elision', () => {
    const [a] = analyse(corpusPath('105'))
    expect(a!.findings.map((f) => f.code)).toEqual(['memcg-limit'])
  })

  it('finds the shmem the kill could not free inside /test1 when 121 charges 173 MiB of it', () => {
    const [first] = analyse(corpusPath('121'))
    const f = findingOf(first!, 'shmem-tmpfs')
    expect(f.facts?.find((x) => x.name === 'memcg shmem')?.value).toBe(177456)
    expect(f.detail).toContain('/test1')
  })

  it('proves a memcg OOM from the model\'s charge frame when 019 loses its memcg lines, citing the frame', () => {
    const event = firstEvent(corpusPath('019'))
    const cut: MemEvent = { ...event, kind: 'oom', memcg: null, oomKill: null }
    const f = diagnoseEvent(cut, analyzeModel(cut), 'en').find((x) => x.code === 'memcg-limit')
    expect(f?.evidence.find((e) => e.role === 'memcg charge')?.text).toMatch(/mem_cgroup_out_of_memory\+0xb7\/0xc0/)
  })
})
