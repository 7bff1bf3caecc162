// The one place electron/node imports the parser from, so the host code does not care whether the
// core's streaming parser or (temporarily) a stand-in is behind it.
export {
  REPORT_START_PATTERN,
  createEventParser,
  detectSnapshotKind,
  looksLikeKernelMemoryLine,
  parseSnapshot,
} from './parse-standin'
export type { EventParserHandlers } from './parse-standin'
