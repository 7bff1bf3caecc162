/** Why a decoder was stopped: its output grew too large against its input, or in total. */
export type StopReason = 'ratio-limit' | 'total-limit'

/** The limits one decoded stream is held to (a subset of ImportLimits, so a worker can carry it). */
export interface OutputLimits {
  /** Decoded : encoded bytes above which the stream is a bomb (after graceBytes of output). */
  readonly maxRatio: number
  readonly ratioGraceBytes: number
  /** Decoded bytes one stream may produce at most. */
  readonly maxBytes: number
}

/** Thrown inside a decoder's output callback to stop it where it stands (nothing more is decoded). */
export class DecodeStopped extends Error {
  override readonly name = 'DecodeStopped'

  constructor(
    readonly reason: StopReason,
    readonly produced: number,
    readonly consumed: number,
  ) {
    super(`decoding stopped (${reason})`)
  }
}

/**
 * Counts what one decoder consumes and produces and stops it at the first produced chunk that breaks
 * a limit: every decoder (native process, zlib, the JS/WASM fallbacks, zip members, journal
 * payloads) reports each chunk here before the chunk goes anywhere, so a bomb never gets further
 * than one chunk past the limit and no whole output is ever held first.
 */
export class OutputGuard {
  /** Encoded bytes handed to the decoder so far. */
  consumed = 0
  /** Decoded bytes it produced so far. */
  produced = 0

  constructor(
    private readonly limits: OutputLimits,
    /** Extra stop condition checked per chunk (the case-wide budget on the main thread). */
    private readonly exhausted: () => boolean = () => false,
  ) {}

  /** Accounts one produced chunk; throws DecodeStopped when it breaks a limit. */
  admit(bytes: number): void {
    this.produced += bytes
    const reason = this.breach()
    if (reason) throw new DecodeStopped(reason, this.produced, this.consumed)
  }

  private breach(): StopReason | null {
    const { maxRatio, ratioGraceBytes, maxBytes } = this.limits
    if (this.produced > ratioGraceBytes && this.produced > maxRatio * Math.max(this.consumed, 1)) return 'ratio-limit'
    if (this.produced > maxBytes || this.exhausted()) return 'total-limit'
    return null
  }
}
