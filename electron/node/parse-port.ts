// The parser API the input layer uses, in one place.
export {
  REPORT_START_PATTERN,
  createEventParser,
  detectSnapshotKind,
  looksLikeKernelMemoryLine,
  orderEvents,
  parseSnapshot,
} from '../../shared/parse'
