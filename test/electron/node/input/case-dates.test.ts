// Undated evidence in a sosreport takes its date from the sosreport — its `date` file, else the day in
// its archive's name — before the files' modification times, which a copy or re-archiving reset.
// Real sosreport-style trees and tar.xz archives built in the test; the files' times are set to
// 2019 as a careless copy would leave them.
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCase } from '../../../../electron/node/case-service'
import { CaseDates, dateFileScope, parseDateFile } from '../../../../electron/node/input/case-dates'
import { CORPUS, makeTempDir, removeDir, run } from './build-fixtures'

const SOS = 'sosreport-web1-2024-03-05-abcdef'
/** Yearless syslog stamps (`Feb 12 08:21:50`): the year must come from somewhere. */
const LOG = '005-i686-pae-4.10-debian-updatedb-syslog.log'
const MEMINFO = join(CORPUS, 'proc/rhcos-4.18.0-80-xeon/meminfo')
const COPIED = Date.UTC(2019, 5, 1, 9) / 1000

let dir = ''

/** A sosreport tree: var/log/messages, proc/meminfo and (optionally) sos_commands/date/date. */
function sosTree(parent: string, date: string | null): string {
  const root = join(parent, SOS)
  for (const sub of ['var/log', 'proc', 'sos_commands/date']) mkdirSync(join(root, sub), { recursive: true })
  copyFileSync(join(CORPUS, LOG), join(root, 'var/log/messages'))
  copyFileSync(MEMINFO, join(root, 'proc/meminfo'))
  const files = ['var/log/messages', 'proc/meminfo']
  if (date !== null) {
    writeFileSync(join(root, 'sos_commands/date/date'), date)
    files.push('sos_commands/date/date')
  }
  for (const f of files) utimesSync(join(root, f), COPIED, COPIED)
  return root
}

/** tar.xz of the tree with its members in the given order (proc/ before the date file: a snapshot waits for it). */
function sosArchive(parent: string, name: string, order: readonly string[]): string {
  const archive = join(parent, name)
  run('tar', ['-cJf', archive, '-C', parent, ...order.map((o) => `${SOS}/${o}`)])
  return archive
}

beforeAll(() => {
  dir = makeTempDir()
  mkdirSync(join(dir, 'dated'))
  mkdirSync(join(dir, 'undated'))
  sosTree(join(dir, 'dated'), 'Tue Mar  5 14:02:11 UTC 2024\n')
  sosTree(join(dir, 'undated'), null)
})
afterAll(() => removeDir(dir))

async function dates(paths: string[]) {
  const { analysis } = await loadCase(paths)
  return {
    eventTimes: analysis.events.map((e) => e.event.time),
    snapshotTimes: analysis.snapshots.map((s) => s.time),
    notes: analysis.issues.filter((i) => /^snapshot-time|^year-/.test(i.code)).map((i) => i.code),
    messages: analysis.issues.map((i) => i.message),
  }
}

