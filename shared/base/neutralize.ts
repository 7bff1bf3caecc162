/**
 * Text from evidence is hostile input: a process or archive member may be named with terminal
 * escapes (OSC 0/8/52 set titles, links and the clipboard; `CSI 2J` clears the screen), backspaces
 * that overprint what came before, or bidi overrides that reorder what a reader sees (Trojan
 * Source, CVE-2021-42574: `kern\u202Egol.exe` reads as `kernexe.log`). This module is the ONE
 * place that decides which characters act instead of showing; each medium picks a notation:
 * {@link terminalSafe} for the CLI (caret and `\u{…}`), {@link neutralizeText} for reports and the
 * app (bracketed names). Pure; never throws.
 */

/**
 * Characters that act instead of showing:
 * - C0 controls (U+0000–U+001F), DEL, and C1 controls (U+0080–U+009F; U+009B is a one-byte CSI,
 *   U+0085 a line break);
 * - bidi marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E,
 *   U+2066–U+2069), the line and paragraph separators (U+2028–U+2029), and zero-width characters
 *   (U+200B–U+200D, U+2060–U+2065, U+FEFF) that hide text inside a name;
 * - lone surrogates (a broken producer's half character), which no output encoding can carry.
 */
const ACTING =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** How one acting character is shown; `code` is its code point (a lone surrogate's own value). */
export type Notation = (code: number) => string

/** `text` with every acting character (except those `keep` lets through) replaced by `show(code)`. */
export function neutralize(text: string, show: Notation, keep: (code: number) => boolean = () => false): string {
  return text.replace(ACTING, (ch) => {
    const code = ch.charCodeAt(0)
    return keep(code) ? ch : show(code)
  })
}

const hex = (code: number): string => code.toString(16)

/**
 * Terminal notation: C0 controls and DEL in caret form as `cat -v` and shells print them
 * (ESC → `^[`, BS → `^H`, TAB → `^I`, DEL → `^?`), everything else as `\u{202e}`. Nothing a
 * terminal interprets survives, tabs and line breaks included (a table cell or a one-line message
 * must stay one cell, one line). Printable text, CJK included, is unchanged.
 */
export function terminalSafe(text: string): string {
  return neutralize(text, (code) => {
    if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`
    if (code === 0x7f) return '^?'
    return `\\u{${hex(code)}}`
  })
}

/**
 * JSON text (from `JSON.stringify`, which already escapes C0 controls inside strings and lone
 * surrogates) with the remaining acting characters — DEL, C1 controls, bidi and zero-width
 * characters — written as `\uXXXX` escapes: the same data for a JSON reader, nothing that acts on
 * the terminal it is printed to. C0 characters are left alone: outside strings they are the
 * layout's own line breaks and indentation.
 */
export function terminalSafeJson(json: string): string {
  return neutralize(
    json,
    (code) => `\\u${hex(code).padStart(4, '0')}`,
    (code) => code < 0x20,
  )
}

/** Names for the controls a log is likely to carry; others are shown by code point. */
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x0a: 'LF',
  0x0b: 'VT',
  0x0c: 'FF',
  0x0d: 'CR',
  0x1b: 'ESC',
  0x7f: 'DEL',
}

/**
 * Document notation, for reports and the app: each acting character becomes a bracketed name
 * (`\x1b[31m` reads `⟨ESC⟩[31m`, U+202E `⟨U+202E⟩`). Plain ASCII names rather than Unicode control
 * pictures, because common PDF fonts have no glyph for those. Tabs stay (they lay out, they do not
 * act); printable text, CJK included, is unchanged.
 */
export function neutralizeText(text: string): string {
  return neutralize(
    text,
    (code) => `⟨${CONTROL_NAMES[code] ?? `U+${hex(code).toUpperCase().padStart(4, '0')}`}⟩`,
    (code) => code === 0x09,
  )
}
