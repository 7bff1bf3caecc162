// Every fuzz property, with its share of the case budget. Shares follow cost: the cheap line-level
// properties get most cases, the whole-pipeline ones (≈ 15 ms a case) fewer.
import { interleavedInputs } from './event-parser-properties'
import type { FuzzSpec } from './fuzz-spec'
import { lineScannerEveryLine, lineScannerWindows } from './line-scanner-properties'
import { collapsedCorpus, hostileComm, mutatedCorpus } from './mutation-properties'
import { interleavedReports, randomPrefix, randomWrap } from './paste-properties'
import { pipelineAnyInput, windowedEqualsWhole } from './pipeline-properties'
import {
  collapsedPasteRoundTrip,
  splitSegmentsAnyLine,
  stripPrefixAnyLine,
  stripPrefixKnownPrefix,
} from './prefix-properties'
import { snapshotCase, snapshotDetection, snapshotParsers } from './snapshot-properties'

export const FUZZ_SPECS: readonly FuzzSpec[] = [
  stripPrefixAnyLine,
  stripPrefixKnownPrefix,
  splitSegmentsAnyLine,
  collapsedPasteRoundTrip,
  lineScannerEveryLine,
  lineScannerWindows,
  snapshotDetection,
  snapshotParsers,
  snapshotCase,
  hostileComm,
  pipelineAnyInput,
  windowedEqualsWhole,
  interleavedInputs,
  mutatedCorpus,
  collapsedCorpus,
  randomPrefix,
  randomWrap,
  interleavedReports,
]

/** Cases per spec for a total budget: shares rounded up, so the total is never short; each spec at least `floor`. */
export function casesFor(spec: FuzzSpec, total: number, floor = 10): number {
  const sum = FUZZ_SPECS.reduce((s, x) => s + x.weight, 0)
  return Math.max(floor, Math.ceil((total * spec.weight) / sum))
}
