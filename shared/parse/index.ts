/**
 * The parsing core's public API: kernel logs → MemEvents, proc snapshots → Snapshots.
 *
 * Streaming: `createEventParser` (push lines, get events); ordering and final ids: `orderEvents`;
 * whole-text convenience: `parseText`; proc snapshots: `detectSnapshotKind` + `parseSnapshot`;
 * candidate-region markers for big files: `REPORT_START_PATTERN`, `looksLikeKernelMemoryLine`, and the
 * prefix-aware `SectionTracker` that keeps a window open while a report goes on.
 */
export { createEventParser } from './create-event-parser'
export type { EventParserOptions } from './parser-options'
export { orderEvents } from './order-events'
export { parseText, type ParseTextOptions } from './parse-text'
export { detectSnapshotKind } from './proc/detect-snapshot-kind'
export { parseSnapshot } from './proc/parse-snapshot'
export { VM_SYSCTL_FILES } from './proc/sysctl'
export { REPORT_START_PATTERN, REPORT_MARKER, looksLikeKernelMemoryLine } from './markers'
export { SectionTracker } from './section-tracker'
export { PARSE_ISSUE_DEFS, type ParseIssueCode } from './issue-defs'
export { MAX_REPORT_LINES, MAX_STRAY } from './report-assembler'
export { stripPrefix, type StrippedLine, type PrefixKind } from './prefix/strip-prefix'
