import { describe, expect, it } from 'vitest'
import { monthOfToken, readBracketDate } from '../../../../shared/parse/prefix/bracket-date'

describe('dmesg -T stamps in any locale', () => {
  it.each([
    ['[Sat Apr 11 17:52:58 2020] x', { year: 2020, month: 4, day: 11, hour: 17, minute: 52, second: 58 }],
    ['[Mi Mär  5 14:02:11 2025] x', { year: 2025, month: 3, day: 5, hour: 14 }],
    ['[周三 3月  5 14:02:11 2025] x', { year: 2025, month: 3, day: 5 }],
    ['[ср мар  5 14:02:11 2025] x', { month: 3 }],
    ['[mer. mars  5 14:02:11 2025] x', { month: 3 }],
    ['[Do Dez 24 23:59:59 2026] x', { year: 2026, month: 12, day: 24, second: 59 }],
    ['[수 3월  5 14:02:11 2025] x', { month: 3 }],
  ])('reads %j by its shape', (line, wall) => {
    const d = readBracketDate(line)
    expect(d?.wall).toMatchObject(wall)
    expect(line.slice(d?.length ?? 0)).toBe('x')
  })

  it('recognises the shape even when the month name is not known, and nothing else', () => {
    expect(readBracketDate('[Xy Qqq  5 14:02:11 2025] x')).toMatchObject({ wall: null })
    expect(readBracketDate('[ 1234.567890] x')).toBeNull()
    expect(readBracketDate('[4: binder:569_5:27109] x')).toBeNull()
    expect(readBracketDate('[  pid  ]   uid  tgid')).toBeNull()
  })

  it('takes months from digits or from names only when one month fits', () => {
    expect(monthOfToken('12月')).toBe(12)
    expect(monthOfToken('Jun')).toBe(6)
    expect(monthOfToken('juil.')).toBe(7)
    expect(monthOfToken('Okt')).toBe(10)
    expect(monthOfToken('Ju')).toBeNull()
    expect(monthOfToken('13月')).toBeNull()
  })
})
