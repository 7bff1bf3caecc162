import { describe, expect, it } from 'vitest'
import { parsePagetypeinfo } from '../../../../shared/parse/proc/pagetypeinfo'
import { collector, setsWith } from './proc-corpus'

describe('pagetypeinfo', () => {
  it.each(setsWith('pagetypeinfo'))('reads every row of %s when parsing the corpus file', (_set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parsePagetypeinfo('pagetypeinfo', text, onIssue)
    expect(issues).toEqual([])
    expect(d.free).toHaveLength(text.match(/, type /g)?.length ?? -1)
    expect(d.blocks).toHaveLength(text.match(/^Node \d+, zone\s+\S+\s+\d/gm)?.length ?? -1)
    expect(d.pageBlockOrder).toBe(Number(/Page block order: (\d+)/.exec(text)?.[1]))
  })

  it('keeps the Reserve and CMA columns of a 4.1 kernel when parsing the router set', () => {
    const [, text] = setsWith('pagetypeinfo').find(([s]) => s.startsWith('zte'))!
    const { data: d } = parsePagetypeinfo('pagetypeinfo', text, () => {})
    expect(d.blockTypes).toEqual(['Unmovable', 'Reclaimable', 'Movable', 'Reserve', 'CMA', 'Isolate'])
    expect(d.blocks).toEqual([
      {
        node: 0,
        zone: 'Normal',
        counts: { Unmovable: 9, Reclaimable: 1, Movable: 21, Reserve: 1, CMA: 0, Isolate: 0 },
      },
    ])
    expect(d.free.find((r) => r.type === 'Reserve')?.counts).toEqual([1, 4, 5, 1, 2, 1, 0, 0, 1, 0, 0])
  })

  it('keeps HighAtomic when parsing a 6.18 set', () => {
    const [, text] = setsWith('pagetypeinfo').find(([s]) => s.startsWith('this-machine'))!
    const { data: d } = parsePagetypeinfo('pagetypeinfo', text, () => {})
    expect(d.blockTypes).toEqual(['Unmovable', 'Movable', 'Reclaimable', 'HighAtomic', 'Isolate'])
    expect(d.blocks.find((b) => b.zone === 'Normal')?.counts).toMatchObject({
      Unmovable: 99,
      Movable: 1676,
      Reclaimable: 145,
    })
  })
})
