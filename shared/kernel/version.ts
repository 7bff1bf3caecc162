/**
 * Kernel release strings → a comparable number, so every rule in shared/kernel can say
 * "from 4.6 on" the way the kernel-facts sheet does. Vendor suffixes (`-wt-ldr-TC`, `-rc6-686-pae`,
 * `.el8_0.x86_64`) are ignored: only the first three numeric components count.
 */

/** A kernel version as one integer: major × 1 000 000 + minor × 1 000 + patch (2.6.32 → 2006032). */
export type KernelVersionCode = number

/** Version assumed when a report printed none: the newest layout, because modern logs dominate. */
export const LATEST_VERSION: KernelVersionCode = 99_000_000

/** Encode `major.minor[.patch]`. */
export function kernelVersionCode(major: number, minor: number, patch = 0): KernelVersionCode {
  return major * 1_000_000 + minor * 1_000 + patch
}

/**
 * Parse a release (`3.14.24-wt-ldr-TC`, `4.9.0-4-amd64`, `6.19-rc5`) into a code, or null when the
 * string does not start with a version. For 2.6.x kernels the third component is significant
 * (2.6.30 and 2.6.36 differ in rules), so it is always kept.
 */
export function parseKernelVersion(release: string | null | undefined): KernelVersionCode | null {
  if (!release) return null
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(release)
  if (!m) return null
  const major = Number(m[1])
  const minor = Number(m[2])
  const patch = m[3] === undefined ? 0 : Number(m[3])
  if (major < 2 || major > 20 || minor > 99) return null
  // 2.6.x patch levels matter; for 3.x+ the patch level never changes a rule we model, but keep it.
  return kernelVersionCode(major, minor, Math.min(patch, 999))
}

const literals = new Map<string, KernelVersionCode>()

/**
 * Parse `a.b[.c]` written in source (tables); throws on a malformed literal — a programming error.
 * Memoised: rules call it on every check and what-if runs on every slider move.
 */
export function v(text: string): KernelVersionCode {
  const known = literals.get(text)
  if (known !== undefined) return known
  const code = parseKernelVersion(text)
  if (code === null) throw new Error(`bad version literal ${text}`)
  literals.set(text, code)
  return code
}

/** The version to apply rules for: the parsed one, or {@link LATEST_VERSION} when unknown. */
export function effectiveVersion(release: string | null | undefined): KernelVersionCode {
  return parseKernelVersion(release) ?? LATEST_VERSION
}

/** True when `code` is in the inclusive range [from, to] (to = null: open-ended). */
export function inVersionRange(code: KernelVersionCode, from: string, to: string | null): boolean {
  const lo = v(from)
  if (code < lo) return false
  if (to === null) return true
  // An inclusive "to 4.3" covers every 4.3.y release.
  const hi = v(to)
  const hiInclusive = to.split('.').length === 2 ? hi + 999 : hi
  return code <= hiInclusive
}
