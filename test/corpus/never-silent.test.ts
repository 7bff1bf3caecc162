/**
 * Never silent (issue 12): any input that holds a report marker (`invoked oom-killer`, `page allocation
 * failure`, `alloc failure`, `Mem-Info`, `Out of memory`, `Killed process`, `oom-kill:`, `Memory cgroup
 * out of memory`) yields an event or a warning that names the line — over every corpus log and seed,
 * read whole and through the real input layer, and over random text with markers planted in it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { ParseIssue } from '../../shared/base/issue'
import type { MemEvent } from '../../shared/event/types'
import { parseText, REPORT_MARKER } from '../../shared/parse'
import { readCase } from '../../electron/node/input/read-case'
import { GIVEN } from '../support/given'

const logs = (dir: string, ext: string): string[] =>
  readdirSync(join(GIVEN, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f))
const INPUTS = [...logs('corpus/public', '.log'), ...logs('corpus/public-2', '.log'), ...logs('seeds', '.txt')]

/** Marker lines (1-based) that are in no event and named by no warning; the closing count covers lines after it. */
function silentLines(text: string, events: readonly MemEvent[], issues: readonly ParseIssue[]): number[] {
  const used = new Set(events.flatMap((e) => e.lines.map((l) => l.line)))
  const named = new Set(issues.map((i) => i.line))
  const counted = issues.find((i) => i.code === 'unread-report-marker' && /more lines from line/.test(i.message))
  return text
    .split(/\r\n|\n|\r/)
    .flatMap((l, i) => (REPORT_MARKER.test(l) ? [i + 1] : []))
    .filter((n) => !used.has(n) && !named.has(n) && !(counted?.line != null && n >= counted.line))
}

const checked = { files: 0, markerLines: 0, silent: 0, random: 0 }
afterAll(() => {
  console.log(
    `never silent: ${checked.files} corpus files (${checked.markerLines} marker lines, whole and windowed) and ${checked.random} random texts, ${checked.silent} silent`,
  )
})

describe('never silent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-never-silent-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(INPUTS)('names every marker line of %s, read whole and through the input layer', async (input) => {
    const text = readFileSync(join(GIVEN, input), 'utf8')
    const whole = parseText(input, text)
    const file = join(dir, input.replace(/\//g, '_'))
    writeFileSync(file, text)
    const windowed = await readCase([file])
    const silent = [
      ...silentLines(text, whole.events, whole.issues),
      ...silentLines(text, windowed.events, windowed.issues),
    ]
    checked.files++
    checked.markerLines += text.split('\n').filter((l) => REPORT_MARKER.test(l)).length
    checked.silent += silent.length
    expect(silent).toEqual([])
  })

  const MARKERS = [
    'python invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0',
    'invoked oom-killer',
    'java: page allocation failure: order:4, mode:0x40c0(GFP_KERNEL|__GFP_COMP), nodemask=(null)',
    'page allocation failure',
    'vmemmap alloc failure',
    'Mem-Info:',
    'Mem-Info',
    'Out of memory: Killed process 1234 (java) total-vm:100kB, anon-rss:10kB, file-rss:0kB, shmem-rss:0kB',
    'Killed process 42 (x)',
    'Out of memory',
    'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom',
    'oom-kill:',
    'Memory cgroup out of memory: Kill process 9 (y) score 1 or sacrifice child',
    'Memory cgroup out of memory',
  ]
  const PREFIXES = [
    '',
    '[ 12.345678] ',
    'Mar  5 14:02:11 host kernel: ',
    'Mar  5 14:02:11 host sshd[12]: ',
    '> ',
    '    ',
    '6,12,345678,-;',
    'prose says ',
    '\u65e5\u5fd7: ',
  ]
  const noise = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('', 'Call Trace:', 'lowmem_reserve[]: 0 1 2 3', '[  123]     0   123  4567  89 name'),
  )
  const planted = fc
    .tuple(fc.constantFrom(...PREFIXES), noise, fc.constantFrom(...MARKERS), noise)
    .map(([p, a, m, b]) => `${p}${a.replace(/[\r\n]/g, ' ')} ${m} ${b.replace(/[\r\n]/g, ' ')}`.trimEnd())

  it('names every line with a marker planted in random text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(noise, planted), { minLength: 1, maxLength: 40 }), (lines) => {
        const text = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n')
        const r = parseText('random.log', text)
        checked.random++
        const silent = silentLines(text, r.events, r.issues)
        checked.silent += silent.length
        expect(silent).toEqual([])
      }),
      { numRuns: 300, seed: 12012 },
    )
  })
})
