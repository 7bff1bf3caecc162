// The tool never writes into the user's evidence. A report's output path is checked against the case's
// inputs by what the file system means, not by spelling: real paths on both sides (so `..`, a symlink
// to an input, or a symlinked folder leading into an input folder are caught), and the file's identity
// (so a hard link to an input is caught too). The CLI's `report -o` and the desktop export ask the same
// question here.
import { stat } from 'node:fs/promises'
import { isWithin, realOrResolved } from '../real-paths'

const fileOf = (input: string): string => input.split('!/')[0] ?? input

/**
 * The input that writing `target` would overwrite or write inside of, or null when `target` is clear
 * of them all. `roots`: the paths the case was opened from (nothing may be written inside a folder
 * among them); `files`: every file the case read, where known (a hard link to one is refused too).
 * Archive members (`bundle.tgz!/var/log/messages`) count as their archive.
 */
export async function evidenceAt(
  target: string,
  roots: readonly string[],
  files: readonly string[] = roots,
): Promise<string | null> {
  const realTarget = await realOrResolved(target)
  for (const root of roots) if (isWithin(realTarget, await realOrResolved(fileOf(root)))) return root
  // Only a file with more than one name can be another name of an input.
  const existing = await stat(realTarget).catch(() => null)
  if (existing === null || existing.nlink < 2) return null
  for (const file of new Set(files.map(fileOf))) {
    const s = await stat(file).catch(() => null)
    if (s && s.dev === existing.dev && s.ino === existing.ino) return file
  }
  return null
}
