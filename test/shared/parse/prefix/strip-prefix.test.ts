import { describe, expect, it } from 'vitest'
import { stripPrefix } from '../../../../shared/parse/prefix/strip-prefix'

const SYSLOG_FEB12 = { year: null, month: 2, day: 12, hour: 8, minute: 21, second: 50, fraction: null, offset: null }
const ISO_JAN5 = { year: 2024, month: 1, day: 5, hour: 10, minute: 4, second: 40 }

// [line, kind, host, uptime, wall (partial), kernel]
const CASES: Array<[string, string, string | null, number | null, object | null, boolean]> = [
  ['[ 1234.567890] Mem-Info:', 'dmesg', null, 1234.56789, null, true],
  ['[ 1234.567890][  T123] Mem-Info:', 'dmesg', null, 1234.56789, null, true],
  ['<4>[ 12.345678] Mem-Info:', 'dmesg', null, 12.345678, null, true],
  ['kern  :warn  : [ 12.345678] Mem-Info:', 'dmesg', null, 12.345678, null, true],
  ['\x1b[32m[ 12.345678]\x1b[0m Mem-Info:', 'dmesg', null, 12.345678, null, true],
  ['[ 12.345678] [ T1234] Mem-Info:', 'dmesg', null, 12.345678, null, true],
  ['[Sat Apr 11 17:52:58 2020] Mem-Info:', 'dmesg-T', null, null, { year: 2020, month: 4, day: 11, hour: 17 }, true],
  [
    '2020-04-11T17:52:58,123456+02:00 Mem-Info:',
    'dmesg-iso',
    null,
    null,
    { year: 2020, fraction: '123456', offset: '+02:00' },
    true,
  ],
  ['Feb 12 08:21:50 asrocke350m1 kernel: Mem-Info:', 'syslog', 'asrocke350m1', null, SYSLOG_FEB12, true],
  ['Feb 12 08:21:50 kernel: Mem-Info:', 'syslog', null, null, SYSLOG_FEB12, true],
  ['Feb 12 08:21:50 host kernel: [64377.426677] Mem-Info:', 'syslog', 'host', 64377.426677, SYSLOG_FEB12, true],
  ['Feb 12 08:21:50 host kernel:[ 12.345678] Mem-Info:', 'syslog', 'host', 12.345678, SYSLOG_FEB12, true],
  [
    'Feb 12 08:21:50.123456 host kernel: Mem-Info:',
    'syslog',
    'host',
    null,
    { ...SYSLOG_FEB12, fraction: '123456' },
    true,
  ],
  ['<kern.warning> Feb 12 08:21:50 host kernel: Mem-Info:', 'syslog', 'host', null, SYSLOG_FEB12, true],
  ['Feb 12 08:21:50 host <kern.warning> kernel: Mem-Info:', 'syslog', 'host', null, SYSLOG_FEB12, true],
  [
    '2024-01-05T10:04:40+0100 host kernel: Mem-Info:',
    'syslog-iso',
    'host',
    null,
    { ...ISO_JAN5, offset: '+0100' },
    true,
  ],
  [
    '2024-01-05T10:04:40.123456+01:00 host kernel: Mem-Info:',
    'syslog-iso',
    'host',
    null,
    { ...ISO_JAN5, fraction: '123456' },
    true,
  ],
  [
    'Fri 2024-01-05 10:04:40 CET host kernel: Mem-Info:',
    'journal-full',
    'host',
    null,
    { ...ISO_JAN5, offset: 'CET' },
    true,
  ],
  [
    '<4>1 2024-01-05T10:04:40.123Z host kernel - - - Mem-Info:',
    'rfc5424',
    'host',
    null,
    { ...ISO_JAN5, offset: 'Z' },
    true,
  ],
  ['<4>1 2024-01-05T10:04:40.123Z host kernel - - [meta x="1"] Mem-Info:', 'rfc5424', 'host', null, ISO_JAN5, true],
  ['[ 12.345678] host kernel: Mem-Info:', 'dmesg', 'host', 12.345678, null, true],
  ['Feb 12 08:21:50 host sshd[123]: Mem-Info:', 'syslog', 'host', null, SYSLOG_FEB12, false],
  ['Mem-Info:\r', 'none', null, null, null, true],
  // /dev/kmsg records: level,sequence,microseconds,flags;message.
  ['6,1234,5678901234,-;Mem-Info:', 'kmsg', null, 5678.901234, null, true],
  // A bare tag left by a poster who cut the stamp and host, glued or not.
  ['kernel: Mem-Info:', 'tag', null, null, null, true],
  ['<kern.warning> kernel:Mem-Info:', 'tag', null, null, null, true],
  // journalctl short and dmesg -T in other locales: the shape, not an English word list.
  ['Mär 05 14:02:11 host kernel: Mem-Info:', 'syslog', 'host', null, { month: 3, day: 5, hour: 14 }, true],
  ['[Mi Mär  5 14:02:11 2025] Mem-Info:', 'dmesg-T', null, null, { year: 2025, month: 3, day: 5 }, true],
  ['Mi 2025-03-05 14:02:11 CET host kernel: Mem-Info:', 'journal-full', 'host', null, { year: 2025, month: 3 }, true],
]

describe('stripPrefix', () => {
  it.each(CASES)('strips %j to the kernel message', (line, kind, host, uptime, wall, kernel) => {
    const s = stripPrefix(line)
    expect(s.message).toBe('Mem-Info:')
    expect({ kind: s.kind, host: s.host, uptime: s.uptime, kernel: s.kernel }).toEqual({ kind, host, uptime, kernel })
    if (wall === null) expect(s.wall).toBeNull()
    else expect(s.wall).toMatchObject(wall)
  })

  it('normalises no-break spaces and trims when the paste came from a web page', () => {
    expect(stripPrefix('[ 1.000000]\u00a0\u00a0Free swap\u00a0 = 0kB').message).toBe('Free swap  = 0kB')
  })

  it('keeps an unknown line whole when it has no prefix', () => {
    expect(stripPrefix('  dump_stack+0x63/0x88')).toMatchObject({
      kind: 'none',
      message: 'dump_stack+0x63/0x88',
      wall: null,
    })
  })

  it('never throws when given odd input', () => {
    for (const t of [
      '',
      '[',
      '[ ]',
      '<>',
      '<999>',
      'Feb',
      'Feb 99 99:99:99',
      '\uFEFF[ 1.0] x',
      '2024-13-45T99:99:99 x',
    ]) {
      expect(() => stripPrefix(t)).not.toThrow()
    }
  })
})
