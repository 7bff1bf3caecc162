import { describe, expect, it } from 'vitest'
import { parseSlabinfo } from '../../../../shared/parse/proc/slabinfo'
import { collector, lines, setsWith } from './proc-corpus'

describe('slabinfo', () => {
  it.each(setsWith('slabinfo'))('reads every cache of %s when parsing the corpus file', (_set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parseSlabinfo('slabinfo', text, onIssue)
    expect(issues).toEqual([])
    expect(d.version).toBe('2.1')
    const rows = lines(text).slice(2)
    expect(d.caches.map((c) => c.name)).toEqual(rows.map((r) => r.split(/\s+/)[0]))
    const first = rows[0]!.split(/\s+/)
    expect(d.caches[0]).toMatchObject({
      activeObjs: Number(first[1]),
      numObjs: Number(first[2]),
      objSizeBytes: Number(first[3]),
    })
  })
})
