/**
 * Where a piece of text came from, and the small interfaces the hosts (Electron main, CLI, worker)
 * implement so the core never touches files itself.
 */

/** A 1-based line in a named input. `path` is as given, archive members as `bundle.tar.gz!/var/log/messages`. */
export interface SourceRef {
  readonly path: string
  readonly line: number
}

/** One physical line of an input, verbatim (no trailing newline, CR removed). */
export interface RawLine {
  readonly path: string
  /** 1-based physical line number after decompression. */
  readonly line: number
  readonly text: string
}

/**
 * A pull-free, push-based sink: hosts read files as streams and push lines in order.
 * Parsers in the core implement this so the same code runs over a stream, a string or a worker message.
 */
export interface LineSink {
  push(line: RawLine): void
  /** The input `path` has ended (flush any pending report of that file). */
  endOfInput(path: string): void
}
