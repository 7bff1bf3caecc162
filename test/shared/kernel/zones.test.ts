import { describe, expect, it } from 'vitest'
import { archIs64Bit, gfpZone, inferZoneLayout } from '../../../shared/kernel/zones'

const X86_64 = ['DMA', 'DMA32', 'Normal', 'Movable', 'Device']
const I386 = ['DMA', 'Normal', 'HighMem', 'Movable']
const bits = (dma: boolean, highmem: boolean, dma32: boolean, movable: boolean) => ({ dma, highmem, dma32, movable })

describe('zones', () => {
  it('follows GFP_ZONE_TABLE on x86_64 where HighMem is not configured', () => {
    expect(gfpZone(bits(false, false, false, false), X86_64)).toBe('Normal') // GFP_KERNEL
    expect(gfpZone(bits(false, true, false, false), X86_64)).toBe('Normal') // GFP_HIGHUSER
    expect(gfpZone(bits(false, true, false, true), X86_64)).toBe('Movable') // GFP_HIGHUSER_MOVABLE
    expect(gfpZone(bits(false, false, true, false), X86_64)).toBe('DMA32')
    expect(gfpZone(bits(true, false, false, true), X86_64)).toBe('DMA')
    expect(gfpZone(bits(false, false, false, true), X86_64)).toBe('Normal') // MOVABLE alone
  })

  it('never gives HighMem to GFP_KERNEL on a 32-bit HighMem kernel', () => {
    expect(gfpZone(bits(false, false, false, false), I386)).toBe('Normal')
    expect(gfpZone(bits(false, true, false, false), I386)).toBe('HighMem')
    expect(gfpZone(bits(false, false, true, false), I386)).toBe('Normal') // no DMA32 on i386
  })

  it('returns null for the GFP_ZONE_BAD combinations', () => {
    expect(gfpZone(bits(true, true, false, false), X86_64)).toBeNull()
    expect(gfpZone(bits(false, true, true, true), X86_64)).toBeNull()
  })

  it('fills unprinted zones from the lowmem_reserve length and the word size', () => {
    expect(inferZoneLayout(['DMA', 'DMA32'], 5, true)).toEqual(X86_64)
    expect(inferZoneLayout(['DMA', 'Normal', 'HighMem'], 4, false)).toEqual(I386)
    expect(inferZoneLayout(['DMA32'], 3, true)).toEqual(['DMA32', 'Normal', 'Movable']) // arm64 5.4, seed 004
    expect(inferZoneLayout(['Normal'], 2, false)).toEqual(['Normal', 'Movable'])
  })

  it('reads the word size from architecture strings when they name it', () => {
    expect(archIs64Bit('x86_64')).toBe(true)
    expect(archIs64Bit('4.10.0-rc6-686-pae')).toBe(false)
    expect(archIs64Bit('armv7l')).toBe(false)
    expect(archIs64Bit(null)).toBeNull()
  })
})
