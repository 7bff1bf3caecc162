import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MarkerSearch } from '../../../../electron/node/input/marker-search'
import { reportStartAnchors } from '../../../../electron/node/input/report-window'
import { corpusText } from './build-fixtures'

const ANCHORS = reportStartAnchors()!

/** Every anchor start in buf, by plain indexOf of each whole anchor. */
function naive(buf: Buffer): number[] {
  const out = new Set<number>()
  for (const a of ANCHORS) for (let at = buf.indexOf(a); at !== -1; at = buf.indexOf(a, at + 1)) out.add(at)
  return [...out].sort((x, y) => x - y)
}

function all(search: MarkerSearch, buf: Buffer): number[] {
  const out: number[] = []
  search.forget()
  for (let at = search.find(buf, 0, buf.length); at !== -1; at = search.find(buf, at + 1, buf.length)) out.push(at)
  return out
}

describe('marker-search', () => {
  it('finds exactly the anchors plain indexOf finds, whatever the input taught it about rare bytes', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...ANCHORS.map((a) => a.toString('latin1'))),
      fc.constantFrom(...ANCHORS.map((a) => a.toString('latin1').slice(1, -1))),
      fc.string({ unit: fc.constantFrom(...'kilerfacusp MOn-oom\n'), maxLength: 12 }),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(pieces, { maxLength: 10 }), (body, sample) => {
        const buf = Buffer.from(body.join(''), 'latin1')
        const search = new MarkerSearch(ANCHORS)
        search.learn(Buffer.from(sample.join(''), 'latin1'))
        expect(all(search, buf)).toEqual(naive(buf))
      }),
    )
  })

  it('finds every report start of a corpus log, learned from the log itself', () => {
    const buf = Buffer.from(corpusText('042-x86-5.19-debian-btrfs-md5sum.log').repeat(3))
    const search = new MarkerSearch(ANCHORS)
    search.learn(buf)
    const found = all(search, buf)
    expect(found.length).toBeGreaterThan(0)
    expect(found).toEqual(naive(buf))
  })

  it('stops at the end bound and resumes from a later start on the same buffer', () => {
    const text = Buffer.from('x invoked oom-killer: a\nKilled process 12 (a)\nx invoked oom-killer: b\n')
    const search = new MarkerSearch(ANCHORS)
    search.learn(text)
    const starts = naive(text) // one anchor per line here, whatever the anchor list is
    expect(starts).toHaveLength(3)
    const [first, second, third] = starts as [number, number, number]
    expect(search.find(text, 0, first)).toBe(-1)
    expect(search.find(text, 0, text.length)).toBe(first)
    expect(search.find(text, first + 1, text.length)).toBe(second)
    expect(search.find(text, second + 1, text.length)).toBe(third)
  })
})
