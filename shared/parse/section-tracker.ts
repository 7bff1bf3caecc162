import { looksLikeKernelMemoryLine, REPORT_START_PATTERN } from './markers'
import { LineReader } from './prefix/line-reader'
import { parseMemcgStatLine } from './report/memcg'
import { classifyLine } from './report/classify-line'

const START = new RegExp(REPORT_START_PATTERN.source, REPORT_START_PATTERN.flags.replace(/[gy]/g, ''))

/**
 * Whether a line belongs to a memory report, read the way the parser reads it: the same prefix
 * reading (paste framing, every known log prefix, and the prefix shape learned from the report's
 * first line) and the same line classifier. The input layer keeps a report window open while lines
 * belong, so a section — a task table of 30,000 rows, a memcg member list, a call trace — runs to its
 * end whatever its prefix. One tracker per file (it learns prefixes as the parser does).
 */
export class SectionTracker {
  private readonly reader = new LineReader({ learned: () => undefined })

  /** True when `text` (one physical line) is part of a report or starts one. */
  belongs(text: string): boolean {
    // A report's first line teaches the reader its block's prefix: always read it.
    const start = START.test(text)
    if (start) this.reader.read(text)
    if (start || looksLikeKernelMemoryLine(text)) return true
    for (const piece of this.reader.read(text)) {
      const message = piece.stripped?.message
      if (!message) continue
      if (classifyLine(message).k !== 'unknown' || parseMemcgStatLine(message) !== null) return true
    }
    return false
  }
}
