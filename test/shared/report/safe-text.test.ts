import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml, escapeMarkdown, neutralizeText } from '../../../shared/report/safe-text'

describe('safe-text', () => {
  it('shows ANSI escapes and bidi overrides as visible symbols when neutralising', () => {
    expect(neutralizeText('a\u001b[31mb\u202ec\u0000d\u009be')).toBe('a⟨ESC⟩[31mb⟨U+202E⟩c⟨NUL⟩d⟨U+009B⟩e')
  })

  it('leaves CJK text and tabs alone when neutralising', () => {
    expect(neutralizeText('内存\t不足')).toBe('内存\t不足')
  })

  it('turns markup into text when escaping HTML', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;')
  })

  it('escapes tags, links, emphasis and table pipes when escaping Markdown', () => {
    expect(escapeMarkdown('<b>[x](y) *a* | b_c')).toBe('&lt;b&gt;\\[x\\](y) \\*a\\* \\| b\\_c')
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
  })

  it('never lets a tag opener, a control or a bidi character through when given any string', () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const forbidden = /[<>\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeHtml(s)).not.toMatch(forbidden)
        expect(escapeMarkdown(s)).not.toMatch(forbidden)
      }),
    )
  })
})
