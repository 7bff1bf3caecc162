import { isPrintableAscii } from '../base/text'
import type { LineClass } from './report/classify-line'

/** Kinds of line a mail client or terminal may have wrapped (the wrapped-off tail carries no prefix). */
const WRAPPABLE: ReadonlySet<LineClass['k']> = new Set<LineClass['k']>([
  'header',
  'cpuset',
  'task-line',
  'hardware',
  'zone',
  'node',
  'buddy',
  'counters',
  'hugepages',
  'memcg',
  'killed',
  'kill-choice',
  'summary',
  'dump',
  'unknown',
])

/** What a wrapped-off tail of a report line starts with (`inactive:5812kB`, `0*2048kB`, `(UME)`, `no`). */
const TAIL =
  /^(?:[A-Za-z_][\w()]*\??\s?[:=]|[A-Za-z_]\w*\?\s+(?:yes|no)$|\d+\s?\*\s?\d+\s?kB|\([A-Z]{1,6}\)|=\s*\d+\s?kB|(?:yes|no)$|\d+kB\b|\d+\/\d+$)/

/**
 * Whether an unprefixed line continues the logical line before it (a mail client's or terminal's wrap)
 * rather than starting a new one. Never for a line that is itself a report line start, prose (non-ASCII),
 * or punctuation. In a file whose lines carry prefixes, any other kernel-looking tail continues; in a
 * file without prefixes only tails that look like the wrapped part of a wrappable report line do.
 */
export function continuesPrevious(
  message: string,
  own: LineClass,
  previous: LineClass,
  prefixedFile: boolean,
  inherit: boolean,
): boolean {
  if (message === '' || !isPrintableAscii(message) || !/[A-Za-z0-9]/.test(message) || /^-{3,}/.test(message))
    return false
  if (inherit) return own.k === 'unknown' || (own.k === 'counters' && previous.k === 'counters')
  if (own.k === 'counters' && (previous.k === 'zone' || previous.k === 'node' || previous.k === 'header')) return true
  if (own.k !== 'unknown' || !WRAPPABLE.has(previous.k)) return false
  if (prefixedFile) return true
  return previous.k !== 'unknown' && TAIL.test(message)
}
