/** Wording for zone verdicts, shared by the rules that explain a refused request. */
import { phrase, type Phrase } from '../i18n/t'
import type { StageCheck, ZoneVerdict } from '../model/types'

/**
 * The stage to tell: the slow path when the zone already failed there (below min is the stronger
 * statement), else the stage the model says mattered (an OOM's last try at the high watermark).
 */
export function toldStage(v: ZoneVerdict): StageCheck {
  const slow = v.stages.find((s) => s.stage === 'slowpath' && !s.pass && s.term !== 'order')
  return (
    slow ?? {
      stage: v.stage,
      watermark: v.watermarkName,
      pass: v.pass,
      term: v.term,
      marginKb: v.marginKb,
      watermarkKb: v.watermarkKb,
    }
  )
}

/** One sentence on why a zone refused the request: below its watermark, or held back by lowmem_reserve. */
export function zonePhrase(v: ZoneVerdict): Phrase {
  const s = toldStage(v)
  // Free as printed; what the check counted (minus CMA, the 2^order − 1 slack, highatomic) when it differs.
  const usable = v.usableFreeKb === v.freeKb ? '' : phrase('phrase.usable-part', { usable: v.usableFreeKb })
  const mark = s.watermark === 'none' ? '' : s.watermark
  if (s.term === 'lowmem-reserve' && v.reserveKb > 0) {
    return phrase('phrase.zone-reserve-refused', {
      zone: v.label,
      free: v.freeKb,
      usable,
      mark,
      min: s.watermarkKb,
      reserve: v.reserveKb,
      need: s.watermarkKb + v.reserveKb,
      miss: -s.marginKb,
    })
  }
  return phrase('phrase.zone-below-min', {
    zone: v.label,
    free: v.freeKb,
    usable,
    mark,
    min: s.watermarkKb,
    miss: -s.marginKb,
  })
}
