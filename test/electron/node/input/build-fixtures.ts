// Builds real evidence in a temporary directory from the public corpus: archives and compressed
// files made with the system tools (tar, gzip, xz, zstd, bzip2, zip) or the libraries, so every
// container test reads what those tools really write.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { GIVEN } from '../../../support/given'

export const CORPUS = `${GIVEN}/corpus/public`

/** Corpus logs the container tests plant: several formats, several events per file. */
export const PLANTED = [
  '005-i686-pae-4.10-debian-updatedb-syslog.log',
  '011-x86-4.18-3.10-vmware-memcg-leaker.log',
  '020-mips-x1000-5.8-containerd-stmmac.log',
] as const

interface ManifestEntry {
  readonly file: string
  readonly events: number
}

export function manifestEvents(file: string): number {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]
  const entry = manifest.find((m) => m.file === file)
  if (!entry) throw new Error(`${file} is not in the corpus manifest`)
  return entry.events
}

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS, file), 'utf8')
}

export function makeTempDir(prefix = 'oomlens-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Writes files (relative path → content) under `dir`. */
export function writeTree(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), content)
  }
}

export function run(cmd: string, args: readonly string[], cwd?: string): void {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export function hasTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Every file under `dir` with its size and mtime: the proof that reading wrote nothing. */
export function treeState(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      const s = statSync(p, { throwIfNoEntry: false })
      if (!s) continue
      out.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`)
      if (s.isDirectory()) walk(p)
    }
  }
  walk(dir)
  return out
}

/** A binary journal entry for craftJournal: its time and its `FIELD=value` payloads (raw, or zstd-compressed). */
export interface CraftedEntry {
  readonly realtimeUsec: bigint
  /** Indexes into the data list: entries may share a data object, as journald's do. */
  readonly data: readonly number[]
}

export interface CraftedData {
  readonly payload: Buffer
  readonly zstd: boolean
}

/**
 * A binary journal laid out as systemd's "Journal File Format" (docs/JOURNAL_FILE_FORMAT.md): a
 * header, DATA objects (payload at offset 64, zstd flag 4), ENTRY objects (realtime at 24, 16-byte
 * items at 64). Only for what systemd refuses to write (a MESSAGE of hundreds of MB: journal-remote
 * fails with E2BIG), i.e. hostile files; readable journals in tests come from systemd-journal-remote.
 */
export function craftJournal(data: readonly CraftedData[], entries: readonly CraftedEntry[]): Buffer {
  const HEADER = 256
  const parts: Buffer[] = []
  let offset = HEADER
  const place = (object: Buffer): number => {
    const at = offset
    const padded = Buffer.alloc(Math.ceil(object.length / 8) * 8)
    object.copy(padded)
    parts.push(padded)
    offset += padded.length
    return at
  }
  const objectHeader = (type: number, flags: number, size: number): Buffer => {
    const head = Buffer.alloc(16)
    head[0] = type
    head[1] = flags
    head.writeBigUInt64LE(BigInt(size), 8)
    return head
  }
  const dataOffsets = data.map((d) => {
    const size = 64 + d.payload.length
    const object = Buffer.concat([objectHeader(1, d.zstd ? 4 : 0, size), Buffer.alloc(48), d.payload])
    return place(object)
  })
  let tail = HEADER
  for (const e of entries) {
    const size = 64 + 16 * e.data.length
    const object = Buffer.alloc(size)
    objectHeader(3, 0, size).copy(object)
    object.writeBigUInt64LE(e.realtimeUsec, 24)
    e.data.forEach((d, i) => object.writeBigUInt64LE(BigInt(dataOffsets[d]!), 64 + 16 * i))
    tail = place(object)
  }
  const header = Buffer.alloc(HEADER)
  header.write('LPKSHHRH', 0, 'latin1')
  header.writeUInt32LE(8, 12) // incompatible flags: COMPRESSED_ZSTD
  header.writeBigUInt64LE(BigInt(HEADER), 88)
  header.writeBigUInt64LE(BigInt(offset - HEADER), 96)
  header.writeBigUInt64LE(BigInt(tail), 136)
  return Buffer.concat([header, ...parts])
}
