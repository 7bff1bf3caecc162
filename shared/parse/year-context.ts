import type { WallStamp } from './prefix/wall-stamp'

/**
 * Tracks what a file says about the year of its year-less syslog stamps: how often the month went
 * backwards (December → January, a new year), and the first stamp that printed a year (`dmesg -T`,
 * ISO lines) as an anchor.
 */
export interface YearContext {
  epoch: number
  lastMonth: number | null
  anchor: { readonly year: number; readonly epoch: number } | null
}

/** A fresh context for one file. */
export function newYearContext(): YearContext {
  return { epoch: 0, lastMonth: null, anchor: null }
}

/** Note one stamp; returns the epoch (new-year count) it belongs to. */
export function noteStamp(ctx: YearContext, wall: WallStamp): number {
  if (wall.year !== null) {
    ctx.anchor ??= { year: wall.year, epoch: ctx.epoch }
    return ctx.epoch
  }
  // A month more than six months back is a new year, not a clock step.
  if (ctx.lastMonth !== null && wall.month < ctx.lastMonth && ctx.lastMonth - wall.month > 6) ctx.epoch++
  ctx.lastMonth = wall.month
  return ctx.epoch
}

/**
 * The year of a year-less stamp in epoch `epoch`: from the file's own first dated line (an ISO stamp,
 * a `dmesg -T` line: what the log says of itself), else from the host's hint (the year the file was
 * last written, i.e. of its last line — a copy or an archive may have changed that); null when neither.
 */
export function resolveYear(
  ctx: YearContext,
  epoch: number,
  hint: number | null,
): { year: number; from: string } | null {
  if (ctx.anchor) return { year: ctx.anchor.year + (epoch - ctx.anchor.epoch), from: 'a dated line in the same file' }
  if (hint !== null) return { year: hint - (ctx.epoch - epoch), from: 'the year the host gave for the file' }
  return null
}
