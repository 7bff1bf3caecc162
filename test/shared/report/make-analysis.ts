// A one-event CaseAnalysis around makeEvent()/makeModel(), with one finding whose evidence is a real
// line of the event — for renderer tests that must not depend on the parser or the diagnosis.
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { findingWords, type FindingKeys } from '../../../shared/diagnose/word-finding'
import { eventHeadline } from '../../../shared/report/event-headline'
import type { Lang } from '../../../shared/i18n/lang'
import { makeEvent } from './make-event'
import { makeModel } from './make-model'

/** The finding's words: its real title, a real phrase of the catalogue for its detail, a real recommendation. */
export const LOWMEM_KEYS: FindingKeys = {
  titleKey: 'finding.lowmem-exhausted.title',
  detailKey: 'phrase.zone-below-min',
  params: { upper: 'HighMem', zone: 'Normal', free: 3556, usable: '', mark: 'min', min: 3672, miss: 116 },
  recommendationKeys: [{ key: 'rec.lowmem-exhausted.64bit' }],
}

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
            ...findingWords(LOWMEM_KEYS, opts.lang ?? 'en'),
            evidence: [{ path: event.path, line: zoneLine.line, text: zoneLine.text }],
            ...LOWMEM_KEYS,
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

/** The headline's victim line (`The kernel killed …`) of the analysis' event, as the reports word it. */
export function victimLine(a: CaseAnalysis, lang: Lang = 'en'): string {
  const block = eventHeadline(a.events[0]!, lang)
  const line = block.type === 'callout' ? block.lines[1] : undefined
  if (!line?.includes(`(pid ${a.events[0]!.event.killed?.pid ?? '?'})`)) throw new Error(`no victim line: ${line}`)
  return line
}
