// Hostile fragments a log from a compromised or broken host can carry: markup, terminal escapes,
// bidi controls, NULs, replacement characters (what invalid UTF-8 decodes to), lone surrogates.
import fc from 'fast-check'

/** Markup that must stay data: each is a valid `comm` token (no spaces, ≤ 15 bytes where it matters). */
export const HTML_COMMS = [
  '<script>x',
  '<img/src=x>',
  '"><svg/onload=1',
  "'+alert(1)+'",
  '&lt;b&gt;',
  '</textarea>',
] as const

/** Terminal escapes: SGR colours, cursor moves, an OSC title set, a lone ESC. */
export const ANSI_FRAGMENTS = ['\x1b[31m', '\x1b[0m', '\x1b[2J', '\x1b]0;pwned\x07', '\x1b[1;1H', '\x1b'] as const

/** Bidi controls (the Trojan Source set) and zero-width characters. */
export const BIDI_FRAGMENTS = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f', '\u200b', '\ufeff'] as const

/** What a decoder leaves of invalid UTF-8, and what a broken JS producer leaves (lone surrogates). */
export const BROKEN_TEXT_FRAGMENTS = ['\ufffd', '\ufffd\ufffd', '\ud800', '\udfff', '\u0000', '\u0000\u0000'] as const

/** One hostile fragment of any family. */
export const hostileFragment: fc.Arbitrary<string> = fc.constantFrom(
  ...HTML_COMMS,
  ...ANSI_FRAGMENTS,
  ...BIDI_FRAGMENTS,
  ...BROKEN_TEXT_FRAGMENTS,
  '\r',
  '\t',
  '\u00a0',
  '#012',
  '#011',
)

/** Text of any kind: printable ASCII, any unicode (surrogates included), or hostile fragments glued together. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(hostileFragment, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join('')),
)

/** Insert `fragment` into `text` at a position chosen by `at` (0..1). */
export function insertAt(text: string, fragment: string, at: number): string {
  const i = Math.min(text.length, Math.floor(at * (text.length + 1)))
  return text.slice(0, i) + fragment + text.slice(i)
}

const CSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g')

/**
 * Text with ANSI CSI sequences (colours, cursor moves) removed — what the parser deliberately does to a
 * line's message (`dmesg --color=always` output); the raw line kept as evidence still holds them.
 */
export function withoutCsi(text: string): string {
  return text.replace(CSI, '')
}
