import { describe, expect, it } from 'vitest'
import { isRegisterOrDumpLine, parseFrame } from '../../../../shared/parse/report/call-trace'

describe('call-trace', () => {
  it.each([
    ['? dump_header+0x64/0x1ab', { fn: 'dump_header', offset: '0x64/0x1ab', module: null, uncertain: true }],
    ['[<c171e79e>] dump_stack+0x4b/0x75', { fn: 'dump_stack', uncertain: false }],
    [
      '[<ffffffff810861fd>] ? cpuset_print_task_mems_allowed+0x8d/0xa0',
      { fn: 'cpuset_print_task_mems_allowed', uncertain: true },
    ],
    ['xfs_vm_readpages+0x18/0x20 [xfs]', { fn: 'xfs_vm_readpages', module: 'xfs' }],
    ['mhi_prepare_channel+0x127/0x2d0 [mhi 40df44e07c05479f7a6e7b90fba9f0e0031a7814]', { module: 'mhi' }],
    ['warn_alloc.cold+0x95/0x1af', { fn: 'warn_alloc.cold' }],
    [
      '[<c0013d3c>] (unwind_backtrace+0x0/0xe0) from [<c0010dd8>] (show_stack+0x10/0x14)',
      { fn: 'unwind_backtrace', offset: '0x0/0xe0' },
    ],
    ['[<c010f8ac>] (dump_backtrace) from [<c010fb7c>] (show_stack+0x20/0x24)', { fn: 'dump_backtrace', offset: null }],
    ['[c0000000fdd0fb30] [c0000000001d9f5c] dump_stack+0xb0/0xf0 (unreliable)', { fn: 'dump_stack' }],
    // arm64 6.x marks frames `(C)`/`(T)`; arm ≥ 5.19 prints `A from B+off/size`; i386 2.6.2x puts the symbol in the brackets.
    ['show_stack+0x24/0x50 (C)', { fn: 'show_stack' }],
    ['unwind_backtrace from show_stack+0x18/0x1c', { fn: 'unwind_backtrace', offset: null }],
    ['[oom_kill_process+0x10a/0x120] oom_kill_process+0x10a/0x120', { fn: 'oom_kill_process' }],
  ])('reads the frame %j', (line, expected) => {
    expect(parseFrame(line)).toMatchObject(expected)
  })

  it('rejects words and register lines as frames, and recognises dumps', () => {
    expect(parseFrame('no')).toBeNull()
    expect(parseFrame('Mem-Info:')).toBeNull()
    expect(isRegisterOrDumpLine('RDX: 0000000000000000 RSI: 0000000010001000 RDI: 0000000000000000')).toBe(true)
    expect(isRegisterOrDumpLine('x29: ffff80001736f6e0 x28: 0000000000000000')).toBe(true)
    expect(isRegisterOrDumpLine('80a50000 80a576c7 809c4374 00004d69')).toBe(true)
    expect(isRegisterOrDumpLine('DMA32: 871*4kB 149*8kB')).toBe(false)
    // arm32 registers, all-decimal ones too; hex dump rows; 6.x's taint legend; wrapped code bytes.
    expect(isRegisterOrDumpLine('r7 : 00000000  r6 : 12345678  r5 : 00000000  r4 : 00000000')).toBe(true)
    expect(isRegisterOrDumpLine('1fa0:                                     00000000')).toBe(true)
    expect(isRegisterOrDumpLine('Tainted: [P]=PROPRIETARY_MODULE, [O]=OOT_MODULE')).toBe(true)
    expect(isRegisterOrDumpLine('c3 66 0f 1f 84 00 00 00 00 00 f3 0f 1e fa b8 10 <48> 3d')).toBe(true)
  })
})
