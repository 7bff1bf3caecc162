/**
 * The diagnosis entry points. (Skeleton stub: the diagnosis work replaces the bodies and keeps the
 * signatures.)
 */
import type { MemEvent, Snapshot } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult } from '../model/types'
import type { Finding } from './types'

/** Findings for one event, most important first. */
export function diagnoseEvent(event: MemEvent, model: ModelResult, lang: Lang): Finding[] {
  void event
  void model
  void lang
  return []
}

/** Findings across a case's events and snapshots (repeated victims, leaks across snapshots, ...). */
export function diagnoseCase(
  events: readonly { readonly event: MemEvent; readonly model: ModelResult }[],
  snapshots: readonly Snapshot[],
  lang: Lang,
): Finding[] {
  void events
  void snapshots
  void lang
  return []
}
