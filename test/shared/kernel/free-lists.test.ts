import { describe, expect, it } from 'vitest'
import { scanFreeLists } from '../../../shared/kernel/free-lists'

describe('free-lists', () => {
  // 042-like Normal zone: order-4 request, nothing usable at order ≥ 4 but CMA.
  const lists = {
    counts: [120, 60, 30, 8, 4, 2, 0, 0, 0, 0, 0],
    types: ['UME', 'UME', 'UM', 'M', 'C', 'C', null, null, null, null, null],
  }

  it('finds blocks of the order that are all CMA and no usable block for a non-movable request', () => {
    const scan = scanFreeLists(lists, 4, { cma: false, highatomic: false })
    expect(scan).toMatchObject({
      hasUsableBlock: false,
      largestUsableOrder: 3,
      allBlocksCma: true,
      cmaOnlyPages: 4 * 16 + 2 * 32,
      usableBlockPages: 0,
    })
    expect(scan.byType).toEqual([
      { type: 'U', largestOrder: 2, usable: true },
      { type: 'M', largestOrder: 3, usable: true },
      { type: 'E', largestOrder: 1, usable: true },
      { type: 'C', largestOrder: 5, usable: false },
    ])
  })

  it('lets a movable request with ALLOC_CMA take the CMA blocks', () => {
    expect(scanFreeLists(lists, 4, { cma: true, highatomic: false })).toMatchObject({
      hasUsableBlock: true,
      largestUsableOrder: 5,
      usableBlockPages: 128,
    })
  })

  it('reserves HighAtomic blocks for requests with highatomic access, and counts unlettered blocks as usable', () => {
    const ha = { counts: [0, 0, 3], types: [null, null, 'H'] }
    expect(scanFreeLists(ha, 2, { cma: false, highatomic: false })).toMatchObject({
      hasUsableBlock: false,
      allBlocksHighatomic: true,
    })
    expect(scanFreeLists(ha, 2, { cma: false, highatomic: true }).hasUsableBlock).toBe(true)
    expect(scanFreeLists({ counts: [0, 0, 1], types: null }, 2, { cma: false, highatomic: false }).hasUsableBlock).toBe(
      true,
    )
  })
})
