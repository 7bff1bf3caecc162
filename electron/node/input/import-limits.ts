/** Safety limits for reading untrusted evidence. Every limit reached becomes a warning naming the path. */
export interface ImportLimits {
  /** Decompressed bytes across the whole case; reading stops once reached. */
  readonly maxTotalBytes: number
  /** Decompressed : compressed ratio of one stream above which it is a bomb and is abandoned. */
  readonly maxRatio: number
  /** Output a stream may produce before the ratio limit applies (small files compress very well). */
  readonly ratioGraceBytes: number
  /** Archives and compressed streams nested inside each other. */
  readonly maxDepth: number
  /** Longest line kept; the rest of a longer line is dropped with a warning. */
  readonly maxLineBytes: number
  /** Largest proc/sys snapshot read whole. */
  readonly maxSnapshotBytes: number
  /** Largest nested zip or binary journal buffered in memory (both need random access). */
  readonly maxBufferedMemberBytes: number
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxTotalBytes: 32 * 1024 ** 3,
  // gzip/deflate cannot exceed ~1032:1, so a bomb of zeros sits right at 1000:1; real logs stay far
  // below 250:1 (tens for gzip, low hundreds for xz of very repetitive logs).
  maxRatio: 250,
  ratioGraceBytes: 64 * 1024 ** 2,
  maxDepth: 6,
  maxLineBytes: 4 * 1024 ** 2,
  maxSnapshotBytes: 16 * 1024 ** 2,
  maxBufferedMemberBytes: 128 * 1024 ** 2,
}
