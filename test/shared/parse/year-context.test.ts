import { describe, expect, it } from 'vitest'
import type { WallStamp } from '../../../shared/parse/prefix/wall-stamp'
import { wallStampToIso } from '../../../shared/parse/prefix/wall-stamp'
import { newYearContext, noteStamp, resolveYear } from '../../../shared/parse/year-context'

const stamp = (month: number, year: number | null = null): WallStamp => ({
  year,
  month,
  day: 1,
  hour: 0,
  minute: 0,
  second: 0,
  fraction: null,
  offset: null,
})

describe('year-context', () => {
  it('counts new years when the month jumps back and resolves from the hint', () => {
    const ctx = newYearContext()
    const epochs = [11, 12, 1, 2, 12, 1].map((m) => noteStamp(ctx, stamp(m)))
    expect(epochs).toEqual([0, 0, 1, 1, 1, 2])
    expect(resolveYear(ctx, 0, 2024)?.year).toBe(2022)
    expect(resolveYear(ctx, 2, 2024)?.year).toBe(2024)
  })
  it('does not count a small step back (a clock correction) as a new year', () => {
    const ctx = newYearContext()
    expect([5, 4, 5].map((m) => noteStamp(ctx, stamp(m)))).toEqual([0, 0, 0])
  })
  it("anchors on the file's first dated line before the host's hint, and gives null with neither", () => {
    const ctx = newYearContext()
    noteStamp(ctx, stamp(12))
    noteStamp(ctx, stamp(12, 2019))
    noteStamp(ctx, stamp(1))
    expect(resolveYear(ctx, 1, null)?.year).toBe(2020)
    // The file's modification time says 2024 (a copy made later); its own lines say 2019/2020.
    expect(resolveYear(ctx, 1, 2024)).toEqual({ year: 2020, from: 'a dated line in the same file' })
    expect(resolveYear(newYearContext(), 0, null)).toBeNull()
  })
  it('writes ISO 8601 with the offset normalised', () => {
    expect(wallStampToIso({ ...stamp(2), day: 12, hour: 8, fraction: '123', offset: '+0100' }, 2017)).toBe(
      '2017-02-12T08:00:00.123+01:00',
    )
  })
})
