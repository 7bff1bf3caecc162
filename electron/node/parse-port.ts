// The parser API the input layer uses, in one place.
export {
  MAX_STRAY,
  REPORT_START_PATTERN,
  SectionTracker,
  createEventParser,
  detectSnapshotKind,
  orderEvents,
  parseSnapshot,
} from '../../shared/parse'
