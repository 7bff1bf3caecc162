import { describe, expect, it } from 'vitest'
import { effectiveVersion, inVersionRange, LATEST_VERSION, parseKernelVersion, v } from '../../../shared/kernel/version'

describe('version', () => {
  it('parses vendor releases to comparable codes when suffixes are present', () => {
    expect(parseKernelVersion('3.14.24-wt-ldr-TC')).toBe(3_014_024)
    expect(parseKernelVersion('4.10.0-rc6-686-pae')).toBe(4_010_000)
    expect(parseKernelVersion('6.19-rc5')).toBe(6_019_000)
    expect(parseKernelVersion('2.6.30')).toBeGreaterThan(v('2.6.10'))
    expect(parseKernelVersion('not a kernel')).toBeNull()
  })

  it('orders 2.6.x below 3.x and falls back to the latest rules when unknown', () => {
    expect(v('2.6.36') < v('3.0')).toBe(true)
    expect(effectiveVersion(null)).toBe(LATEST_VERSION)
  })

  it('treats a two-part upper bound as covering every stable release of it', () => {
    expect(inVersionRange(v('4.3.7'), '4.1', '4.3')).toBe(true)
    expect(inVersionRange(v('4.4'), '4.1', '4.3')).toBe(false)
    expect(inVersionRange(v('6.19'), '6.10', null)).toBe(true)
  })
})
