// A one-event CaseAnalysis around makeEvent()/makeModel(), with one finding whose evidence is a real
// line of the event — for renderer tests that must not depend on the parser or the diagnosis.
import type { CaseAnalysis } from '../../../shared/analysis/types'
import type { Lang } from '../../../shared/i18n/lang'
import { makeEvent } from './make-event'
import { makeModel } from './make-model'

/** `victim` renames the killed task (hostile-text tests). */
export function makeAnalysis(opts: { victim?: string; lang?: Lang } = {}): CaseAnalysis {
  const event = makeEvent({ victim: opts.victim })
  const zoneLine = event.lines[2]!
  return {
    inputs: [{ path: '/var/log/messages', kind: 'kernel-log', bytes: 4096 }],
    events: [
      {
        event,
        model: makeModel(),
        findings: [
          {
            code: 'lowmem-exhausted',
            severity: 'critical',
            title: 'Lowmem exhausted while HighMem had free memory',
            detail: 'Normal free:3556kB is below min:3672kB; HighMem free:1155752kB was not usable.',
            evidence: [{ path: event.path, line: zoneLine.line, text: zoneLine.text }],
            recommendations: ['Use a 64-bit kernel.'],
          },
        ],
        whatIf: null,
      },
    ],
    snapshots: [],
    issues: [
      { code: 'year-inferred', severity: 'info', path: 'messages', line: 10, message: 'The year was inferred.' },
    ],
    caseFindings: [],
    lang: opts.lang ?? 'en',
  }
}

/** The hostile process name every escaping test uses: markup, an ANSI colour escape, a bidi override. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>\u001b[31m\u202eevil'
