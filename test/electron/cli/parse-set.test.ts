import { describe, expect, it } from 'vitest'
import { parseSet } from '../../../electron/cli/parse-set'

describe('parse-set', () => {
  it('returns null when no --set was given', () => {
    expect(parseSet([])).toBeNull()
  })

  it('reads every known name, oom_score_adj per pid', () => {
    expect(
      parseSet([
        'min_free_kbytes=16384',
        'watermark_scale_factor=10',
        'cma_kb=0',
        'swap_kb=2097152',
        'oom_score_adj.2798=-1000',
        'oom_score_adj.1=500',
      ]),
    ).toEqual({
      min_free_kbytes: 16384,
      watermark_scale_factor: 10,
      cma_kb: 0,
      swap_kb: 2097152,
      oom_score_adj: { 2798: -1000, 1: 500 },
    })
  })

  it.each([
    ['foo=1', "unknown name 'foo'"],
    ['min_free_kbytes', 'expects name=value'],
    ['min_free_kbytes=abc', "expected an integer, got 'abc'"],
    ['min_free_kbytes=-5', '-5 is outside 0..'],
    ['watermark_scale_factor=0', 'outside 1..3000'],
    ['watermark_scale_factor=3001', 'outside 1..3000'],
    ['oom_score_adj.12=1001', 'outside -1000..1000'],
    ['oom_score_adj.x=1', "unknown name 'oom_score_adj.x'"],
    ['cma_kb=1.5', 'expected an integer'],
  ])('rejects %s as bad usage', (value, message) => {
    expect(() => parseSet([value])).toThrow(message)
  })
})
