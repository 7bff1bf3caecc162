/**
 * The parsing core's public API: kernel logs → MemEvents, proc snapshots → Snapshots.
 *
 * Streaming: `createEventParser` (push lines, get events); ordering and final ids: `orderEvents`;
 * whole-text convenience: `parseText`; proc snapshots: `detectSnapshotKind` + `parseSnapshot`;
 * candidate-region markers for big files: `REPORT_START_PATTERN`, `looksLikeKernelMemoryLine`.
 */
export { createEventParser } from './create-event-parser'
export type { EventParserOptions } from './parser-options'
export { orderEvents } from './order-events'
export { parseText, type ParseTextOptions } from './parse-text'
export { detectSnapshotKind } from './proc/detect-snapshot-kind'
export { parseSnapshot } from './proc/parse-snapshot'
export { VM_SYSCTL_FILES } from './proc/sysctl'
export { REPORT_START_PATTERN, looksLikeKernelMemoryLine } from './markers'
export { stripPrefix, type StrippedLine, type PrefixKind } from './prefix/strip-prefix'
