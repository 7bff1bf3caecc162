import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { orderEvents } from '../../../shared/parse/order-events'
import { parseText } from '../../../shared/parse'

const base = parseText('x', 'a invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0').events[0]!
const ev = (
  path: string,
  line: number,
  time: string | null,
  uptime: number | null,
  host: string | null = null,
): MemEvent => ({ ...base, path, line, time, uptime, host, id: 'p' })

describe('orderEvents', () => {
  it('orders by wall time, then file position, then uptime across files, and numbers e1..eN', () => {
    const out = orderEvents([
      ev('b', 1, '2020-01-02T00:00:00', null),
      ev('a', 9, '2020-01-01T00:00:00', null),
      ev('c', 5, null, 50),
      ev('c', 2, null, 900),
      ev('d', 1, null, 10),
    ])
    expect(out.map((e) => [e.id, e.path, e.line])).toEqual([
      ['e1', 'a', 9],
      ['e2', 'b', 1],
      ['e3', 'd', 1],
      ['e4', 'c', 2],
      ['e5', 'c', 5],
    ])
  })
  it('does not change its input', () => {
    const input = [ev('a', 2, null, null), ev('a', 1, null, null)]
    orderEvents(input)
    expect(input.map((e) => e.line)).toEqual([2, 1])
  })
})
