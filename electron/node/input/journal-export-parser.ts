/** One journal entry of an export stream: the fields we use and the physical line of its MESSAGE. */
export interface ExportEntry {
  readonly fields: ReadonlyMap<string, string>
  readonly messageLine: number
}

const NL = 10

/**
 * Incremental parser of the Journal Export Format (systemd docs/JOURNAL_EXPORT_FORMATS.md): entries of
 * `FIELD=value` lines ended by an empty line; a field whose value may hold newlines or binary data is
 * `FIELD\n`, a little-endian 64-bit length, the bytes, `\n`. Keeps only the fields asked for.
 */
export class JournalExportParser {
  private pending: Buffer = Buffer.alloc(0)
  private line = 1
  private fields = new Map<string, string>()
  private messageLine = 0

  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly onEntry: (entry: ExportEntry) => void,
    private readonly maxFieldBytes: number,
  ) {}

  write(chunk: Buffer): void {
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk
    let pos = 0
    for (;;) {
      const nl = this.pending.indexOf(NL, pos)
      if (nl === -1) break
      const eq = this.pending.indexOf(0x3d, pos)
      if (nl === pos) {
        this.endEntry()
        pos = nl + 1
        this.line++
      } else if (eq !== -1 && eq < nl) {
        this.field(this.pending.toString('utf8', pos, eq), () => this.pending.toString('utf8', eq + 1, nl))
        pos = nl + 1
        this.line++
      } else {
        const sizeAt = nl + 1
        if (this.pending.length < sizeAt + 8) break
        const size = Number(this.pending.readBigUInt64LE(sizeAt))
        if (size > this.maxFieldBytes) throw new Error(`a binary field of ${size} bytes exceeds the limit`)
        const end = sizeAt + 8 + size
        if (this.pending.length < end + 1) break
        const name = this.pending.toString('utf8', pos, nl)
        const startLine = this.line
        this.field(name, () => this.pending.toString('utf8', sizeAt + 8, end))
        this.line += 1 + countNewlines(this.pending, sizeAt, end + 1)
        if (name === 'MESSAGE') this.messageLine = startLine
        pos = end + 1
      }
    }
    this.pending = this.pending.subarray(pos)
    if (this.pending.length > this.maxFieldBytes + 64) throw new Error('a field line exceeds the limit')
  }

  end(): void {
    this.endEntry()
  }

  private field(name: string, value: () => string): void {
    if (name === 'MESSAGE') this.messageLine = this.line
    if (this.wanted.has(name)) this.fields.set(name, value())
  }

  private endEntry(): void {
    if (this.fields.size > 0) this.onEntry({ fields: this.fields, messageLine: this.messageLine })
    this.fields = new Map()
    this.messageLine = 0
  }
}

function countNewlines(buf: Buffer, from: number, end: number): number {
  let n = 0
  for (let i = buf.indexOf(NL, from); i !== -1 && i < end; i = buf.indexOf(NL, i + 1)) n++
  return n
}
