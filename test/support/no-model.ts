// A model result with nothing recomputed: what the core sees for a report too cut for the model.
// Tests use it to check that diagnosis and serialisation degrade gracefully without the model.
import type { ModelResult } from '../../shared/model/types'

export const NO_MODEL: ModelResult = {
  inferredMinFreeKbytes: null,
  minFreeSource: 'unknown',
  watermarkScaleFactor: null,
  zones: [],
  gfp: null,
  allocation: null,
  predictedVictim: null,
}
