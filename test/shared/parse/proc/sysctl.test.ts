import { describe, expect, it } from 'vitest'
import { parseSysctl } from '../../../../shared/parse/proc/sysctl'
import { collector, setsWith } from './proc-corpus'

describe('sysctl', () => {
  it.each(setsWith('sys/vm/min_free_kbytes'))('reads min_free_kbytes of %s when given the file name', (_set, text) => {
    const { issues, onIssue } = collector()
    expect(parseSysctl('min_free_kbytes', text, onIssue, 'min_free_kbytes').data.values).toEqual({
      'vm.min_free_kbytes': Number(text.trim()),
    })
    expect(issues).toEqual([])
  })

  it.each(setsWith('sys/vm/lowmem_reserve_ratio'))('reads lowmem_reserve_ratio of %s as a list', (_set, text) => {
    const { data: d } = parseSysctl('lowmem_reserve_ratio', text, () => {}, 'lowmem_reserve_ratio')
    expect(d.values['vm.lowmem_reserve_ratio']).toEqual(text.trim().split(/\s+/).map(Number))
  })

  it("notes sysctl's own error lines without treating them as data", () => {
    const { issues, onIssue } = collector()
    const text = "sysctl: permission denied on key 'fs.protected_regular'\nvm.swappiness = 60\n"
    expect(parseSysctl('sysctl.txt', text, onIssue).data.values).toEqual({ 'vm.swappiness': 60 })
    expect(issues.map((i) => [i.code, i.line])).toEqual([['sysctl-error-line', 1]])
  })

  it('reads `sysctl -a` output by content when there is no file name', () => {
    const { data: d } = parseSysctl(
      'sysctl.txt',
      'vm.min_free_kbytes = 67584\nvm.lowmem_reserve_ratio = 256\t256\t32\t0\t0\nvm.numa_zonelist_order = Node\n',
      () => {},
    )
    expect(d.values).toEqual({
      'vm.min_free_kbytes': 67584,
      'vm.lowmem_reserve_ratio': [256, 256, 32, 0, 0],
      'vm.numa_zonelist_order': 'Node',
    })
  })
})
