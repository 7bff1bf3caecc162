import { describe, expect, it } from 'vitest'
import { prefixShape, reportColumn } from '../../../../shared/parse/prefix/learned-prefix'

describe('learned prefixes', () => {
  it.each([
    ['... kernel: [430837.193448] Xorg invoked oom-killer: gfp_mask=0x2d0, order=0', 'Xorg invoked'],
    [
      '[4: binder:569_5:27109] binder:569_5: page allocation failure: order:0, mode:0xa20(GFP_ATOMIC)',
      'binder:569_5: page',
    ],
    ['Mar 19 17:01:21 hermes: DOM Worker invoked oom-killer: gfp_mask=0x0', 'DOM Worker invoked'],
    [
      'x: kworker/u16:2: vmalloc: allocation failure: 0 bytes, mode:0xdc0(GFP_KERNEL), nodemask=(null)',
      'kworker/u16:2: vmalloc',
    ],
    ['<node7> [1.2] Mem-Info:', 'Mem-Info:'],
    ['host| [1.2] Out of memory: Killed process 12 (x)', 'Out of memory'],
    ['python invoked oom-killer: gfp_mask=0x0', 'python invoked'],
  ])('finds the column where the report line begins in %j', (line, begins) => {
    const col = reportColumn(line)
    expect(col).not.toBeNull()
    expect(line.slice(col ?? 0).startsWith(begins)).toBe(true)
  })

  it('finds no column in lines that only mention report words mid-sentence', () => {
    expect(reportColumn('nothing to see here')).toBeNull()
    expect(reportColumn('the word Mem-Infox')).toBeNull()
  })

  it('keeps the prefix text and lets only numbers and spacing vary', () => {
    const shape = prefixShape('[4: binder:569_5:27109] ')!
    expect(shape.re.test('[4: binder:569_5:27109] CPU: 4 PID: 1')).toBe(true)
    expect(shape.re.test('[5: binder:569_5:27110] x')).toBe(true)
    expect(shape.re.test('[ 1234]     0  1234 x')).toBe(false)
    const syslog = prefixShape('Mar  5 14:02:11 node-7: ')!
    expect(syslog.re.exec('Mar 15 14:02:12 node-7: Mem-Info:')?.[0]).toBe('Mar 15 14:02:12 node-7: ')
    expect(syslog.re.test('Mar 15 14:02:12 other: Mem-Info:')).toBe(false)
    expect(prefixShape('   ')).toBeNull()
    expect(prefixShape('x'.repeat(200))).toBeNull()
  })
})
