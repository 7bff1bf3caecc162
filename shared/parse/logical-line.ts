import type { WallStamp } from './prefix/wall-stamp'

/** One physical line (or collapsed-paste segment) that is part of a logical line. */
export interface LinePart {
  readonly line: number
  /** Verbatim text of the line or segment. */
  readonly text: string
  /** That part's kernel message (prefix removed, spaces normalised, trimmed). */
  readonly message: string
  /** True for a part that continues the one before it (a wrapped-off tail, an escaped-newline piece). */
  readonly continues?: boolean
}

/**
 * A kernel message as the kernel printed it: one prefixed line plus the lines a mail client or
 * terminal wrapped off it (and rsyslog `#012` pieces).
 */
export interface LogicalLine {
  readonly path: string
  readonly host: string | null
  readonly parts: LinePart[]
  /** The parts' messages joined with single spaces. */
  message: string
  readonly wall: WallStamp | null
  /** How many times the syslog month went backwards (a new year) before this line, in this file. */
  readonly yearEpoch: number
  readonly uptime: number | null
}
