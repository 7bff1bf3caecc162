// The one neutraliser (shared/base/neutralize.ts) in its three notations: terminal, JSON on a
// terminal, and documents (reports and the app).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutralizeText, terminalSafe, terminalSafeJson } from '../../shared/base/neutralize'
import { neutralizeText as reportNeutralizeText } from '../../shared/report/safe-text'
import { anyText, hostileFragment } from '../fuzz/properties/hostile-text'

/** What a terminal acts on: C0 (tab and LF too), DEL, C1, bidi controls, separators, zero-width characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTS_ON_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('terminalSafe', () => {
  it('shows OSC, CSI, ESC c and backspaces in caret form', () => {
    expect(terminalSafe('a\x1b]0;pwned\x07b')).toBe('a^[]0;pwned^Gb')
    expect(terminalSafe('\x1b]52;c;ZXZpbA==\x07')).toBe('^[]52;c;ZXZpbA==^G')
    expect(terminalSafe('\x1b[2J\x1bc')).toBe('^[[2J^[c')
    // A 15-byte comm that a terminal would print as `sshd`.
    expect(terminalSafe('evil\b\b\b\bsshd')).toBe('evil^H^H^H^Hsshd')
    expect(terminalSafe('a\tb\nc\rd\x7f\x00')).toBe('a^Ib^Jc^Md^?^@')
  })

  it('shows C1 controls, bidi controls and lone surrogates as \\u{…}', () => {
    expect(terminalSafe('\u009b2J')).toBe('\\u{9b}2J')
    expect(terminalSafe('kern\u202egol.exe')).toBe('kern\\u{202e}gol.exe')
    expect(terminalSafe('a\u2066b\u2069\u200b\ufeff')).toBe('a\\u{2066}b\\u{2069}\\u{200b}\\u{feff}')
    expect(terminalSafe('x\ud800y')).toBe('x\\u{d800}y')
  })

  it('leaves printable text, CJK and emoji unchanged', () => {
    for (const text of ['sshd', 'bundle.tar.gz!/var/log/messages', '内存不足', 'kworker/0:1H', 'ok \u{1f600}'])
      expect(terminalSafe(text)).toBe(text)
  })

  it('never lets a character a terminal acts on through, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' })), (s) => {
        const shown = terminalSafe(s)
        expect(shown).not.toMatch(ACTS_ON_TERMINAL)
        expect(shown).not.toMatch(LONE_SURROGATE)
      }),
    )
  })

  it('neutralises a fragment the same wherever it sits in a name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), hostileFragment, fc.string({ unit: 'grapheme' }), (a, f, b) => {
        expect(terminalSafe(a + f + b)).toBe(terminalSafe(a) + terminalSafe(f) + terminalSafe(b))
      }),
    )
  })
})

describe('terminalSafeJson', () => {
  it('keeps the data a JSON reader sees and lets nothing act on the terminal but the layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.oneof(anyText, fc.string({ unit: 'binary' }))), (value, texts) => {
        const data = { value, texts }
        const json = terminalSafeJson(JSON.stringify(data, null, 2))
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)))
        expect(json.replace(/\n/g, '')).not.toMatch(ACTS_ON_TERMINAL)
      }),
    )
  })
})

describe('one neutraliser for the terminal, the reports and the app', () => {
  it('replaces exactly the same characters in every notation (tabs lay out in documents)', () => {
    const differ: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code)
      const inTerminal = terminalSafe(ch) !== ch
      const inDocuments = neutralizeText(ch) !== ch
      if (inTerminal !== (inDocuments || ch === '\t')) differ.push(code.toString(16))
    }
    expect(differ).toEqual([])
  })

  it('is what the reports use', () => {
    expect(reportNeutralizeText).toBe(neutralizeText)
    expect(neutralizeText('kern\u202egol.exe\t\x1b[31m')).toBe('kern⟨U+202E⟩gol.exe\t⟨ESC⟩[31m')
  })
})
