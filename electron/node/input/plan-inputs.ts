import { lstat, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { InputError, inputErrorFromFs } from './input-error'
import type { ReadContext } from './read-context'
import { orderRotated, rotationPlace } from './rotation'

/** A file to read: a path the user named, or a file found inside a directory they named. */
export interface PlannedFile {
  readonly filePath: string
  /** Display path (as given, or given directory + relative path). */
  readonly path: string
  /** Relative path inside the named directory (the path itself for a named file). */
  readonly name: string
  readonly sizeBytes: number
  readonly topLevel: boolean
  /** Rotated-log family, when another planned file belongs to it too (null: nothing to de-duplicate). */
  readonly rotation: string | null
  readonly mtimeMs: number
}

/**
 * Resolves the named paths into the files to read, in reading order: directories walked
 * recursively (symlinks and special files skipped with a note), each rotated-log family oldest first.
 * A named path that does not exist or cannot be read is an InputError.
 */
export async function planInputs(paths: readonly string[], ctx: ReadContext): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = []
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw inputErrorFromFs(path, error)
    })
    if (info.isDirectory()) {
      ctx.addInput({ path, kind: 'directory', bytes: 0 })
      const files = await walkDirectory(path, ctx)
      planned.push(...orderRotated(files, (f) => f.name))
    } else if (info.isFile()) {
      const rotation = rotationPlace(path).family
      const file = { filePath: path, path, name: path, sizeBytes: info.size, topLevel: true, rotation }
      planned.push({ ...file, mtimeMs: info.mtimeMs })
    } else {
      throw new InputError('unsupported', path, `${path}: not a regular file or directory`)
    }
  }
  return withSharedFamilies(planned)
}

/** Keeps the rotation family only where two or more files share it; single files need no de-duplication. */
function withSharedFamilies(files: readonly PlannedFile[]): PlannedFile[] {
  const counts = new Map<string, number>()
  for (const f of files) if (f.rotation !== null) counts.set(f.rotation, (counts.get(f.rotation) ?? 0) + 1)
  return files.map((f) => (f.rotation !== null && (counts.get(f.rotation) ?? 0) < 2 ? { ...f, rotation: null } : f))
}

async function walkDirectory(root: string, ctx: ReadContext): Promise<PlannedFile[]> {
  const files: PlannedFile[] = []
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.shift()!
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      const fsError = inputErrorFromFs(dir, error)
      if (dir === root) throw fsError
      ctx.warn('unreadable-directory', dir, null, `${fsError.message}; it was skipped.`)
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const dirent of entries) {
      const filePath = join(dir, dirent.name)
      const name = relative(root, filePath).split(sep).join('/')
      if (dirent.isDirectory()) pending.push(filePath)
      else if (dirent.isSymbolicLink()) {
        ctx.warn('symlink-skipped', filePath, null, `${filePath} is a symbolic link; it was not followed.`, 'info')
      } else if (dirent.isFile()) {
        const info = await lstat(filePath).catch(() => null)
        const rotation = rotationPlace(filePath).family
        const sizeBytes = info?.size ?? 0
        files.push({
          filePath,
          path: filePath,
          name,
          sizeBytes,
          topLevel: false,
          rotation,
          mtimeMs: info?.mtimeMs ?? 0,
        })
      } else {
        ctx.warn(
          'special-file-skipped',
          filePath,
          null,
          `${filePath} is a device, socket or pipe; it was skipped.`,
          'info',
        )
      }
    }
  }
  return files
}
