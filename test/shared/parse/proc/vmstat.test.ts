import { describe, expect, it } from 'vitest'
import { parseVmstat } from '../../../../shared/parse/proc/vmstat'
import { collector, lines, setsWith } from './proc-corpus'

describe('vmstat', () => {
  it.each(setsWith('vmstat'))('reads every counter of %s when parsing the corpus file', (_set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parseVmstat('vmstat', text, onIssue)
    expect(issues).toEqual([])
    const expected = Object.fromEntries(lines(text).map((l) => [l.split(' ')[0], Number(l.split(' ')[1])]))
    expect(d.values).toEqual(expected)
  })
})
