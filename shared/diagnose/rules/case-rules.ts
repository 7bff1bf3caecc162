/** Case-level rules: patterns across a case's events and snapshots. */
import type { MemEvent, Snapshot } from '../../event/types'
import type { CaseFindingSpec } from '../build-case-finding'
import { memoryLeakTrend } from './memory-leak-trend'
import { periodicOom } from './periodic-oom'
import { repeatedVictim } from './repeated-victim'

/** A rule over a whole case: events in time order and snapshots; what it found, not yet worded. */
export type CaseRule = (events: readonly MemEvent[], snapshots: readonly Snapshot[]) => CaseFindingSpec[]

/** Every case rule. */
export const CASE_RULES: readonly CaseRule[] = [repeatedVictim, periodicOom, memoryLeakTrend]
