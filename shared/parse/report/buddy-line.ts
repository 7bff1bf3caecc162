/** A buddy (free area) line before the assembler adds positions. */
export interface ParsedBuddyLine {
  readonly node: number
  readonly zone: string
  readonly counts: number[]
  readonly types: (string | null)[]
  /** Block size in kB of each printed order. */
  readonly sizesKb: number[]
  readonly totalKb: number | null
  readonly problems: string[]
}

const HEAD = /^(?:Node (\d+) )?([A-Z][A-Za-z0-9]*): (?=\d+\s?\*\s?\d+\s?kB)/
const ENTRY = /(\d+)\s?\*\s?(\d+)\s?kB(?:\s*\(([A-Z]+)\))?/y
const TOTAL = /=\s*(\d+)\s?kB\s*$/

/**
 * Parse `Node 0 DMA32: 871*4kB (UME) 149*8kB ... = 5588kB`: the count of free blocks per order and
 * the migrate-type letters printed for each order (3.x+; 2.6 prints none). A line cut short keeps the
 * orders it printed and reports the rest as a problem.
 */
export function parseBuddyLine(message: string): ParsedBuddyLine | null {
  const m = HEAD.exec(message)
  if (!m) return null
  const counts: number[] = []
  const types: (string | null)[] = []
  const sizesKb: number[] = []
  const problems: string[] = []
  let at = m[0].length
  const text = message
  while (at < text.length) {
    while (text[at] === ' ') at++
    ENTRY.lastIndex = at
    const e = ENTRY.exec(text)
    if (!e) break
    if (!Number.isSafeInteger(Number(e[1])) || !Number.isSafeInteger(Number(e[2]))) {
      // Past 2^53 a count is a rounded, wrong number: stop here and report the rest as unparsed.
      break
    }
    counts.push(Number(e[1]))
    sizesKb.push(Number(e[2]))
    types.push(e[3] ?? null)
    at = ENTRY.lastIndex
  }
  const rest = text.slice(at).trim()
  const total = TOTAL.exec(rest)
  if (!total && rest !== '') problems.push(`unparsed tail "${rest.slice(0, 40)}"`)
  if (!total && rest === '') problems.push('no "= <total>kB" at the end (line cut short?)')
  for (let i = 1; i < sizesKb.length; i++) {
    if (sizesKb[i] !== (sizesKb[i - 1] ?? 0) * 2) {
      problems.push(`block sizes do not double at order ${i}`)
      break
    }
  }
  return {
    node: m[1] === undefined ? 0 : Number(m[1]),
    zone: m[2] ?? '',
    counts,
    types,
    sizesKb,
    totalKb: total && Number.isSafeInteger(Number(total[1])) ? Number(total[1]) : null,
    problems,
  }
}
