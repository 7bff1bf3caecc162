import { describe, expect, it } from 'vitest'
import { LineReader } from '../../../../shared/parse/prefix/line-reader'

function reader(): { read: (line: string) => ReturnType<LineReader['read']>; learned: string[] } {
  const learned: string[] = []
  const r = new LineReader({ learned: (s) => learned.push(s.example) })
  return { read: (line) => r.read(line), learned }
}

describe('LineReader', () => {
  it('removes framing and a known prefix, and keeps the physical line as evidence', () => {
    const { read } = reader()
    const [p] = read('> Mar 19 17:01:21 hermes kernel: smbd invoked oom-killer: gfp_mask=0x1201d2, order=0')
    expect(p?.stripped).toMatchObject({
      kind: 'syslog',
      host: 'hermes',
      message: expect.stringMatching(/^smbd invoked/),
    })
    expect(p?.text).toBe('> Mar 19 17:01:21 hermes kernel: smbd invoked oom-killer: gfp_mask=0x1201d2, order=0')
  })

  it("learns an unknown prefix from a report's first line and removes it from the block's other lines", () => {
    const { read, learned } = reader()
    expect(
      read('... kernel: [430837.1] Xorg invoked oom-killer: gfp_mask=0x2d0, order=0')[0]?.stripped?.message,
    ).toMatch(/^Xorg invoked/)
    expect(learned).toEqual(['... kernel: [430837.1] '])
    const [row] = read('... kernel: [430837.2] Pid: 6186, comm: Xorg Tainted: P 2.6.24-19-generic #1')
    expect(row?.stripped).toMatchObject({
      kind: 'learned',
      message: 'Pid: 6186, comm: Xorg Tainted: P 2.6.24-19-generic #1',
    })
  })

  it('learns nothing from a kernel line that merely holds report words, or from prose', () => {
    const { read, learned } = reader()
    read('[ 90.127515] Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled')
    read('The log says: Out of memory: Killed process 1 (x)')
    expect(learned).toEqual([])
  })

  it("reads a relay's `host:` tag as the kernel's when the message is a report line", () => {
    const { read } = reader()
    expect(read('Mar  5 14:02:11 node-7: Mem-Info:')[0]?.stripped).toMatchObject({ kernel: true, message: 'Mem-Info:' })
    expect(read('Mar  5 14:02:11 node-7 sshd[1]: Mem-Info:')[0]?.stripped?.kernel).toBe(false)
  })

  it('splits kmsg records at their escaped newlines, and pieces of a collapsed paste keep their own text', () => {
    const { read } = reader()
    const pieces = read('4,12,345678,-;Mem-Info:\\x0aactive_anon:1 inactive_anon:2')
    expect(pieces.map((p) => [p.stripped?.message, p.inherit])).toEqual([
      ['Mem-Info:', false],
      ['active_anon:1 inactive_anon:2', true],
    ])
    const line = '`[ 1.000001] Mem-Info:` `[ 1.000002] active_anon:1`'
    expect(read(line).map((p) => [p.text, p.stripped?.message])).toEqual([
      ['[ 1.000001] Mem-Info:` ', 'Mem-Info:'],
      ['[ 1.000002] active_anon:1`', 'active_anon:1'],
    ])
  })
})
