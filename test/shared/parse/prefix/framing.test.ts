import { describe, expect, it } from 'vitest'
import { blankBackticks, frameStart, unescape } from '../../../../shared/parse/prefix/framing'

describe('framing', () => {
  it.each([
    ['> [ 1.0] Mem-Info:', '[ 1.0] Mem-Info:', 1],
    ['>> > Mem-Info:', 'Mem-Info:', 3],
    ['> > Mem-Info:', 'Mem-Info:', 2],
    ['\tOct 22 11:13:10 localhost kernel: x', 'Oct 22 11:13:10 localhost kernel: x', 0],
    ['    [ 1.0] x', '[ 1.0] x', 0],
    ['# [16969.674115] kworker/3:1 invoked', '[16969.674115] kworker/3:1 invoked', 0],
    ['> # \u00a0 x', 'x', 1],
    ['\ufeff[ 1.0] x', '[ 1.0] x', 0],
  ])('finds where %j begins once its framing is removed', (raw, rest, quote) => {
    const f = frameStart(raw)
    expect(raw.slice(f.start)).toBe(rest)
    expect(f.quote).toBe(quote)
  })

  it('leaves kernel text that starts with # or a tag alone', () => {
    expect(frameStart('#012 x').start).toBe(0)
    expect(frameStart('#PF: supervisor write access').start).toBe(0)
    expect(frameStart('<4>[ 1.0] x').start).toBe(0)
  })

  it('undoes Markdown escapes and colour escapes, and blanks backticks in place', () => {
    expect(unescape('\\<TASK\\> \\_\\_alloc\\_pages+0x1/0x2')).toBe('<TASK> __alloc_pages+0x1/0x2')
    expect(unescape('\x1b[31mMem-Info:\x1b[0m')).toBe('Mem-Info:')
    expect(blankBackticks('`a` `b`')).toBe(' a   b ')
    expect(blankBackticks('`a` `b`')).toHaveLength('`a` `b`'.length)
  })
})
