/**
 * The "what happened" box at the top of an event: who asked for memory, who was killed, what the
 * cgroup looked like, what the replay says, and the top finding — in plain sentences with the numbers.
 */
import { findingTitle } from '../diagnose/word-finding'
import type { AnalysedEvent } from '../analysis/types'
import { zoneLabel } from '../event/zone-label'
import type { Lang } from '../i18n/lang'
import { closestZone } from '../model/what-if-verdict'
import { formatKb, formatSignedKb } from '../i18n/format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block } from './report-doc-types'

function triggerLine(a: AnalysedEvent, lang: Lang): string | null {
  const tr = a.event.trigger
  if (tr.comm === null) return null
  if (tr.order !== null && tr.order < 0) return t(lang, 'headline.manual', { comm: tr.comm, pid: tr.pid ?? '—' })
  return t(lang, 'headline.trigger', {
    comm: tr.comm,
    pid: tr.pid ?? '—',
    order: tr.order ?? '—',
    kb: tr.order === null ? '—' : formatKb(a.event.pageSizeKb * 2 ** tr.order),
    mask: tr.gfpMask ?? '—',
  })
}

function victimLine(a: AnalysedEvent, lang: Lang): string {
  const { killed, selected } = a.event
  if (killed) {
    return t(lang, 'headline.killed', {
      comm: killed.comm,
      pid: killed.pid,
      score: selected?.score ?? '—',
      anon: formatKb(killed.anonRssKb),
      file: formatKb(killed.fileRssKb),
    })
  }
  if (selected)
    return t(lang, 'headline.selected', { comm: selected.comm, pid: selected.pid, score: selected.score ?? '—' })
  return t(lang, a.event.kind === 'alloc-failure' ? 'headline.noKill' : 'headline.noVictim')
}

function replayLine(a: AnalysedEvent, lang: Lang): string | null {
  const replay = a.model.allocation
  if (!replay) return null
  if (replay.succeeds)
    return t(lang, 'headline.replayOk', { zone: replay.zone ?? '—', margin: formatSignedKb(replay.marginKb) })
  const closest = closestZone(replay)
  if (!closest) return t(lang, 'headline.replayNoZone')
  const zone = zoneLabel(closest)
  // The model can find a zone that passes although the log shows a failure (it marks the outcome
  // unexplained); say so instead of presenting a passing zone as the reason.
  if (closest.pass) return t(lang, 'headline.replayPassed', { zone, margin: formatSignedKb(closest.marginKb) })
  return t(lang, 'headline.replayFail', {
    zone,
    free: formatKb(closest.freeKb),
    required: formatKb(closest.watermarkKb + closest.reserveKb),
    margin: formatSignedKb(closest.marginKb),
    why: t(lang, `term.${closest.decidingTerm}` as MessageKey),
  })
}

function memcgLine(a: AnalysedEvent, lang: Lang): string | null {
  const m = a.event.memcg
  if (!m) return null
  return t(lang, 'headline.memcg', { path: m.path ?? '—', usage: formatKb(m.usageKb), limit: formatKb(m.limitKb) })
}

/** The callout block opening an event. */
export function eventHeadline(a: AnalysedEvent, lang: Lang): Block {
  const top = a.findings[0]
  const lines = [
    triggerLine(a, lang),
    victimLine(a, lang),
    memcgLine(a, lang),
    replayLine(a, lang),
    top ? t(lang, 'headline.finding', { title: findingTitle(top, lang) }) : null,
    a.event.panic ? t(lang, 'headline.panic') : null,
  ].filter((l): l is string => l !== null)
  const tone = top?.severity === 'critical' || a.event.kind !== 'alloc-failure' ? 'bad' : 'warn'
  return { type: 'callout', tone, title: t(lang, 'headline.title'), lines }
}
