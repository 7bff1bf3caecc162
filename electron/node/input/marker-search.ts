/** Shortest piece of an anchor searched for (shorter pieces would match too often by chance). */
const MIN_NEEDLE_BYTES = 4
/**
 * Longest piece: below 7 bytes Node's search stays a memchr for the first byte plus a compare; from
 * 7 on it turns to Boyer-Moore-Horspool after a few false starts, which was 7x slower on a syslog
 * ('Manual OOM' 215 ms, 'killer' 30 ms over 400 MB).
 */
const MAX_NEEDLE_BYTES = 6
/** Bytes of an input counted to learn which bytes are rare in it. */
const SAMPLE_BYTES = 64 * 1024

interface Needle {
  readonly anchor: Buffer
  /** The piece searched for: anchor[offset…]. */
  readonly piece: Buffer
  readonly offset: number
}

/**
 * Finds the literal anchors every report-start line contains, at memory speed.
 *
 * Buffer.indexOf of a short needle runs at memchr speed for its first byte, so it is as fast as that
 * byte is rare (measured on a 400 MB syslog: 'killer' 30 ms, ' process ' 174 ms, 'allocation
 * failure' 126 ms). So each anchor is searched for by a short piece that starts at the byte rarest
 * in this input (counted on a sample of its first bytes), and a hit is then compared with the whole
 * anchor. Which piece is searched changes only the
 * speed, never what is found: the whole anchor is still checked at every candidate.
 */
export class MarkerSearch {
  private needles: readonly Needle[]
  /** Per needle, the next verified anchor start at or after `searchedFrom` in `buffer` (-1: none). */
  private hits: number[] = []
  private searchedFrom: number[] = []
  private buffer: Buffer | null = null
  private readonly counts = new Uint32Array(256)
  private sampled = 0

  constructor(private readonly anchors: readonly Buffer[]) {
    this.needles = anchors.map((anchor) => ({ anchor, piece: anchor.subarray(0, MAX_NEEDLE_BYTES), offset: 0 }))
  }

  /** Learns the input's rare bytes from its first SAMPLE_BYTES (later chunks cost nothing here). */
  learn(chunk: Buffer): void {
    if (this.sampled >= SAMPLE_BYTES) return
    const counts = this.counts
    const end = Math.min(chunk.length, SAMPLE_BYTES - this.sampled)
    for (let i = 0; i < end; i++) counts[chunk[i]!]!++
    this.sampled += end
    this.needles = this.anchors.map((anchor) => {
      let best = 0
      for (let at = 1; at + MIN_NEEDLE_BYTES <= anchor.length; at++)
        if (counts[anchor[at]!]! < counts[anchor[best]!]!) best = at
      return { anchor, piece: anchor.subarray(best, best + MAX_NEEDLE_BYTES), offset: best }
    })
    this.buffer = null
  }

  /** A new buffer (or new bytes in a reused one) follows: earlier search results no longer apply. */
  forget(): void {
    this.buffer = null
  }

  /**
   * Start of the first anchor in [from, end) of `buf`, or -1. Calls on one buffer (until forget())
   * reuse earlier searches, so they must come with `from` not going backwards.
   */
  find(buf: Buffer, from: number, end: number): number {
    if (buf !== this.buffer) {
      this.buffer = buf
      this.hits = this.needles.map(() => -1)
      this.searchedFrom = this.needles.map(() => -1)
    }
    let first = -1
    for (let i = 0; i < this.needles.length; i++) {
      let hit = this.hits[i]!
      if (this.searchedFrom[i]! < 0 || from < this.searchedFrom[i]! || (hit !== -1 && hit < from)) {
        hit = this.search(this.needles[i]!, buf, from)
        this.hits[i] = hit
        this.searchedFrom[i] = from
      }
      if (hit !== -1 && hit < end && (first === -1 || hit < first)) first = hit
    }
    return first
  }

  /** Next start of the needle's whole anchor at or after `from`, or -1. */
  private search(needle: Needle, buf: Buffer, from: number): number {
    const { anchor, piece, offset } = needle
    for (let at = buf.indexOf(piece, from + offset); at !== -1; at = buf.indexOf(piece, at + 1)) {
      const start = at - offset
      const stop = start + anchor.length
      if (start >= from && stop <= buf.length && buf.compare(anchor, 0, anchor.length, start, stop) === 0) return start
    }
    return -1
  }
}
