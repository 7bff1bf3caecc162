// The block decoder and bit reader inside unbzip2-stream (its stream wrapper collects a whole block's
// output, up to ~45 MB for runs of one byte, before emitting it; we drive the block decoder ourselves).
declare module 'unbzip2-stream/lib/bzip2.js' {
  interface Bzip2 {
    header(bits: BitReader): number
    /** Decodes one block, calling `out` per byte; returns the running stream CRC, or null at the stream end. */
    decompress(
      bits: BitReader,
      out: (byte: number) => void,
      buf: Int32Array,
      bufsize: number,
      streamCRC: number | null,
    ): number | null
  }
  interface BitReader {
    (n: number | null): number
    bytesRead: number
  }
  const bzip2: Bzip2
  export default bzip2
}

declare module 'unbzip2-stream/lib/bit_iterator.js' {
  import type { BitReader } from 'unbzip2-stream/lib/bzip2.js'
  export default function bitIterator(nextBuffer: () => Uint8Array | undefined): BitReader
}