describe('dating undated evidence from its sosreport', () => {
  it('takes the date file of a sosreport archive, even when proc/ comes before it in the archive', async () => {
    const archive = sosArchive(join(dir, 'dated'), `${SOS}.tar.xz`, ['proc', 'sos_commands', 'var'])
    const got = await dates([archive])
    expect(got.eventTimes.length).toBeGreaterThan(0)
    expect(got.eventTimes.every((t) => t?.startsWith('2024-02-12T08:21:'))).toBe(true)
    expect(got.snapshotTimes).toEqual(['2024-03-05T14:02:11Z'])
    expect(got.notes).toEqual(
      expect.arrayContaining(['year-from-case-date', 'year-inferred', 'snapshot-time-from-date-file']),
    )
    expect(got.notes).not.toContain('snapshot-time-from-mtime')
    expect(got.messages).toContain(
      `${archive}!/${SOS}/proc/meminfo prints no time; the date file ${archive}!/${SOS}/sos_commands/date/date (2024-03-05T14:02:11Z) was taken as the time it was captured.`,
    )
  })

  it('takes the date file of a sosreport folder whatever the reading order', async () => {
    const got = await dates([join(dir, 'dated', SOS)])
    expect(got.eventTimes.every((t) => t?.startsWith('2024-02-12T08:21:'))).toBe(true)
    expect(got.snapshotTimes).toEqual(['2024-03-05T14:02:11Z'])
  })

  it("takes the day in the archive's name when there is no date file", async () => {
    const archive = sosArchive(join(dir, 'undated'), `${SOS}.tar.xz`, ['var', 'proc'])
    const got = await dates([archive])
    expect(got.eventTimes.every((t) => t?.startsWith('2024-02-12T08:21:'))).toBe(true)
    expect(got.snapshotTimes).toEqual(['2024-03-05T00:00:00'])
    expect(got.notes).toContain('snapshot-time-from-name')
  })

  it('keeps the modification time when nothing else dates the files', async () => {
    const archive = sosArchive(join(dir, 'undated'), 'capture.tar.xz', ['var', 'proc'])
    const got = await dates([archive])
    expect(got.eventTimes.every((t) => t?.startsWith('2019-02-12T08:21:'))).toBe(true)
    expect(got.snapshotTimes).toEqual([new Date(COPIED * 1000).toISOString()])
    expect(got.notes).toContain('snapshot-time-from-mtime')
    expect(got.notes).not.toContain('year-from-case-date')
  })
})

describe('date files', () => {
  it("reads date's output in the C locale, with a zone name or an offset, and ISO 8601", () => {
    expect(parseDateFile('Tue Mar  5 14:02:11 UTC 2024\n')).toBe('2024-03-05T14:02:11Z')
    expect(parseDateFile('Tue Mar 5 14:02:11 +0100 2024')).toBe('2024-03-05T14:02:11+01:00')
    // A zone name fixes no offset: local time, never labelled UTC.
    expect(parseDateFile('Tue Mar  5 14:02:11 CET 2024')).toBe('2024-03-05T14:02:11')
    expect(parseDateFile('2024-03-05T14:02:11+00:00')).toBe('2024-03-05T14:02:11+00:00')
    for (const bad of ['', 'Tue Mar 32 14:02:11 UTC 2024', 'hello', 'Tue Mar  5 14:02:11 UTC 2024\nmore'])
      expect(parseDateFile(bad), bad).toBeNull()
  })

  it('knows where a date file sits and which folder it speaks for', () => {
    expect(dateFileScope('/x/sos/sos_commands/date/date')).toBe('/x/sos')
    expect(dateFileScope('a.tar.xz!/sos/sos_commands/date/date_--utc')).toBe('a.tar.xz!/sos')
    expect(dateFileScope('a.tar.xz!/date')).toBe('a.tar.xz!')
    expect(dateFileScope('/x/sos/var/log/messages')).toBeNull()
    expect(dateFileScope('/x/sos/sos_commands/date/hwclock')).toBeNull()
  })

  it('dates a file by the innermost date file above it, and prefers date --utc to a zone name', () => {
    const d = new CaseDates()
    expect(d.noteDateFile('/c/sos/sos_commands/date/date', 'Tue Mar  5 14:02:11 CET 2024')).toBe(true)
    expect(d.dateFor('/c/sos/var/log/messages')?.iso).toBe('2024-03-05T14:02:11')
    d.noteDateFile('/c/sos/sos_commands/date/date_--utc', 'Tue Mar  5 13:02:11 UTC 2024')
    expect(d.dateFor('/c/sos/var/log/messages')).toMatchObject({ iso: '2024-03-05T13:02:11Z', source: 'date-file' })
    d.noteDateFile('/c/date', 'Mon Jan  1 00:00:00 UTC 2024')
    expect(d.dateFor('/c/sos/proc/meminfo')?.iso).toBe('2024-03-05T13:02:11Z')
    expect(d.dateFor('/c/other/messages')?.iso).toBe('2024-01-01T00:00:00Z')
    expect(d.noteDateFile('/c/var/log/messages', 'Tue Mar  5 14:02:11 UTC 2024')).toBe(false)
    expect(new CaseDates().dateFor('/c/x.log')).toBeNull()
  })
})
