import type { RawLine } from '../../../shared/base/source'
import type { ByteStream } from './byte-stream'
import { countBytes } from './byte-stream'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits'
import { InputError } from './input-error'
import { quietContext, type LineTarget, type ReadContext } from './read-context'
import { readEntry } from './read-entry'
import { orderRotated, rotationPlace } from './rotation'

/**
 * A file the host holds in memory instead of on disk: what a browser sends when a file is opened,
 * dropped or pasted there (`openCaseContent`). Read by the same readers as a file on disk, through
 * the same byte-stream seam; never written anywhere.
 */
export interface MemoryFile {
  /** Relative name as the user's browser gave it (`sosreport/var/log/messages`); the display path. */
  readonly name: string
  readonly bytes: Buffer
  /** The file's modification time, when the browser knew it. */
  readonly mtimeMs: number | null
}

const CHUNK_BYTES = 256 * 1024

/** The buffer as a stream of views on it (no copy), so the readers see what a file read gives them. */
async function* bufferStream(bytes: Buffer): ByteStream {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES)
}

/** Memory files in reading order: each rotated-log family oldest first, as a directory on disk is read. */
export function orderMemoryFiles(files: readonly MemoryFile[]): MemoryFile[] {
  return orderRotated(files, (f) => f.name)
}

/** Reads one memory file as a top-level input (a file the user named). */
export async function readMemoryFile(file: MemoryFile, rotation: string | null, ctx: ReadContext): Promise<void> {
  ctx.progress.reading(file.name)
  await readEntry(
    {
      path: file.name,
      name: file.name,
      depth: 0,
      topLevel: true,
      sizeBytes: file.bytes.length,
      stream: countBytes(bufferStream(file.bytes), (n) => ctx.progress.bytes(n)),
      handle: null,
      rotation,
      mtimeMs: file.mtimeMs,
    },
    ctx,
  )
}

/** The rotated-log family of each file that shares one with another (null: nothing to de-duplicate). */
export function sharedFamilies(files: readonly MemoryFile[]): (string | null)[] {
  const families = files.map((f) => rotationPlace(f.name).family)
  const counts = new Map<string, number>()
  for (const family of families) counts.set(family, (counts.get(family) ?? 0) + 1)
  return families.map((family) => ((counts.get(family) ?? 0) > 1 ? family : null))
}

/** The memory file `path` names or sits inside (`name!/member`), if any. */
export function memoryFileOf(files: readonly MemoryFile[], path: string): MemoryFile | undefined {
  return files.find((f) => path === f.name || path.startsWith(`${f.name}!/`))
}

/** Lines [fromLine, toLine] of a memory file or of a member inside one, read back for the raw-log view. */
export async function readMemoryLines(
  files: readonly MemoryFile[],
  path: string,
  fromLine: number,
  toLine: number,
  limits: Partial<ImportLimits> = {},
): Promise<RawLine[]> {
  const file = memoryFileOf(files, path)
  if (!file) throw new InputError('not-found', path, `${path}: not part of this case`)
  const target: LineTarget = { path, fromLine, toLine, lines: [], done: false }
  await readMemoryFile(file, null, quietContext({ ...DEFAULT_IMPORT_LIMITS, ...limits }, { target }))
  return target.lines
}
