import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import type { MemEvent } from '../../../../shared/event/types'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath, findingOf, firstEvent } from '../real-events'
import { phraseParams } from '../../../support/finding-phrases'

describe('memcg-limit', () => {
  it('gives usage, limit and failcnt when the v1 cgroup /leaker of 009 hits 512 MiB', () => {
    const f = findingOf(analyse(corpusPath('009'))[0]!, 'memcg-limit')
    expect(f.detailKey).toBe('finding.memcg-limit.detail')
    expect(f.params).toMatchObject({ path: '/leaker', usage: 524288, limit: 524288, failcnt: 1240247 })
    expect(f.recommendationKeys).toContainEqual({ key: 'rec.memcg-limit.chronic', params: { failcnt: 1240247 } })
  })

  it('splits the usage into anon, page cache, kernel and swap when the v1 stats print them (KB)', () => {
    const f = findingOf(analyse(corpusPath('009'))[0]!, 'memcg-limit')
    expect(phraseParams(f, 'phrase.memcg-composition')).toMatchObject({ anon: 516948, file: 80 })
    expect(phraseParams(f, 'phrase.memcg-kernel')).toEqual({ kb: 7260 })
    expect(phraseParams(f, 'phrase.memcg-swap')).toEqual({ kb: 2068268 })
  })

  it('reads v2 stats in bytes when 019 prints kernel_stack and slab', () => {
    const f = findingOf(analyse(corpusPath('019'))[0]!, 'memcg-limit')
    expect(phraseParams(f, 'phrase.memcg-kernel')).toEqual({ kb: 304 }) // (36864 + 274432) bytes
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
    expect(f.detailKey).toBe('finding.memcg-limit.detail-memsw')
    expect(f.facts?.find((x) => x.name === 'memcg memory+swap usage')?.value).toBe(204800)
    expect(f.params).toMatchObject({ ramUsage: 53824, ramLimit: 102400 })
    expect(f.recommendationKeys[0]?.key).toBe('rec.memcg-limit.raise-memsw')
  })

  it('says the whole container was killed and the limit was a pod’s when 117 sets memory.oom.group under kubepods', () => {
    const [a] = analyse(corpusPath('117'))
    const f = findingOf(a!, 'memcg-limit')
    const group = phraseParams(f, 'phrase.memcg-oom-group')
    expect(group.path).toMatch(/cri-containerd-85d3a7f5db9b/)
    expect(group.count).toBeGreaterThan(1)
    expect(phraseParams(f, 'phrase.memcg-owner-pod')).toEqual({})
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
    expect(f.params).toMatchObject({ path: '/test1', kb: 177456 })
  })

  it("proves a memcg OOM from the model's charge frame when 019 loses its memcg lines, citing the frame", () => {
    const event = firstEvent(corpusPath('019'))
    const cut: MemEvent = { ...event, kind: 'oom', memcg: null, oomKill: null }
    const f = diagnoseEvent(cut, analyzeModel(cut), 'en').find((x) => x.code === 'memcg-limit')
    expect(f?.evidence.find((e) => e.role === 'memcg charge')?.text).toMatch(/mem_cgroup_out_of_memory\+0xb7\/0xc0/)
  })
})
