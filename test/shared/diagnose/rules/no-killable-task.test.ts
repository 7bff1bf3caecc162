import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { parseText } from '../../../../shared/parse/index'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

/** Corpus 010 (a global OOM in syslog) as if the killer had found nothing to kill, with the kernel's own lines. */
function deadlocked() {
  const path = corpusPath('010')
  const text = readFileSync(path, 'utf8').trimEnd()
  const last = text.split('\n').pop() ?? ''
  const prefix = last.slice(0, last.indexOf('kernel:') + 'kernel: '.length)
  const more = `${prefix}Out of memory and no killable processes...\n${prefix}Kernel panic - not syncing: System is deadlocked on memory\n`
  const [event] = parseText(path, `${text}\n${more}`).events
  if (!event) throw new Error('no event')
  return { event, findings: diagnoseEvent(event, analyzeModel(event), 'en') }
}

describe('no-killable-task', () => {
  it('says nothing was killable, and not panic_on_oom, when a global OOM ends deadlocked on memory', () => {
    const { findings } = deadlocked()
    const f = findings.find((x) => x.code === 'no-killable-task')
    expect(f?.severity).toBe('critical')
    expect(f?.detailKey).toBe('finding.no-killable-task.detail-panic')
    expect(f?.evidence.map((e) => e.text)).toContainEqual(
      expect.stringMatching(/Out of memory and no killable processes\.\.\.$/),
    )
    expect(findings.map((x) => x.code)).not.toContain('panic-on-oom')
    // The shortage itself is still explained.
    expect(findings.map((x) => x.code)).toContain('memory-exhausted')
  })

  it('does not panic the story of a cgroup: 121 runs out of killable tasks inside /test1 with shmem held', () => {
    const stuck = analyse(corpusPath('121')).filter((a) => a.findings.some((f) => f.code === 'no-killable-task'))
    expect(stuck).toHaveLength(2)
    for (const a of stuck) {
      const f = findingOf(a, 'no-killable-task')
      expect(f.severity).toBe('warning')
      expect(f.detailKey).toBe('finding.no-killable-task.detail-memcg')
      expect(a.findings.map((x) => x.code)).toEqual(expect.arrayContaining(['memcg-limit', 'shmem-tmpfs']))
      expect(a.findings.map((x) => x.code)).not.toContain('panic-on-oom')
    }
  })

  it('leaves a panic_on_oom panic to panic-on-oom when seed 004 prints the compulsory message', () => {
    const codes = analyse(seedPath('004'))[0]!.findings.map((f) => f.code)
    expect(codes).toContain('panic-on-oom')
    expect(codes).not.toContain('no-killable-task')
  })
})
