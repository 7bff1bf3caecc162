import { describe, expect, it } from 'vitest'
import { inferPageSize } from '../../../shared/parse/infer-page-size'

describe('inferPageSize', () => {
  it('takes the buddy order-0 block size first', () => {
    expect(inferPageSize({ buddyOrder0Kb: [64], kbPagePairs: [[4096, 1024]], arch: 'x86_64' })).toEqual({
      pageSizeKb: 64,
      from: 'buddy',
    })
  })
  it('snaps a kB/pages ratio to a page size when no buddy line was printed', () => {
    expect(inferPageSize({ buddyOrder0Kb: [], kbPagePairs: [[613120, 9580]], arch: 'arm64' })).toEqual({
      pageSizeKb: 64,
      from: 'ratio',
    })
    expect(inferPageSize({ buddyOrder0Kb: [], kbPagePairs: [[163840, 10000]], arch: null })).toEqual({
      pageSizeKb: 16,
      from: 'ratio',
    })
  })
  it('ignores small or unclear ratios and then uses the arch or the default', () => {
    expect(inferPageSize({ buddyOrder0Kb: [], kbPagePairs: [[400, 100]], arch: 'x86_64' })).toEqual({
      pageSizeKb: 4,
      from: 'arch',
    })
    expect(inferPageSize({ buddyOrder0Kb: [], kbPagePairs: [[45000, 1000]], arch: 'arm64' })).toEqual({
      pageSizeKb: 4,
      from: 'default',
    })
  })
})
