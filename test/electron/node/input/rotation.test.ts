import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCase } from '../../../../electron/node/input/read-case'
import { orderRotated, rotationPlace } from '../../../../electron/node/input/rotation'
import { corpusText, makeTempDir, removeDir, writeTree } from './build-fixtures'

const SYSLOG = corpusText('005-i686-pae-4.10-debian-updatedb-syslog.log')
const noise = (day: string, n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `Feb ${day} 03:00:${String(i % 60).padStart(2, '0')} asrocke350m1 CRON[${i}]: (root) CMD (run-parts)\n`,
  ).join('')
/** The corpus report moved to another day, so each rotation carries a distinct report. */
const reportOn = (day: string): string => SYSLOG.replaceAll('Feb 12 ', `Feb ${day} `)

let dir: string

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => removeDir(dir))

describe('rotation', () => {
  it('orders a family oldest first when names are numbered, dated or compressed', () => {
    const names = [
      'kern.log',
      'kern.log.1',
      'kern.log.2.gz',
      'messages',
      'messages-20260108',
      'messages-20260101.gz',
      'syslog',
    ]
    expect(orderRotated(names, (n) => n)).toEqual([
      'kern.log.2.gz',
      'kern.log.1',
      'kern.log',
      'messages-20260101.gz',
      'messages-20260108',
      'messages',
      'syslog',
    ])
    expect(rotationPlace('var/log/messages-20260101.gz').family).toBe('var/log/messages')
    expect(rotationPlace('a.tar!/var/log/kern.log.2.gz').family).toBe('a.tar!/var/log/kern.log')
  })

  it('merges rotated logs in time order and reads a report repeated across rotations once', async () => {
    const first = noise('10', 50) + reportOn('10')
    // copytruncate overlap: the next file starts with the tail of the previous one, report included.
    const second = reportOn('10') + noise('11', 20) + reportOn('12')
    const live = noise('13', 5) + reportOn('14')
    writeTree(dir, {
      'log/messages-20260101.gz': gzipSync(first),
      'log/messages-20260108': second,
      'log/messages': live,
    })
    const parsed = await readCase([join(dir, 'log')])
    const reportLines = SYSLOG.split('\n').length - 1
    expect(parsed.events.map((e) => [e.path.slice(dir.length + 1), e.line])).toEqual([
      ['log/messages-20260101.gz', 51],
      ['log/messages-20260108', reportLines + 21],
      ['log/messages', 6],
    ])
    const note = parsed.issues.find((i) => i.code === 'rotation-duplicates')
    expect(note?.message).toMatch(/^\d+ report lines repeated/)
  })

  it('keeps a report that repeats inside one file when it is not a rotation duplicate', async () => {
    writeTree(dir, { 'one/messages': reportOn('12') + noise('12', 100) + reportOn('12') })
    const parsed = await readCase([join(dir, 'one')])
    expect(parsed.events).toHaveLength(2)
  })
})
