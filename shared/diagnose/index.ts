/**
 * The diagnosis entry points: one pure rule per finding code over each event (rules/event-rules.ts),
 * then the synthesis rules that read what the others found (memory-exhausted, outcome-unexplained:
 * every event gets a cause), and case-level rules across events and snapshots (rules/case-rules.ts).
 * Findings are sorted most important first; a rule that throws on odd input is a bug in the rule, not
 * in the input, so it is allowed to surface.
 */
import type { MemEvent, Snapshot } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult } from '../model/types'
import { buildCaseFinding } from './build-case-finding'
import { buildFinding, type FindingSpec } from './build-finding'
import { compareFindings } from './finding-defs'
import { ruleContext } from './rule-context'
import { CASE_RULES } from './rules/case-rules'
import { EVENT_RULES, SYNTHESIS_RULES } from './rules/event-rules'
import type { Finding } from './types'

/** Findings for one event, most important first. */
export function diagnoseEvent(event: MemEvent, model: ModelResult, lang: Lang): Finding[] {
  const ctx = ruleContext(event, model)
  const specs: FindingSpec[] = []
  for (const rule of EVENT_RULES) {
    const spec = rule(ctx)
    if (spec) specs.push(spec)
  }
  for (const rule of SYNTHESIS_RULES) {
    const spec = rule(ctx, specs)
    if (spec) specs.push(spec)
  }
  const findings: Finding[] = []
  for (const spec of specs) {
    const finding = buildFinding(event, lang, spec)
    if (finding) findings.push(finding)
  }
  return findings.sort(compareFindings)
}

/** Findings across a case's events and snapshots (repeated victims, regular intervals, leaks across snapshots). */
export function diagnoseCase(
  events: readonly { readonly event: MemEvent; readonly model: ModelResult }[],
  snapshots: readonly Snapshot[],
  lang: Lang,
): Finding[] {
  const memEvents = events.map((e) => e.event)
  return CASE_RULES.flatMap((rule) => rule(memEvents, snapshots))
    .flatMap((spec) => buildCaseFinding(lang, spec) ?? [])
    .sort(compareFindings)
}
