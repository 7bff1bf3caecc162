import { describe, expect, it } from 'vitest'
import { parseHardware, parseTaskLine } from '../../../../shared/parse/report/task-line'

describe('task-line', () => {
  it.each([
    [
      'CPU: 3 PID: 23793 Comm: leaker Not tainted 5.2.0-rc7 #54',
      { cpu: 3, pid: 23793, comm: 'leaker', tainted: 'Not tainted', version: '5.2.0-rc7', build: '#54' },
    ],
    [
      'CPU: 1 PID: 2314 Comm: updatedb.mlocat Tainted: G         C      4.10.0-rc6-686-pae #1 Debian 4.10~rc6-1~',
      { tainted: 'G         C', version: '4.10.0-rc6-686-pae', build: '#1', tail: 'Debian 4.10~rc6-1~' },
    ],
    [
      'CPU: 34 PID: 47182 Comm: ethtool Kdump: loaded Tainted: G            E     4.19 #1',
      { comm: 'ethtool', tainted: 'G            E', version: '4.19' },
    ],
    [
      'CPU: 4 UID: 0 PID: 156 Comm: kswapd0 Not tainted 6.19.0-rc5-00027-g40fd0acc45d0 #435 PREEMPT(voluntary)',
      { uid: 0, pid: 156, tail: 'PREEMPT(voluntary)' },
    ],
    [
      'Pid: 23105, comm: apt-check Tainted: G    B   W  2.6.30 #11',
      { cpu: null, pid: 23105, comm: 'apt-check', version: '2.6.30', build: '#11' },
    ],
    ['CPU: 0 PID: 1 Comm: Web Content Not tainted 6.1.0 #1', { comm: 'Web Content' }],
  ])('reads %j', (line, expected) => {
    expect(parseTaskLine(line)).toMatchObject(expected)
  })

  it('reads the hardware line and rejects others', () => {
    expect(parseHardware('Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.12.0 04/01/2014')).toBe(
      'QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.12.0 04/01/2014',
    )
    expect(parseTaskLine('Mem-Info:')).toBeNull()
  })
})
