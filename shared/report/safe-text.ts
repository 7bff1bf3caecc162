/**
 * Log text is hostile input: a process may be named `<img src=x onerror=alert(1)>`, carry ANSI colour
 * escapes, or bidi overrides that reorder what a reader sees (Trojan Source, CVE-2021-42574). Every
 * piece of log text goes through {@link neutralizeText} before any renderer escapes it for its format,
 * so control characters become visible symbols instead of acting.
 */

/** Bidi embeddings/overrides/isolates and marks, plus invisible zero-width characters. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g
/** C0 controls except tab, DEL, and C1 controls (0x9b is a one-byte CSI). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g

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

function codePoint(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  return CONTROL_NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Make control characters visible and inert: each becomes a bracketed name (`\x1b[31m` reads
 * `⟨ESC⟩[31m`), bidi and zero-width characters their code point (`⟨U+202E⟩`). Plain ASCII names
 * rather than Unicode control pictures, because common PDF fonts have no glyph for those. Tabs
 * stay; printable text, CJK included, is unchanged.
 */
export function neutralizeText(text: string): string {
  return text.replace(CONTROL, (ch) => `⟨${codePoint(ch)}⟩`).replace(INVISIBLE, (ch) => `⟨${codePoint(ch)}⟩`)
}

/** Escape for HTML text and attribute values (after neutralising). */
export function escapeHtml(text: string): string {
  return neutralizeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Escape for Markdown inline text (paragraphs, list items, table cells): `<`, `>` and `&` become
 * entities, so no Markdown renderer sees a tag; emphasis, link, code and table punctuation is
 * backslash-escaped; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return neutralizeText(text.replace(/\r?\n|\t/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/^([#+-]|\d+\.)(\s)/, (_m, lead: string, space: string) => `${lead.replace(/([#+.-])/, '\\$1')}${space}`)
}
