import { describe, expect, it } from 'vitest'
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
    expect(f.detail).toContain('168,256 kB (164.3 MiB), 76.2 % of the 220,688 kB')
  })

  it('names the task with the largest page tables when seed 003 runs Test06Unlimited', () => {
    const f = findingOf(analyse(seedPath('003'))[0]!, 'pagetable-bloat')
    expect(f.facts?.find((x) => x.name === 'Test06Unlimited page tables')?.value).toBe((155953 + 307) * 4)
    expect(f.recommendations?.[0]).toContain('Test06Unlimited (253) maps 319,378,440 kB')
  })

  it('recognises a compulsory panic when seed 004 prints panic_on_oom = 2', () => {
    const f = findingOf(analyse(seedPath('004'))[0]!, 'panic-on-oom')
    expect(f.detail).toContain('vm.panic_on_oom = 2')
    expect(f.evidence.map((e) => e.text)).toContainEqual(expect.stringContaining('Kernel panic - not syncing'))
  })
})
