import { parseFields } from './fields'

/** A zone line before the assembler adds positions. */
export interface ParsedZoneLine {
  readonly node: number
  readonly zone: string
  readonly fields: Record<string, number>
  readonly kbFields: string[]
  readonly flags: Record<string, boolean>
  /** Tokens not understood, and a last field that looked cut short (dropped from `fields`). */
  readonly problems: string[]
}

// `Node 0 DMA32 free:...` (2.6.x+ with node), `DMA free:...` (before node-aware printing and on UMA).
const ZONE = /^(?:Node (\d+),? )?(?:zone:?\s*)?([A-Z][A-Za-z0-9]*) free:/
/** Fields printed without a unit even in kB-style lines. */
const UNITLESS = new Set(['pages_scanned', 'present_pages'])

/** Fields of a kB-style line; a last field that looks cut short (no unit) is dropped and reported. */
function checkedFields(text: string): Omit<ParsedZoneLine, 'node' | 'zone'> {
  const parsed = parseFields(text)
  const problems = parsed.unparsed.map((t) => `unparsed token "${t}"`)
  const fields = { ...parsed.fields }
  let kbFields = parsed.kbFields
  if (parsed.cutKey !== null && !UNITLESS.has(parsed.cutKey)) {
    problems.push(`field "${parsed.cutKey}" looks cut short`)
    delete fields[parsed.cutKey]
    kbFields = kbFields.filter((k) => k !== parsed.cutKey)
  }
  return { fields, kbFields, flags: parsed.flags, problems }
}

/** Parse `Node 0 Normal free:38764kB min:... all_unreclaimable? no`, or null when it is not one. */
export function parseZoneLine(message: string): ParsedZoneLine | null {
  const m = ZONE.exec(message)
  if (!m) return null
  const zone = m[2] ?? ''
  return {
    node: m[1] === undefined ? 0 : Number(m[1]),
    zone,
    ...checkedFields(message.slice(m[0].length - 'free:'.length)),
  }
}

/** The per-node line (≥ 4.8): `Node 0 active_anon:479572kB ... all_unreclaimable? no`. */
export interface ParsedNodeLine {
  readonly node: number
  readonly fields: Record<string, number>
  readonly kbFields: string[]
  readonly flags: Record<string, boolean>
  readonly problems: string[]
}

const NODE = /^Node (\d+) (?=[a-z_]+[:?(])/

/** Parse `Node 0 active_anon:...`, or null. */
export function parseNodeLine(message: string): ParsedNodeLine | null {
  const m = NODE.exec(message)
  if (!m || /^Node \d+ hugepages_/.test(message)) return null
  return { node: Number(m[1]), ...checkedFields(message.slice(m[0].length)) }
}
