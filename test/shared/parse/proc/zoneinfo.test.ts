import { describe, expect, it } from 'vitest'
import { parseZoneinfo } from '../../../../shared/parse/proc/zoneinfo'
import { collector, setsWith } from './proc-corpus'

describe('zoneinfo', () => {
  it.each(setsWith('zoneinfo'))('reads every zone of %s when parsing the corpus file', (set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parseZoneinfo('zoneinfo', text, onIssue)
    // rhcos 4.18 prints one counter without a name: kept, with an info issue.
    expect(issues.map((i) => i.code)).toEqual(set.startsWith('rhcos') ? ['unnamed-counter'] : [])
    expect(d.zones.map((z) => z.zone)).toEqual([...text.matchAll(/^Node \d+, zone\s+(\S+)$/gm)].map((m) => m[1]))
    expect(d.zones.map((z) => z.fields['free'])).toEqual(
      [...text.matchAll(/pages free\s+(\d+)/g)].map((m) => Number(m[1])),
    )
    expect(d.zones.map((z) => z.fields['min'])).toEqual(
      [...text.matchAll(/^\s+min\s+(\d+)$/gm)].map((m) => Number(m[1])),
    )
    const protections = [...text.matchAll(/protection: \(([^)]*)\)/g)].map((m) => m[1]!.split(', ').map(Number))
    expect(d.zones.filter((z) => z.protection).map((z) => z.protection)).toEqual(protections)
  })

  it('separates per-node stats from zone fields when parsing a ≥ 4.8 file', () => {
    const [, text] = setsWith('zoneinfo').find(([s]) => s.startsWith('this-machine'))!
    const { data: d } = parseZoneinfo('zoneinfo', text, () => {})
    expect(d.nodeStats[0]).toMatchObject({ nr_inactive_anon: 908, nr_active_anon: 378 })
    expect(d.zones[0]).toMatchObject({
      zone: 'DMA',
      fields: { free: 3840, boost: 0, min: 36, managed: 3840, start_pfn: 1 },
    })
    expect(d.zones[0]?.pagesets[0]).toEqual({
      cpu: 0,
      fields: { count: 0, high: 0, batch: 1, high_min: 22, high_max: 240, 'vm stats threshold': 4 },
    })
  })

  it('skips, and names, a protection line whose slot is not one integer, and reads the corpus line the kernel printed', () => {
    const [, text] = setsWith('zoneinfo').find(([s]) => s.startsWith('this-machine'))!
    const first = /protection: \(([^)]*)\)/.exec(text)!
    const line = text.slice(0, first.index).split('\n').length
    for (const bad of ['0, 1 2, 3', '0, , 3', '']) {
      const { issues, onIssue } = collector()
      const { data: d } = parseZoneinfo('zoneinfo', text.replace(first[0], `protection: (${bad})`), onIssue)
      expect(d.zones[0]?.protection, bad).toBeNull()
      expect(
        issues.map((i) => [i.code, i.line]),
        bad,
      ).toContainEqual(['unrecognised-line', line])
      expect(d.zones[1]?.protection?.every(Number.isFinite)).toBe(true)
    }
    expect(parseZoneinfo('zoneinfo', text, () => {}).data.zones[0]?.protection).toEqual(
      first[1]!.split(', ').map(Number),
    )
  })
})
