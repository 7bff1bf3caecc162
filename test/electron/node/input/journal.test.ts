import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCase } from '../../../../electron/node/input/read-case'
import { readLineRange } from '../../../../electron/node/input/read-line-range'
import { corpusText, makeTempDir, removeDir } from './build-fixtures'

const JOURNAL_REMOTE = '/lib/systemd/systemd-journal-remote'
const hasJournalTools = existsSync(JOURNAL_REMOTE) && existsSync('/usr/bin/journalctl')
const START_USEC = 1767261600000000n
/** dmesg-style corpus log: its messages become kernel journal entries, interleaved with other programs. */
const MESSAGES = corpusText('042-x86-5.19-debian-btrfs-md5sum.log')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => l.replace(/^\[[^\]]*\]\s?/, ''))

function exportText(): string {
  return MESSAGES.flatMap((message, i) => [
    `__REALTIME_TIMESTAMP=${START_USEC + BigInt(i) * 1000n}\n__MONOTONIC_TIMESTAMP=${1000 + i}\n` +
      `_BOOT_ID=0123456789abcdef0123456789abcdef\n_TRANSPORT=kernel\n_HOSTNAME=lab1\nSYSLOG_IDENTIFIER=kernel\nMESSAGE=${message}\n\n`,
    `__REALTIME_TIMESTAMP=${START_USEC + BigInt(i) * 1000n + 1n}\n__MONOTONIC_TIMESTAMP=${1000 + i}\n` +
      `_BOOT_ID=0123456789abcdef0123456789abcdef\n_TRANSPORT=syslog\n_HOSTNAME=lab1\nSYSLOG_IDENTIFIER=cron\nMESSAGE=noise ${i}\n\n`,
  ]).join('')
}

let dir: string
let plainLines: number[]

beforeAll(async () => {
  dir = makeTempDir()
  writeFileSync(join(dir, 'plain.log'), MESSAGES.join('\n') + '\n')
  plainLines = (await readCase([join(dir, 'plain.log')])).events.map((e) => e.line)
  writeFileSync(join(dir, 'kernel.export'), exportText())
})
afterAll(() => removeDir(dir))

describe('journal readers', () => {
  it('finds the corpus events in a journalctl -o export stream at their MESSAGE lines', async () => {
    const parsed = await readCase([join(dir, 'kernel.export')])
    expect(plainLines.length).toBe(2)
    // Each plain line i sits in the (2i-1)th export entry of 8 lines (7 fields, a blank); MESSAGE is the 7th.
    expect(parsed.events.map((e) => e.line)).toEqual(plainLines.map((l) => (2 * l - 2) * 8 + 7))
    expect(parsed.events[0]!.lines[0]!.text).toMatch(/^2026-01-01T10:00:00\.\d{6}\+00:00 lab1 kernel: /)
    expect(parsed.inputs).toEqual([
      { path: join(dir, 'kernel.export'), kind: 'kernel-log', bytes: Buffer.byteLength(exportText()) },
    ])
  })

  it.skipIf(!hasJournalTools)(
    'reads kernel entries of a binary journal written by systemd-journal-remote',
    async () => {
      const journal = join(dir, 'remote.journal')
      execFileSync(JOURNAL_REMOTE, [`--output=${journal}`, join(dir, 'kernel.export')], { stdio: 'ignore' })
      const parsed = await readCase([journal])
      // Journal "lines" are entry positions: plain line i is entry 2i-1.
      expect(parsed.events.map((e) => [e.path, e.line])).toEqual(plainLines.map((l) => [journal, 2 * l - 1]))
      const first = await readLineRange([journal], journal, 1, 2)
      expect(first).toEqual([
        { path: journal, line: 1, text: `2026-01-01T10:00:00.000000+00:00 lab1 kernel: ${MESSAGES[0]}` },
      ])
    },
  )

  it.skipIf(!hasJournalTools)('finds the same events in journalctl -o json output of that journal', async () => {
    const journal = join(dir, 'remote.journal')
    if (!existsSync(journal))
      execFileSync(JOURNAL_REMOTE, [`--output=${journal}`, join(dir, 'kernel.export')], { stdio: 'ignore' })
    const json = join(dir, 'kernel.json')
    writeFileSync(json, execFileSync('journalctl', ['--file', journal, '-o', 'json']))
    const parsed = await readCase([json])
    expect(parsed.events.map((e) => e.line)).toEqual(plainLines.map((l) => 2 * l - 1))
  })

  it('reports a truncated binary journal as unreadable when its header is cut', async () => {
    const cut = join(dir, 'cut.journal')
    writeFileSync(cut, Buffer.concat([Buffer.from('LPKSHHRH'), Buffer.alloc(40)]))
    await expect(readCase([cut])).rejects.toMatchObject({ code: 'corrupt', path: cut })
  })
})
