import { describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { dateFromArchiveName, dedupeSnapshots, machineStates, stateRoot } from '../../../shared/analysis/machine-states'
import { procSet } from './proc-sets'

describe('machine-states', () => {
  it('makes one state of each /proc set, its sys/vm files included', () => {
    const a = procSet('hotsos-k8s-ubuntu-5.4.0-99', 'sos-a.tar.xz!/proc')
    const b = procSet('rhcos-4.18.0-80-xeon', 'sos-b/proc')
    const states = machineStates([...a, ...b])
    expect(states.map((s) => [s.root, s.snapshots.length])).toEqual([
      ['sos-a.tar.xz!/proc', a.length],
      ['sos-b/proc', b.length],
    ])
    expect(states[0]?.kinds).toEqual(
      expect.arrayContaining(['zoneinfo', 'buddyinfo', 'pagetypeinfo', 'meminfo', 'sysctl']),
    )
    expect(stateRoot('x/proc/sys/vm/min_free_kbytes')).toBe('x/proc')
    expect(stateRoot('zoneinfo')).toBe('')
  })

  it("counts a sosreport's byte-identical copy of a file once, and says so", () => {
    const set = procSet('debian-11-5.10.0-10-qemu', 'sos/proc')
    const meminfo = set.find((s) => s.kind === 'meminfo')!
    const copy = { ...meminfo, path: 'sos/sos_commands/memory/cat_.proc.meminfo' }
    const { kept, dropped } = dedupeSnapshots([...set, copy])
    expect(kept).toHaveLength(set.length)
    expect(dropped.map((s) => s.path)).toEqual([copy.path])
    // A changed value is a different capture, kept.
    const changed = { ...copy, lines: copy.lines.map((l) => (l.startsWith('MemFree:') ? 'MemFree: 1 kB' : l)) }
    expect(dedupeSnapshots([...set, changed]).kept).toHaveLength(set.length + 1)
    const analysis = analyzeCase({ inputs: [], events: [], snapshots: [...set, copy], issues: [] })
    expect(analysis.snapshots).toHaveLength(set.length)
    expect(analysis.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['snapshot-duplicate', 'info', copy.path],
    ])
  })

  it("dates an undated state from its archive's name, never from a name that is no date", () => {
    expect(dateFromArchiveName('sosreport-web1-2024-03-05-abcdef.tar.xz!/proc/meminfo')).toBe('2024-03-05T00:00:00')
    expect(dateFromArchiveName('x/sosreport-web1-20240305123456.tar.xz!/proc/meminfo')).toBe('2024-03-05T00:00:00')
    expect(dateFromArchiveName('sosreport-web1-2024-02-30.tar.xz!/proc/meminfo')).toBeNull()
    expect(dateFromArchiveName('sosreport-web1-12345678.tar.xz!/proc/meminfo')).toBeNull()
    // A folder on disk is no archive: its name dates nothing.
    expect(dateFromArchiveName('captures/2024-03-05/proc/meminfo')).toBeNull()
    const undated = procSet('debian-11-5.10.0-10-qemu', 'sosreport-web1-2024-03-05-x.tar.xz!/proc')
    const dated = procSet('ubuntu-12.04-3.2.0-58-i7', 'b/proc').map((s) => ({ ...s, time: '2025-01-01T10:00:00Z' }))
    const states = machineStates([...dated, ...undated])
    expect(states.map((s) => [s.id, s.time, s.timeFrom])).toEqual([
      ['s1', '2024-03-05T00:00:00', 'archive-name'],
      ['s2', '2025-01-01T10:00:00Z', 'snapshots'],
    ])
  })
})
