/**
 * Decode a gfp mask for a kernel version: the printed names when the kernel printed them (4.6+
 * `%pGg`, kernel-facts §1.6), else the hex against that version's bit layout. Result: the set of
 * single `__GFP_*` flags, plus any bits no layout names (vendor bits, kernel-facts §1.6 caveat).
 */
import { effectiveVersion, type KernelVersionCode } from '../version'
import { gfpComposites } from './gfp-composites'
import { gfpLayoutFor } from './gfp-layouts'

/** A decoded gfp mask: single flag names plus what no layout names. */
export interface GfpFlagSet {
  /** Single `__GFP_*` names, in bit order of the layout. */
  readonly flags: readonly string[]
  /** Bits set in the mask that the version's layout does not name (vendor bits), or 0. */
  readonly unknownBits: number
  /** True when the names came from the kernel's own `(...)` list. */
  readonly fromPrinted: boolean
}

/** Parse `0x2084d0` / `2084d0`; null when not hex. */
export function parseGfpHex(mask: string | null | undefined): number | null {
  if (!mask) return null
  const m = /^(?:0x)?([0-9a-f]+)$/i.exec(mask.trim())
  return m ? parseInt(m[1] as string, 16) : null
}

/** A release string, an already-resolved version code, or null (latest rules). */
export type ReleaseOrVersion = string | KernelVersionCode | null

const toVersion = (release: ReleaseOrVersion): KernelVersionCode =>
  typeof release === 'number' ? release : effectiveVersion(release)

/** Decode `mask` (hex as printed) and `printed` (names as printed, or null) for `release`. */
export function decodeGfpFlags(
  mask: string | null,
  printed: readonly string[] | null,
  release: ReleaseOrVersion,
): GfpFlagSet {
  const version = toVersion(release)
  const layout = gfpLayoutFor(version)
  const order = new Map(layout.bits.map((b, i) => [b.name, i]))
  const sortFlags = (names: Iterable<string>): string[] =>
    [...new Set(names)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
  if (printed && printed.length > 0) {
    const composites = gfpComposites(version)
    const names: string[] = []
    let unknownBits = 0
    for (const raw of printed) {
      const name = raw.trim()
      if (name === '') continue
      const hex = parseGfpHex(name)
      if (/^0x/i.test(name) && hex !== null) {
        // A trailing hex inside the parentheses: bits the kernel's name table did not cover.
        const decoded = decodeHexBits(hex, layout.bits)
        names.push(...decoded.names)
        unknownBits |= decoded.unknown
      } else if (composites[name]) names.push(...(composites[name] as readonly string[]))
      else names.push(name)
    }
    // A composite member whose bit the printed mask lacks was 0 on that build (a config-conditional
    // bit, or a neighbouring version's definition): keep only what the mask really carries.
    const value = parseGfpHex(mask)
    const carried = (name: string): boolean => {
      const bit = layout.bits.find((b) => b.name === name)
      return value === null || !bit || (value & bit.bit) === bit.bit
    }
    return { flags: sortFlags(names.filter(carried)), unknownBits, fromPrinted: true }
  }
  const value = parseGfpHex(mask)
  if (value === null) return { flags: [], unknownBits: 0, fromPrinted: false }
  const decoded = decodeHexBits(value, layout.bits)
  return { flags: sortFlags(decoded.names), unknownBits: decoded.unknown, fromPrinted: false }
}

function decodeHexBits(
  value: number,
  bits: readonly { name: string; bit: number }[],
): { names: string[]; unknown: number } {
  const names: string[] = []
  let rest = value
  for (const b of bits) {
    if (b.bit !== 0 && (value & b.bit) === b.bit) {
      names.push(b.name)
      rest &= ~b.bit
    }
  }
  return { names, unknown: rest >>> 0 }
}

/**
 * The mask value of `names` (single flags or composites) on a kernel of `release`, with
 * config-conditional bits counted as 0 — the "typical config" of kernel-facts §1.3.
 */
export function gfpMaskOf(names: readonly string[], release: ReleaseOrVersion): number {
  const version = toVersion(release)
  const layout = gfpLayoutFor(version)
  const composites = gfpComposites(version)
  let mask = 0
  for (const name of names) {
    for (const single of composites[name] ?? [name]) {
      const bit = layout.bits.find((b) => b.name === single)
      if (bit && !bit.conditional) mask |= bit.bit
    }
  }
  return mask >>> 0
}
