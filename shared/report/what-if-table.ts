/**
 * The what-if scenarios of one event: each scenario the user pinned on that event (and any setting
 * given for the whole case that can change something for it), replayed with runScenario, next to the
 * replay of the event as logged. A scenario belongs to its event: it never appears under another.
 */
import type { MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult } from '../model/types'
import { whatIfKnobs } from '../model/what-if-knobs'
import { runScenario } from '../model/what-if-scenario'
import type { ScenarioResult, ScenarioSettings } from '../model/what-if-types'
import { formatSignedKb } from '../i18n/format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block, Tone } from './report-doc-types'

/** A scenario pinned on one event (`eventId` = `MemEvent.id`). */
export interface EventScenario {
  readonly eventId: string
  readonly settings: ScenarioSettings
}

/** `min_free_kbytes=16384, cma_kb=0` — the CLI's `--set` spelling. */
export function describeSettings(settings: ScenarioSettings): string {
  const parts = Object.entries(settings).flatMap(([name, value]) => {
    if (value === undefined) return []
    if (Array.isArray(value)) return [`${name}=${value.join(' ')}`]
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value as Record<string, number>).map(([pid, adj]) => `${name}[${pid}]=${adj}`)
    }
    return [`${name}=${String(value)}`]
  })
  return parts.join(', ')
}

/**
 * The part of case-wide settings that applies to this event: the knobs this event offers (a CMA size
 * means nothing to a cgroup OOM, a cgroup limit nothing to a zone replay), oom_score_adj where a task
 * table was printed. Null when nothing is left.
 */
export function applicableSettings(
  event: MemEvent,
  model: ModelResult,
  settings: ScenarioSettings,
): ScenarioSettings | null {
  const offered = new Set<string>(whatIfKnobs(event, model).knobs.map((k) => k.id))
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue
    if (key === 'oom_score_adj' ? event.tasks.length > 0 : offered.has(key)) out[key] = value
  }
  return Object.keys(out).length > 0 ? (out as ScenarioSettings) : null
}

/** The one-line outcome of a scenario, in `lang`: `fails: below the watermark (Node 0 Normal)`. */
export function scenarioOutcomeText(result: ScenarioResult, lang: Lang): string {
  const v = result.verdict
  const zone = v.zone ? ` (${v.zone.label})` : ''
  const why = v.reason ? t(lang, `term.${v.reason}` as MessageKey) : '—'
  const estimate = v.estimate ? ` ${t(lang, 'whatIf.estimate')}` : ''
  switch (v.outcome) {
    case 'succeeds':
      return t(lang, 'whatIf.succeeds', { zone: v.zone?.label ?? '—' }) + estimate
    case 'fails':
      return t(lang, 'whatIf.failsBecause', { why, zone })
    case 'panics':
      return t(lang, 'whatIf.panics', { why, zone })
    case 'no-kill':
      return t(lang, 'whatIf.noKillable', { why, zone })
    default:
      return t(lang, 'whatIf.unknown')
  }
}

const TONE: Readonly<Record<string, Tone>> = { succeeds: 'good', fails: 'bad', panics: 'bad', 'no-kill': 'bad' }

function verdictCells(result: ScenarioResult, lang: Lang): { cells: { text: string; tone?: Tone }[]; tone?: Tone } {
  const v = result.verdict
  const tone = TONE[v.outcome]
  const margin = v.zone
    ? formatSignedKb(v.zone.check.marginKb)
    : result.memcg
      ? formatSignedKb(-result.memcg.shortKb)
      : '—'
  const victimText = v.victim ? `${v.victim.comm} (${v.victim.pid})` : t(lang, 'whatIf.noKill')
  return {
    cells: [
      { text: scenarioOutcomeText(result, lang), ...(tone ? { tone } : {}) },
      { text: margin },
      { text: victimText },
    ],
    ...(tone ? { tone } : {}),
  }
}

/** The scenarios table of one event, or null when none applies to it. */
export function whatIfTable(
  event: MemEvent,
  model: ModelResult,
  scenarios: readonly ScenarioSettings[],
  lang: Lang,
): Block | null {
  if (scenarios.length === 0) return null
  const baseline = verdictCells(runScenario(event, model, {}), lang)
  const rows = [
    { cells: [{ text: t(lang, 'whatIf.asLogged') }, ...baseline.cells] },
    ...scenarios.map((settings) => {
      const cells = verdictCells(runScenario(event, model, settings), lang)
      return {
        cells: [{ text: describeSettings(settings) }, ...cells.cells],
        ...(cells.tone ? { tone: cells.tone } : {}),
      }
    }),
  ]
  return {
    type: 'table',
    columns: [
      { label: t(lang, 'whatIf.scenario') },
      { label: t(lang, 'whatIf.allocation'), wide: true },
      { label: t(lang, 'chart.margin'), numeric: true },
      { label: t(lang, 'whatIf.victim') },
    ],
    rows,
  }
}

/**
 * The scenarios that belong under one event: those pinned on it, then the case-wide ones reduced to
 * what applies to it (see {@link applicableSettings}); duplicates once.
 */
export function scenariosOfEvent(
  event: MemEvent,
  model: ModelResult,
  pinned: readonly EventScenario[],
  caseWide: readonly ScenarioSettings[],
): ScenarioSettings[] {
  const own = pinned.filter((s) => s.eventId === event.id).map((s) => s.settings)
  const shared = caseWide.flatMap((s) => {
    const applied = applicableSettings(event, model, s)
    return applied ? [applied] : []
  })
  const seen = new Set<string>()
  return [...own, ...shared].filter((s) => {
    const key = describeSettings(s)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
