import { decodePayload } from './bounded-decode'
import type { OutputLimits } from './output-guard'
import { BlockReader, type RandomAccess } from './random-access'

// Layout per systemd's "Journal File Format" (docs/JOURNAL_FILE_FORMAT.md, src/libsystemd/sd-journal/journal-def.h).
const SIGNATURE = 'LPKSHHRH'
const HEADER_INCOMPATIBLE_FLAGS = 12
const HEADER_SIZE = 88
const HEADER_TAIL_OBJECT_OFFSET = 136
const INCOMPATIBLE_COMPACT = 16
const OBJECT_HEADER_BYTES = 16
const OBJECT_DATA = 1
const OBJECT_ENTRY = 3
const OBJECT_COMPRESSED_XZ = 1
const OBJECT_COMPRESSED_LZ4 = 2
const OBJECT_COMPRESSED_ZSTD = 4
const DATA_PAYLOAD = 64
const DATA_PAYLOAD_COMPACT = 72
const ENTRY_REALTIME = 24
const ENTRY_ITEMS = 64
/** Objects larger than this are not believed (a corrupt size field would make us read the whole file). */
const MAX_OBJECT_BYTES = 64 * 1024 * 1024

export interface JournalEntry {
  /** 1-based position among the file's entries: the "line" of a journal. */
  readonly index: number
  readonly realtimeUsec: bigint
  /** Offsets of the entry's data objects. */
  readonly dataOffsets: readonly number[]
}

export class JournalFormatError extends Error {}

/** A DATA object's `FIELD=value` payload, decoded up to the caller's limit. */
export interface DataPayload {
  readonly bytes: Buffer
  /** True when the payload was longer than the limit and only its start is in `bytes`. */
  readonly cut: boolean
}

/** Reads a binary journal's entries in file order and their `FIELD=value` data on demand. */
export class JournalObjects {
  private readonly blocks: BlockReader
  private compact = false
  private tailObject = 0
  private headerBytes = 0
  lz4Skipped = 0

  constructor(private readonly source: RandomAccess) {
    this.blocks = new BlockReader(source)
  }

  async open(): Promise<void> {
    const header = await this.source.read(0, 240)
    if (header.length < 208 || header.toString('latin1', 0, 8) !== SIGNATURE) {
      throw new JournalFormatError('not a systemd journal file (bad header)')
    }
    this.compact = (header.readUInt32LE(HEADER_INCOMPATIBLE_FLAGS) & INCOMPATIBLE_COMPACT) !== 0
    this.headerBytes = Number(header.readBigUInt64LE(HEADER_SIZE))
    this.tailObject = Number(header.readBigUInt64LE(HEADER_TAIL_OBJECT_OFFSET))
  }

  /** Every ENTRY object, front to back (journals are append-only, so this is time order). */
  async *entries(): AsyncGenerator<JournalEntry> {
    let offset = this.headerBytes
    let index = 0
    while (offset > 0 && offset <= this.tailObject && offset + OBJECT_HEADER_BYTES <= this.source.sizeBytes) {
      const head = await this.blocks.read(offset, OBJECT_HEADER_BYTES)
      const type = head[0]!
      const size = Number(head.readBigUInt64LE(8))
      if (size < OBJECT_HEADER_BYTES || size > MAX_OBJECT_BYTES) {
        throw new JournalFormatError(`object at offset ${offset} has an impossible size ${size}`)
      }
      if (type === OBJECT_ENTRY) {
        const body = await this.blocks.read(offset, size)
        index++
        yield { index, realtimeUsec: body.readBigUInt64LE(ENTRY_REALTIME), dataOffsets: this.itemOffsets(body) }
      }
      offset += Math.ceil(size / 8) * 8
    }
  }

  private itemOffsets(body: Buffer): number[] {
    const offsets: number[] = []
    const step = this.compact ? 4 : 16
    for (let at = ENTRY_ITEMS; at + (this.compact ? 4 : 8) <= body.length; at += step) {
      offsets.push(this.compact ? body.readUInt32LE(at) : Number(body.readBigUInt64LE(at)))
    }
    return offsets
  }

  /**
   * The `FIELD=value` payload of a DATA object, at most `limits.maxBytes` of it (compressed ones are
   * decoded through the output-bounded stage, never whole); null when unreadable or LZ4.
   */
  async data(offset: number, limits: OutputLimits): Promise<DataPayload | null> {
    const head = await this.source.read(offset, OBJECT_HEADER_BYTES)
    if (head.length < OBJECT_HEADER_BYTES || head[0] !== OBJECT_DATA) return null
    const size = Number(head.readBigUInt64LE(8))
    if (size > MAX_OBJECT_BYTES) return null
    const start = this.compact ? DATA_PAYLOAD_COMPACT : DATA_PAYLOAD
    const payload = (await this.source.read(offset, size)).subarray(start)
    const flags = head[1]!
    if (flags & OBJECT_COMPRESSED_LZ4) {
      this.lz4Skipped++
      return null
    }
    const format = flags & OBJECT_COMPRESSED_XZ ? 'xz' : flags & OBJECT_COMPRESSED_ZSTD ? 'zstd' : null
    if (format === null) {
      const cut = payload.length > limits.maxBytes
      return { bytes: cut ? payload.subarray(0, limits.maxBytes) : payload, cut }
    }
    const decoded = await decodePayload(format, payload, limits)
    return { bytes: decoded.bytes, cut: decoded.stopped !== null }
  }
}
