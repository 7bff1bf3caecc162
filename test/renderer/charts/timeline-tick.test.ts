import { describe, expect, it } from 'vitest'
import { formatTimelineTick } from '../../../renderer/src/charts/timeline-config'
import { wallClockMs } from '../../../shared/report/format'

describe('formatTimelineTick', () => {
  // The log's clock as printed (no zone): the label reads it back unchanged, in whatever zone the test runs.
  const ms = wallClockMs('2017-02-02T04:10:01')

  it('shows the wall clock to the second when the visible span is short', () => {
    expect(formatTimelineTick(ms, 'wall', 60_000)).toBe('04:10:01')
  })

  it('shows date and minute over hours, and the date alone over days', () => {
    expect(formatTimelineTick(ms, 'wall', 5 * 3_600_000)).toBe('2017-02-02 04:10')
    expect(formatTimelineTick(ms, 'wall', 30 * 86_400_000)).toBe('2017-02-02')
  })

  it('shows seconds after boot for a dmesg time base', () => {
    expect(formatTimelineTick(231_115, 'uptime', 1000)).toBe('231.1 s')
  })
})
