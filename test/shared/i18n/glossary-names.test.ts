// The numbers the analysis names in its own words (finding facts, ledger buckets) find their glossary
// entry, over every corpus log and seed: a kernel counter or field explains itself wherever it is shown.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { GLOSSARY } from '../../../shared/i18n/glossary'
import { glossaryKeyOfName } from '../../../shared/i18n/glossary/named-number'
import { CORPUS_AND_SEEDS } from '../../corpus/support/corpus-files'
import { parseText } from '../../../shared/parse'
import { GIVEN } from '../../support/given'

/** OOMLens's own quantities: margins, sums and shares of counters, holders by name — no kernel entry. */
const OWN =
  /margin|watermark for this request|unaccounted|^page size$|\+ shmem|excl\. shmem|^(anon|file)$|^LRU |median interval|free on other nodes|^memmap_highmem$|reserved after boot|page tables$|^(balloon|cma_in_use|zspages)$| kills$/

function shownNames(): { facts: Set<string>; buckets: Set<string> } {
  const facts = new Set<string>()
  const buckets = new Set<string>()
  for (const file of CORPUS_AND_SEEDS) {
    const parsed = parseText(file, readFileSync(join(GIVEN, file), 'utf8'))
    const a = analyzeCase({ inputs: [], ...parsed })
    for (const f of [...a.caseFindings, ...a.events.flatMap((e) => e.findings)])
      for (const x of f.facts ?? []) facts.add(x.name)
    for (const e of a.events)
      for (const l of e.model.memoryBalance?.ledgers ?? []) for (const b of l.buckets) buckets.add(b.name)
  }
  return { facts, buckets }
}

describe('the glossary entry of a named number', () => {
  it('resolves every kernel-named fact and ledger bucket of the corpus; only OOMLens terms have none', () => {
    const { facts, buckets } = shownNames()
    expect(facts.size).toBeGreaterThan(30)
    expect(buckets.size).toBeGreaterThan(15)
    const unexplained = [...facts, ...buckets].filter((n) => glossaryKeyOfName(n) === null && !OWN.test(n))
    expect(unexplained).toEqual([])
    // And the OOMLens terms are not given a kernel entry by accident.
    const misnamed = [...facts, ...buckets].filter((n) => OWN.test(n) && glossaryKeyOfName(n) !== null)
    expect(misnamed).toEqual([])
    for (const n of [...facts, ...buckets]) {
      const key = glossaryKeyOfName(n)
      if (key) expect(GLOSSARY[key], n).toBeDefined()
    }
  })

  it.each([
    ['Node 0 Normal min', 'zone:min'],
    ['DMA32 lowmem_reserve', 'zone:lowmem_reserve'],
    ['lowmem managed', 'zone:managed'],
    ['isolated(anon)', 'counter:isolated_anon'],
    ['slab', 'counter:slab'],
    ['memcg failcnt', 'memcg:failcnt'],
    ['memcg shmem', 'counter:shmem'],
    ['swap total', 'meminfo:SwapTotal'],
    ['isolated(file)', 'counter:isolated_file'],
    ['balloon', null],
    ['anon + shmem', null],
    ['Normal watermark for this request', null],
  ])('%s → %s', (name, key) => {
    expect(glossaryKeyOfName(name)).toBe(key)
  })
})
