import { describe, expect, it } from 'vitest'
import { splitSegments } from '../../../../shared/parse/prefix/split-segments'

describe('splitSegments', () => {
  it('splits a collapsed syslog paste where its prefix repeats', () => {
    const line =
      'Jan 4 10:04:40 <host> kernel: [53542.948247] tor invoked oom-killer: gfp_mask=0x24201ca, order=0 Jan 4 10:04:40 <host> kernel: [53542.948299] Mem-Info:'
    expect(splitSegments(line, 'syslog')).toEqual([
      {
        text: 'Jan 4 10:04:40 <host> kernel: [53542.948247] tor invoked oom-killer: gfp_mask=0x24201ca, order=0',
        inherit: false,
        at: 0,
      },
      { text: 'Jan 4 10:04:40 <host> kernel: [53542.948299] Mem-Info:', inherit: false, at: 97 },
    ])
  })

  it('splits a collapsed dmesg paste at its stamps', () => {
    const parts = splitSegments(
      '[  1.000001] Mem-Info: [  1.000002] active_anon:1 inactive_anon:2 [  1.000003] free:3',
      'dmesg',
    )
    expect(parts.map((p) => p.text)).toEqual([
      '[  1.000001] Mem-Info:',
      '[  1.000002] active_anon:1 inactive_anon:2',
      '[  1.000003] free:3',
    ])
  })

  it('splits rsyslog #012 escapes into inheriting pieces and turns #011 into tabs, keeping the verbatim piece', () => {
    expect(splitSegments('Feb 12 08:21:50 h kernel: Mem-Info:#012active_anon:1#011free:2', 'syslog')).toEqual([
      { text: 'Feb 12 08:21:50 h kernel: Mem-Info:', inherit: false, at: 0 },
      { text: 'active_anon:1\tfree:2', inherit: true, verbatim: 'active_anon:1#011free:2', at: 39 },
    ])
  })

  it('leaves a line whole when its prefix does not repeat or it has none', () => {
    expect(splitSegments('Feb 12 08:21:50 host kernel: mentions Feb 12 08:21:50 in passing', 'syslog')).toHaveLength(1)
    expect(splitSegments('Mem-Info: [ 1.000000] x', 'none')).toHaveLength(1)
  })
})
