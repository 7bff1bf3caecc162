import { describe, expect, it } from 'vitest'
import { inferArch, type ArchEvidence } from '../../../shared/parse/infer-arch'

const none: ArchEvidence = { version: null, frames: [], registers: new Set(), frameTexts: [], zoneNames: [] }

describe('inferArch', () => {
  it.each([
    ['3.10.0-957.27.2.el7.x86_64', 'x86_64'],
    ['5.19.0-1-amd64', 'x86_64'],
    ['4.10.0-rc6-686-pae', 'i686'],
    ['5.15.0-1034-aarch64', 'arm64'],
    ['4.18.0-305.el8.ppc64le', 'ppc64le'],
  ])('reads the arch from the release %s', (version, arch) => {
    expect(inferArch({ ...none, version })).toBe(arch)
  })

  it.each([
    [['el0_svc', 'do_el0_svc'], 'arm64'],
    [['do_syscall_64'], 'x86_64'],
    [['sysenter_do_call'], 'i386'],
    [['csky_systemcall'], 'csky'],
    [['plat_irq_dispatch'], 'mips'],
    [['ret_fast_syscall'], 'arm'],
  ])('reads the arch from entry frames %j', (frames, arch) => {
    expect(inferArch({ ...none, version: '5.4.0', frames })).toBe(arch)
  })

  it('falls back to registers, then to x86-64 kernel text addresses, else null', () => {
    expect(inferArch({ ...none, registers: new Set(['pstate']) })).toBe('arm64')
    expect(inferArch({ ...none, frameTexts: ['[<ffffffff810b984e>] oom_kill_process+0x17e/0x290'] })).toBe('x86_64')
    expect(inferArch({ ...none, frameTexts: ['[<c171e79e>] dump_stack+0x4b/0x75'] })).toBeNull()
    expect(inferArch(none)).toBeNull()
  })
})
