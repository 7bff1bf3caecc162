/**
 * Independent, deliberately simple readings of a raw log, for the corpus tests: no code shared with the
 * parser. Prefixes are removed with two blunt regexes and every line is joined with a space, so wrapped
 * lines come back together; then plain global regexes pick the printed numbers.
 */
export function flatten(text: string): string {
  return text.split('\n').map(bluntMessage).join(' ').replace(/\s+/g, ' ')
}

/** A line without its paste framing (indentation, `>`, `#`), a syslog `host kernel:` prefix and one bracket. */
export function bluntMessage(line: string): string {
  return line
    .replace(/\u00a0/g, ' ')
    .replace(/\r$/, '')
    .replace(/^[\s>#]*/, '')
    .replace(/^[A-Z][a-z]{2} +\d+ [\d:]{8} \S+ kernel: ?/, '')
    .replace(/^\[[^\]]*\]/, '')
}

export interface ZoneNumbers {
  zone: string
  free: number
  min: number
  low: number
  high: number
}

export function zoneLines(flat: string): ZoneNumbers[] {
  const out: ZoneNumbers[] = []
  for (const m of flat.matchAll(
    /\b(DMA32|DMA|Normal|HighMem|Movable) free:(\d+)kB (?:boost:\d+kB )?min:(\d+)kB low:(\d+)kB high:(\d+)kB/g,
  )) {
    out.push({ zone: m[1]!, free: Number(m[2]), min: Number(m[3]), low: Number(m[4]), high: Number(m[5]) })
  }
  return out
}

export interface BuddyNumbers {
  zone: string
  counts: number[]
  letters: (string | null)[]
  total: number
}

export function buddyLines(flat: string): BuddyNumbers[] {
  const out: BuddyNumbers[] = []
  for (const m of flat.matchAll(
    /\b(DMA32|DMA|Normal|HighMem|Movable): ((?:\d+\* ?\d+kB (?:\([A-Z]+\) )?)+)= (\d+)kB/g,
  )) {
    const counts: number[] = []
    const letters: (string | null)[] = []
    for (const e of m[2]!.matchAll(/(\d+)\* ?\d+kB(?: \(([A-Z]+)\))?/g)) {
      counts.push(Number(e[1]))
      letters.push(e[2] ?? null)
    }
    out.push({ zone: m[1]!, counts, letters, total: Number(m[3]) })
  }
  return out
}

export function numbersOf(flat: string, re: RegExp): number[][] {
  return [...flat.matchAll(re)].map((m) => m.slice(1).map(Number))
}

/** Task rows: `[ pid ] uid tgid ...` lines, counted per physical line. */
export function taskRowCount(text: string): number {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^[\s>#]*/, '')
        .replace(/^[A-Z][a-z]{2} +\d+ [\d:]{8} \S+ kernel: /, '')
        .replace(/^\[\s*\d+\.\d+\]/, ''),
    )
    .filter((l) => /^\s*\[\s*\d+\]\s+\d+\s+\d+\s+\d+/.test(l)).length
}
