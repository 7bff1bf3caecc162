/**
 * Log text is hostile input: a process may be named `<img src=x onerror=alert(1)>`, carry ANSI colour
 * escapes, or bidi overrides that reorder what a reader sees (Trojan Source, CVE-2021-42574). Every
 * piece of log text goes through {@link neutralizeText} (shared/base/neutralize.ts, the one
 * neutraliser the CLI and the app use too) before any renderer escapes it for its format, so control
 * characters become visible symbols instead of acting.
 */

import { neutralizeText } from '../base/neutralize'

export { neutralizeText }

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
