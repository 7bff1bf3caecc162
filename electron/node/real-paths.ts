// Paths as the file system means them. A string comparison of paths is fooled by `..`, symlinked
// folders and links inside a folder; every check of "is this inside that" (granted-paths.ts,
// evidence-guard.ts) compares real paths instead.
import { realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'

/**
 * The real path of `path`; for a path that does not exist (yet), its folder's real path plus its name
 * (where a file written there would land); failing that, the path with `..` resolved.
 */
export async function realOrResolved(path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    return await realpath(absolute)
  } catch {
    return realpath(dirname(absolute)).then(
      (dir) => join(dir, basename(absolute)),
      () => absolute,
    )
  }
}

/** True when `path` is `root` or lies inside it (both real paths). */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}
