/**
 * Re-render a kernel log's clean text in the shapes real pastes take (issue 12): every log prefix
 * family, paste framing and wrapping. Built from the clean kernel messages only, so a test can assert
 * that each rendering parses to the same events as the clean text. Deterministic (no randomness): the
 * property tests in test/fuzz draw their own variations.
 */
import type { MemEvent } from '../../../shared/event/types'

/** The kernel lines of each event, as the kernel printed them (wrapped-off parts joined back). */
export function cleanLines(events: readonly MemEvent[]): string[] {
  const out: string[] = []
  for (const e of [...events].sort((a, b) => a.line - b.line)) {
    for (const l of e.lines) {
      if (l.continues && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${l.message}`
      else out.push(l.message)
    }
  }
  return out
}

/** A rendering of clean kernel lines into one log text. */
export type Rendering = (lines: readonly string[]) => string

const HOST = 'node-7'
/** 2025-03-05 14:02:11 UTC, a Wednesday; line i is logged i/40 seconds later. */
const BASE = Date.UTC(2025, 2, 5, 14, 2, 11)
const at = (i: number): Date => new Date(BASE + Math.floor(i / 40) * 1000)
const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c)
const clock = (d: Date): string => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
const uptime = (i: number): string => (4711.5 + i * 0.000173).toFixed(6).padStart(12, ' ')

/** strftime `%a %b %e %H:%M:%S %Y` in three locales, as util-linux dmesg -T prints it. */
const LOCALES: Record<string, { days: readonly string[]; months: readonly string[] }> = {
  en: {
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  de: {
    days: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    months: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  },
  zh: {
    days: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  },
}

function dmesgT(locale: keyof typeof LOCALES, i: number): string {
  const d = at(i)
  const l = LOCALES[locale]!
  return `[${l.days[d.getUTCDay()]} ${l.months[d.getUTCMonth()]} ${pad(d.getUTCDate(), 2, ' ')} ${clock(d)} ${d.getUTCFullYear()}]`
}

const bsd = (i: number, dayPad: ' ' | '0'): string => {
  const d = at(i)
  return `${LOCALES['en']!.months[d.getUTCMonth()]} ${pad(d.getUTCDate(), 2, dayPad)} ${clock(d)}`
}

const perLine =
  (prefix: (i: number) => string): Rendering =>
  (lines) =>
    lines.map((l, i) => `${prefix(i)}${l}`).join('\n')

/** Greedy wrap at `width` columns at spaces (a word longer than the width stays whole, as mail clients do). */
export function wrap(line: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  out.push(current)
  return out
}

const dmesgLine = (l: string, i: number): string => `[${uptime(i)}] ${l}`

/** Markdown: the escapes a writer adds so that `<TASK>` and `__alloc_pages` survive rendering. */
const markdownEscape = (l: string): string => l.replace(/([<>*_\\])/g, '\\$1')

/** RFC 3676 format=flowed: soft breaks end in a space; lines starting with space, `>` or `From ` are space-stuffed. */
function flowed(line: string, width: number): string[] {
  const parts = wrap(line, width - 1)
  return parts.map((p, k) => {
    const stuffed = /^(?: |>|From )/.test(p) ? ` ${p}` : p
    return k < parts.length - 1 ? `${stuffed} ` : stuffed
  })
}

/** Every family issue 12 lists, by name. */
export const RENDERINGS: Readonly<Record<string, Rendering>> = {
  'raw dmesg': perLine((i) => `[${uptime(i)}] `),
  'dmesg -T (en)': perLine((i) => `${dmesgT('en', i)} `),
  'dmesg -T (de)': perLine((i) => `${dmesgT('de', i)} `),
  'dmesg -T (zh)': perLine((i) => `${dmesgT('zh', i)} `),
  'syslog with kernel': perLine((i) => `${bsd(i, ' ')} ${HOST} kernel: [${uptime(i)}] `),
  'syslog without kernel': perLine((i) => `${bsd(i, ' ')} ${HOST}: `),
  'journal short': perLine((i) => `${bsd(i, '0')} ${HOST} kernel: `),
  'journal short-iso': perLine((i) => `${at(i).toISOString().slice(0, 19)}+0000 ${HOST} kernel: `),
  'journal short-precise': perLine((i) => `${bsd(i, '0')}.${pad((i * 7919) % 1_000_000, 6)} ${HOST} kernel: `),
  'kmsg records': perLine((i) => `4,${1000 + i},${Math.round(Number(uptime(i)) * 1e6)},-;`),
  'rsyslog #012': (lines) => {
    const out: string[] = []
    for (let i = 0; i < lines.length; i += 3)
      out.push(`${bsd(i, ' ')} ${HOST} kernel: ${lines.slice(i, i + 3).join('#012')}`)
    return out.join('\n')
  },
  'Markdown quote': (lines) => lines.map((l, i) => `> ${dmesgLine(markdownEscape(l), i)}`).join('\n'),
  'mail quote + wrap at 72': (lines) =>
    lines.flatMap((l, i) => wrap(dmesgLine(l, i), 70).map((w) => `> ${w}`)).join('\n'),
  'format=flowed': (lines) => lines.flatMap((l, i) => flowed(dmesgLine(l, i), 72)).join('\r\n'),
  'collapsed onto one line': (lines) => lines.join(' '),
  'collapsed with backtick separators': (lines) => `\`${lines.join('` `')}\``,
  CRLF: (lines) => lines.map((l, i) => dmesgLine(l, i)).join('\r\n'),
}
