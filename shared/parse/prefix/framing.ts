/**
 * The framing a paste puts around log lines, outside any log prefix: mail and Markdown quote marks
 * (`> `, `>> `, `> > `), indentation (a code block, a note file, a tab), shell-comment marks (`# `),
 * Markdown backslash escapes (`\<TASK\>`) and inline-code backticks, a byte-order mark and terminal
 * colour escapes. None of these
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

/** Where a physical line's content begins once its framing is removed, and its quote depth. */
export interface Framing {
  /** Index of the first character after the byte-order mark, quote marks, indentation and `# `. */
  readonly start: number
  /** How many `>` quote marks it carried (0 for none). */
  readonly quote: number
}

/** The framing at the start of one physical line. Linear in the line length; never throws. */
export function frameStart(raw: string): Framing {
  let start = raw.charCodeAt(0) === 0xfeff ? 1 : 0
  let quote = 0
  for (let i = 0; i < MAX_LAYERS; i++) {
    const m = LAYER.exec(raw.slice(start, start + 256))
    if (!m) break
    if (m[0].startsWith('>')) quote += m[0].replace(/[^>]/g, '').length
    start += m[0].length
  }
  return { start, quote }
}

/**
 * Markdown inline code around the lines of a collapsed paste (`` `line` `line` ``) becomes spaces: a
 * kernel line has no backtick. Keeps every character's place, so pieces still map onto the line.
 */
export function blankBackticks(text: string): string {
  return text.includes('`') ? text.replace(/`/g, ' ') : text
}

/** A piece of a line without terminal colour escapes and Markdown backslash escapes. */
export function unescape(text: string): string {
  let out = text.includes('\x1b') ? text.replace(ANSI, '') : text
  if (out.includes('\\')) out = out.replace(MD_ESCAPE, '$1')
  return out
}
