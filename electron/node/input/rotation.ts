import { posix } from 'node:path'
import { stripCompressionExt } from './member-name'

/** Where a file stands in its rotated-log family: the family and an age key (older sorts first). */
export interface RotationPlace {
  /** `dir/messages` for `dir/messages`, `dir/messages.1`, `dir/messages-20260101.gz`. */
  readonly family: string
  /** Oldest first: `.N` files by descending N, then dated files by date, then the live file. */
  readonly order: number
}

const NUMBERED = /^(.+)\.(\d{1,4})$/
const DATED = /^(.+)-(\d{8})(\d{2,6})?$/

/** The rotated-log family of a path (`messages.2.gz`, `kern.log.1`, `messages-20260101`), or a family of one. */
export function rotationPlace(path: string): RotationPlace {
  const dir = posix.dirname(path)
  const base = stripCompressionExt(posix.basename(path))
  const numbered = NUMBERED.exec(base)
  if (numbered) return { family: posix.join(dir, numbered[1]!), order: -Number(numbered[2]) }
  const dated = DATED.exec(base)
  if (dated) return { family: posix.join(dir, dated[1]!), order: Number(dated[2]) }
  return { family: posix.join(dir, base), order: Number.MAX_SAFE_INTEGER }
}

/**
 * Orders files so every rotated family reads oldest to newest, families kept in the order of their
 * first member (directory order otherwise unchanged).
 */
export function orderRotated<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  const families = new Map<string, { item: T; order: number }[]>()
  for (const item of items) {
    const place = rotationPlace(pathOf(item))
    const members = families.get(place.family) ?? []
    members.push({ item, order: place.order })
    families.set(place.family, members)
  }
  const ordered: T[] = []
  for (const members of families.values()) {
    members.sort((a, b) => a.order - b.order)
    for (const m of members) ordered.push(m.item)
  }
  return ordered
}
