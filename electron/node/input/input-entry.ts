import type { FileHandle } from 'node:fs/promises'
import type { ByteStream } from './byte-stream'

/** One byte stream to read: a file, an archive member, or the decompressed content of either. */
export interface InputEntry {
  /** Display path: as given, members as `bundle.tar.gz!/var/log/messages`. */
  readonly path: string
  /** Path inside its directory or container, for name hints (rotation family, sys/vm file names). */
  readonly name: string
  /** Archives and compressions this stream sits inside. */
  readonly depth: number
  /** A path the user named: unreadable or unsupported content is an InputError, not a warning. */
  readonly topLevel: boolean
  /** Size as stored (on disk or in the container), when known. */
  readonly sizeBytes: number | null
  readonly stream: ByteStream
  /**
   * The open, read-only descriptor of a plain file on disk (its owner closes it): zip and journal
   * readers read it by position instead of buffering it, without opening the path again.
   */
  readonly handle: FileHandle | null
  /** Rotated-log family (`dir/messages` for `messages-20260101.gz`), null when not a rotated log. */
  readonly rotation: string | null
  /** Modification time (file system, tar or zip header), when known. */
  readonly mtimeMs: number | null
}
