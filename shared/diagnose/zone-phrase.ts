/** Wording for zone verdicts, shared by the rules that explain a refused request. */
import type { MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'
import { ZONE_ORDER } from './gfp-view'
import { zoneLabel } from './rule-context'
import type { ZoneVerdict } from './zone-view'

/** One sentence on why a zone refused the request: below its watermark, or held back by lowmem_reserve. */
export function zonePhrase(lang: Lang, event: MemEvent, v: ZoneVerdict): string {
  const zone = zoneLabel(event, v.zone)
  // Free as printed; what the check counted (minus CMA, the 2^order − 1 slack, highatomic) when it differs.
  const usable = v.usableFreeKb === v.freeKb ? '' : t(lang, 'phrase.usable-part', { usable: v.usableFreeKb })
  if (v.decidingTerm === 'lowmem-reserve' && v.reserveKb > 0) {
    return t(lang, 'phrase.zone-reserve-refused', {
      zone,
      free: v.freeKb,
      usable,
      min: v.watermarkKb,
      reserve: v.reserveKb,
      need: v.watermarkKb + v.reserveKb,
      miss: -v.marginKb,
    })
  }
  return t(lang, 'phrase.zone-below-min', { zone, free: v.freeKb, usable, min: v.watermarkKb, miss: -v.marginKb })
}

/** The zone the allocator tried first: the highest zone the request may use (the top of its zonelist). */
export function preferredZone(verdicts: readonly ZoneVerdict[]): ZoneVerdict | undefined {
  const rank = (v: ZoneVerdict): number => ZONE_ORDER.indexOf(v.zone.zone as (typeof ZONE_ORDER)[number])
  return [...verdicts].sort((a, b) => rank(b) - rank(a) || (b.zone.managedKb ?? 0) - (a.zone.managedKb ?? 0))[0]
}

/** Joins zone phrases with the language's list separator. */
export function joinPhrases(lang: Lang, phrases: readonly string[]): string {
  return phrases.join(lang === 'en' ? '; ' : '；')
}
