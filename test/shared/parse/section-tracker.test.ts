import { describe, expect, it } from 'vitest'
import { SectionTracker } from '../../../shared/parse'

describe('SectionTracker', () => {
  it('says a task row belongs to a report whatever its prefix, and another program does not', () => {
    const t = new SectionTracker()
    for (const line of [
      'Feb 12 08:21:50 box kernel: [ 1234]     0  1234    29912     3597   258048       80             0 systemd-journal',
      '2024-01-05T10:04:40.123456+01:00 box kernel: [ 1234]     0  1234    29912     3597   258048       80             0 x',
      '[Mi Mär  5 14:02:11 2025] [ 1234]     0  1234    29912     3597   258048       80             0 x',
      '4,12,345678,-;[ 1234]     0  1234    29912     3597   258048       80             0 x',
      'Feb 12 08:21:50 box kernel: anon 7688192',
    ])
      expect([line, t.belongs(line)]).toEqual([line, true])
    expect(t.belongs('Feb 12 08:21:50 box sshd[1]: Accepted publickey for root')).toBe(false)
    expect(t.belongs('[  5.123456] usb 1-1: new high-speed USB device')).toBe(false)
  })

  it("learns a block's prefix from its first report line, as the parser does", () => {
    const t = new SectionTracker()
    const row = '[4: binder:569_5:27109] Unreclaimable slab info:'
    expect(
      t.belongs(
        '[4: binder:569_5:27109] binder:569_5: page allocation failure: order:0, mode:0xa20(GFP_ATOMIC), nodemask=(null)',
      ),
    ).toBe(true)
    expect(t.belongs(row)).toBe(true)
    expect(t.belongs('[4: binder:569_5:27109] kmalloc-128    1024KB    2048KB')).toBe(true)
  })
})
