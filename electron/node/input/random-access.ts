import type { FileHandle } from 'node:fs/promises'

/** Positional reads over a file or a buffer (binary journals and zips need them). */
export interface RandomAccess {
  readonly sizeBytes: number
  /** Up to `length` bytes at `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Buffer>
}

export function bufferAccess(buffer: Buffer): RandomAccess {
  return {
    sizeBytes: buffer.length,
    read: async (offset, length) => buffer.subarray(offset, Math.min(offset + length, buffer.length)),
  }
}

export function fileAccess(handle: FileHandle, sizeBytes: number): RandomAccess {
  return {
    sizeBytes,
    read: async (offset, length) => {
      const size = Math.max(0, Math.min(length, sizeBytes - offset))
      const out = Buffer.alloc(size)
      const { bytesRead } = await handle.read(out, 0, size, offset)
      return out.subarray(0, bytesRead)
    },
  }
}

const BLOCK_BYTES = 1024 * 1024

/** Buffered sequential reads: the journal's objects are walked front to back in 1 MiB blocks. */
export class BlockReader {
  private block: Buffer = Buffer.alloc(0)
  private blockStart = 0

  constructor(private readonly source: RandomAccess) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const end = offset + length
    if (offset >= this.blockStart && end <= this.blockStart + this.block.length) {
      return this.block.subarray(offset - this.blockStart, end - this.blockStart)
    }
    if (length > BLOCK_BYTES) return this.source.read(offset, length)
    this.block = await this.source.read(offset, BLOCK_BYTES)
    this.blockStart = offset
    return this.block.subarray(0, Math.min(length, this.block.length))
  }
}
