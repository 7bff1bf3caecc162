/** Lines remembered per rotated-log family; beyond it de-duplication stops (memory stays bounded). */
const MAX_LINES_PER_FAMILY = 200_000

/**
 * Drops a report line that an earlier file of the same rotated-log family already carried: logrotate
 * with copytruncate, or a copied `messages` next to its own `messages-20260101`, repeat lines across
 * files. Only report-window lines pass through here, so the memory stays small; a line repeated
 * inside one file is never dropped.
 */
export class RotationDedup {
  private readonly seen = new Map<string, Map<string, string>>()
  dropped = 0

  /** True when the line should be kept. */
  keep(family: string, path: string, text: string): boolean {
    let lines = this.seen.get(family)
    if (!lines) {
      lines = new Map()
      this.seen.set(family, lines)
    }
    const firstPath = lines.get(text)
    if (firstPath === undefined) {
      if (lines.size < MAX_LINES_PER_FAMILY) lines.set(text, path)
      return true
    }
    if (firstPath === path) return true
    this.dropped++
    return false
  }
}
