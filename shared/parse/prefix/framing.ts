/**
 * The framing a paste puts around log lines, outside any log prefix: mail and Markdown quote marks
 * (`> `, `>> `, `> > `), indentation (a code block, a note file, a tab), shell-comment marks (`# `),
 * Markdown backslash escapes (`\<TASK\>`), a byte-order mark and terminal colour escapes. None of these
 * is ever part of a kernel message's start, so they are removed from every line before its prefix is
 * read; the line's evidence text stays verbatim.
 */

/** Colour escapes of `dmesg --color=always` and terminals (built from a string: lint forbids ESC in a literal). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g')
/** One layer of framing at the start of a line: quote marks, indentation, or a `# ` comment mark. */
const LAYER = /^(?:[ \t\u00a0]+|>+[ \t]?|#(?:[ \t]+|$))/
/** CommonMark's backslash-escapable punctuation (a kernel line has no backslash before these). */
const MD_ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g
/** Layers removed at most (a line of 10,000 `>` is not 10,000 quote levels worth reading). */
const MAX_LAYERS = 32

/** A physical line with its framing removed. */
export interface Unframed {
  /** The line without framing (may still carry a log prefix). */
  readonly text: string
  /** How many `>` quote marks it carried (0 for none). */
  readonly quote: number
}

/** Remove the paste framing from one physical line. Linear in the line length; never throws. */
export function unframe(raw: string): Unframed {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\x1b')) text = text.replace(ANSI, '')
  let quote = 0
  for (let i = 0; i < MAX_LAYERS; i++) {
    const m = LAYER.exec(text)
    if (!m) break
    if (m[0].startsWith('>')) quote += m[0].replace(/[^>]/g, '').length
    text = text.slice(m[0].length)
  }
  if (text.includes('\\')) text = text.replace(MD_ESCAPE, '$1')
  return { text, quote }
}
