import { describe, expect, it } from 'vitest'
import { parseMeminfo } from '../../../../shared/parse/proc/meminfo'
import { collector, lines, setsWith } from './proc-corpus'

describe('meminfo', () => {
  it.each(setsWith('meminfo'))('reads every line of %s exactly when parsing the corpus file', (_set, text) => {
    const { issues, onIssue } = collector()
    const { data: d } = parseMeminfo('meminfo', text, onIssue)
    expect(issues).toEqual([])
    expect(Object.keys(d.values)).toHaveLength(lines(text).length)
    for (const l of lines(text)) {
      const [key, value] = l.split(/:\s+/)
      expect(d.values[key!]).toBe(Number(value!.replace(' kB', '')))
    }
  })

  it('keeps the node of a per-node meminfo and marks kB keys when given sysfs node lines', () => {
    const { data: d } = parseMeminfo(
      'node0/meminfo',
      'Node 0 MemTotal:       16384 kB\nNode 0 HugePages_Total:     0\n',
      () => {},
    )
    expect(d).toEqual({ node: 0, values: { MemTotal: 16384, HugePages_Total: 0 }, kbKeys: ['MemTotal'] })
  })

  it('reports a line it cannot read when the file holds garbage', () => {
    const { issues, onIssue } = collector()
    parseMeminfo('meminfo', 'MemTotal: 1 kB\nthis is not meminfo\n', onIssue)
    expect(issues.map((i) => [i.code, i.line])).toEqual([['unrecognised-line', 2]])
  })
})
