/**
 * What every event rule reads: the event, the model, the decoded request, the per-zone verdicts and
 * the accounting, computed once per event.
 */
import type { MemEvent, Zone } from '../event/types'
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'
import type { ModelResult } from '../model/types'
import { type AccountingWaterfall, accountingWaterfall } from './accounting'
import type { FindingSpec } from './build-finding'
import { type GfpView, gfpView } from './gfp-view'
import { type Amount, managedTotal } from './memory-totals'
import { type ZoneVerdict, zoneVerdicts } from './zone-view'

/** Everything an event rule reads, computed once per event. */
export interface RuleContext {
  readonly event: MemEvent
  readonly model: ModelResult
  readonly lang: Lang
  readonly gfp: GfpView
  readonly zones: readonly ZoneVerdict[]
  readonly waterfalls: readonly AccountingWaterfall[]
  readonly managed: Amount | null
}

/** One rule per finding code: pure, returns what it found or null. */
export type EventRule = (ctx: RuleContext) => FindingSpec | null

/** Builds the context for one event. */
export function ruleContext(event: MemEvent, model: ModelResult, lang: Lang): RuleContext {
  const gfp = gfpView(event, model)
  return {
    event,
    model,
    lang,
    gfp,
    zones: zoneVerdicts(event, model, gfp),
    waterfalls: accountingWaterfall(event),
    managed: managedTotal(event),
  }
}

/** `Normal`, or `Node 1 Normal` when the report has several nodes. */
export function zoneLabel(event: MemEvent, zone: Pick<Zone, 'node' | 'zone'>): string {
  const multiNode = new Set(event.zones.map((z) => z.node)).size > 1
  return multiNode ? `Node ${zone.node} ${zone.zone}` : zone.zone
}

/**
 * `0x24201ca (GFP_HIGHUSER_MOVABLE|__GFP_COLD)` as printed; for kernels that print no names (< 4.6),
 * the mask with the model's decoding for the report's version; `?` when the header printed no mask.
 */
export function gfpLabel(ctx: Pick<RuleContext, 'event' | 'model' | 'lang'>): string {
  const { event, model } = ctx
  const mask = event.trigger.gfpMask ?? '?'
  const names = event.trigger.gfpPrintedNames
  if (names && names.length > 0) return `${mask} (${names.join('|')})`
  const flags = model.gfp?.flags ?? []
  if (flags.length === 0 || event.kernelVersion === null) return mask
  return t(ctx.lang, 'phrase.gfp-decoded', { mask, flags: flags.join('|') })
}

/** The share `part / whole`, 0 when the whole is unknown or zero. */
export function share(part: number, whole: number | null | undefined): number {
  return whole && whole > 0 ? part / whole : 0
}

/** 1 MiB in kB; absolute floors below which a share of memory is not worth a finding. */
export const MIB_KB = 1024
