import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import {
  createEventParser,
  looksLikeKernelMemoryLine,
  MAX_STRAY,
  parseText,
  REPORT_START_PATTERN,
  SectionTracker,
} from '../../../shared/parse'
import { GIVEN } from '../../support/given'

const INPUTS = [
  ...['corpus/public', 'corpus/public-2'].flatMap((dir) =>
    readdirSync(`${GIVEN}/${dir}`)
      .filter((f) => f.endsWith('.log'))
      .map((f) => join(`${GIVEN}/${dir}`, f)),
  ),
  ...readdirSync(`${GIVEN}/seeds`).map((f) => join(`${GIVEN}/seeds`, f)),
]

/**
 * The window rule markers.ts documents: 5 lines before a start, then while the SectionTracker says a
 * line belongs to a report, until more than MAX_STRAY lines in a row do not.
 */
function windowed(path: string, text: string): MemEvent[] {
  const lines = text.split('\n')
  const keep = new Set<number>()
  const tracker = new SectionTracker()
  let open = false
  let gap = 0
  lines.forEach((l, i) => {
    if (!open && REPORT_START_PATTERN.test(l)) {
      for (let k = Math.max(0, i - 5); k < i; k++) keep.add(k)
      open = true
      gap = 0
    }
    if (!open) return
    keep.add(i)
    gap = tracker.belongs(l) ? 0 : gap + 1
    if (gap > MAX_STRAY + 1) open = false
  })
  const events: MemEvent[] = []
  const p = createEventParser({ onEvent: (e) => events.push(e), onIssue: () => {} })
  ;[...keep].sort((a, b) => a - b).forEach((i) => p.push({ path, line: i + 1, text: lines[i] ?? '' }))
  p.finish()
  return events.sort((a, b) => a.line - b.line)
}

describe('markers', () => {
  it.each(INPUTS)('matches the first line of every report in %s', (path) => {
    // A partial report begins where its header was cut: any report line, not necessarily a start.
    for (const e of parseText(path, readFileSync(path, 'utf8')).events.filter((x) => !x.partial)) {
      expect(REPORT_START_PATTERN.test(e.lines[0]?.text ?? '')).toBe(true)
    }
  })

  it.each(INPUTS)('finds the same events in %s when only the documented windows are parsed', (path) => {
    const text = readFileSync(path, 'utf8')
    const all = parseText(path, text).events.map((e) => [e.line, e.kind, e.lines.length, e.tasks.length])
    expect(windowed(path, text).map((e) => [e.line, e.kind, e.lines.length, e.tasks.length])).toEqual(all)
  })

  it('says no to ordinary log lines and yes to report lines whatever their prefix', () => {
    expect(looksLikeKernelMemoryLine('Feb 12 08:22:06 host sshd[1]: Accepted publickey for root')).toBe(false)
    expect(looksLikeKernelMemoryLine('[  5.123456] usb 1-1: new high-speed USB device')).toBe(false)
    expect(looksLikeKernelMemoryLine('Feb 12 08:21:53 host kernel: lowmem_reserve[]: 0 763 7663 7663')).toBe(true)
    expect(looksLikeKernelMemoryLine('<4>1 2024-01-05T10:04:40Z h kernel - - - 65536 pages RAM')).toBe(true)
    expect(
      REPORT_START_PATTERN.test('2024-01-05T10:04:40+0100 h kernel: a invoked oom-killer: gfp_mask=0x0(), order=-1'),
    ).toBe(true)
  })
})
