import { describe, expect, it } from 'vitest'
import { parseBuddyinfo } from '../../../../shared/parse/proc/buddyinfo'
import { parsePagetypeinfo } from '../../../../shared/parse/proc/pagetypeinfo'
import { collector, lines, setsWith } from './proc-corpus'

describe('buddyinfo', () => {
  it.each(setsWith('buddyinfo'))('reads every zone of %s when parsing the corpus file', (_set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parseBuddyinfo('buddyinfo', text, onIssue)
    expect(issues).toEqual([])
    expect(d.zones.map((z) => [z.zone, ...z.counts])).toEqual(
      lines(text).map((l) =>
        l
          .replace(/^Node \d+, zone\s+/, '')
          .trim()
          .split(/\s+/)
          .map((t, i) => (i === 0 ? t : Number(t))),
      ),
    )
  })

  it('equals the per-type sums of pagetypeinfo when both were captured together', () => {
    const [, buddyText] = setsWith('buddyinfo').find(([s]) => s.startsWith('this-machine'))!
    const [, typeText] = setsWith('pagetypeinfo').find(([s]) => s.startsWith('this-machine'))!
    const buddy = parseBuddyinfo('b', buddyText, () => {}).data
    const types = parsePagetypeinfo('p', typeText, () => {}).data
    for (const z of buddy.zones) {
      const rows = types.free.filter((r) => r.zone === z.zone)
      const sums = z.counts.map((_, order) => rows.reduce((s, r) => s + (r.counts[order] ?? 0), 0))
      expect(sums).toEqual(z.counts)
    }
  })
})
