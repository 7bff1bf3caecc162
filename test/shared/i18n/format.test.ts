import { describe, expect, it } from 'vitest'
import { formatKb, formatKbWithSize, formatMib, formatNumber, formatPercent } from '../../../shared/i18n/format'

describe('format', () => {
  it('groups thousands when a number has more than three digits', () => {
    expect(formatNumber(1155752)).toBe('1,155,752')
    expect(formatNumber(-2240)).toBe('-2,240')
    expect(formatNumber(999)).toBe('999')
  })

  it('keeps the requested decimals when asked for them', () => {
    expect(formatNumber(811.63, 1)).toBe('811.6')
    expect(formatNumber(1234.5, 2)).toBe('1,234.50')
  })

  it('shows kB with MiB or GiB when the amount is large enough', () => {
    // seed 000: the Normal zone's unaccounted remainder
    expect(formatKbWithSize(831100)).toBe('831,100 kB (811.6 MiB)')
    expect(formatKbWithSize(512)).toBe('512 kB')
    expect(formatKbWithSize(1155752 * 2)).toBe('2,311,504 kB (2.20 GiB)')
    // Tables and chart labels: the exact kB alone, `—` for what the report did not say.
    expect(formatKb(831100)).toBe('831,100 kB')
    expect(formatKb(null)).toBe('—')
    expect(formatMib(374144)).toBe('365.4')
  })

  it('turns a ratio into a percentage with one decimal', () => {
    expect(formatPercent(523776 / 613120)).toBe('85.4')
  })
})
