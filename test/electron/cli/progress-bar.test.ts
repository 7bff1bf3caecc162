import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../shared/analysis/types'
import { createProgressBar, formatProgress } from '../../../electron/cli/progress-bar'

const HALF: ImportProgress = {
  phase: 'reading',
  path: 'sos.tar.xz!/var/log/messages',
  bytesRead: 50 * 1024 * 1024,
  bytesTotal: 100 * 1024 * 1024,
  filesDone: 3,
  filesTotal: null,
  eventsFound: 2,
}

describe('progress-bar', () => {
  it('draws the fraction read, sizes, events and the member being read', () => {
    expect(formatProgress(HALF, 200)).toBe(
      '[############------------] 50% 50/100 MB 2 events sos.tar.xz!/var/log/messages',
    )
  })

  it('fits a narrow terminal', () => {
    expect(formatProgress(HALF, 40).length).toBeLessThan(40)
  })

  it('writes nothing when stderr is not a terminal', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream
    const written: string[] = []
    ;(stream as unknown as PassThrough).on('data', (c: Buffer) => written.push(c.toString()))
    const bar = createProgressBar(stream)
    bar.update(HALF)
    bar.clear()
    expect(written).toEqual([])
  })
})
