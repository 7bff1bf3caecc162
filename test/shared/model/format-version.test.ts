import { describe, expect, it } from 'vitest'
import { v } from '../../../shared/kernel/version'
import { eventBasis } from '../../../shared/model/event-basis'
import { versionFromFormat } from '../../../shared/model/format-version'
import { corpusEvents, seedEvent } from './seed-events'

describe('format-version', () => {
  it('bounds a release-less 5.10 arm report by its zone fields (reserved_highatomic, no boost) to 5.15', () => {
    const ev = corpusEvents('033')[0]
    expect(ev?.kernelVersion).toBeNull()
    expect(ev && versionFromFormat(ev)).toBe(v('5.15'))
    expect(ev && eventBasis(ev)).toMatchObject({ versionFrom: 'format', version: v('5.15') })
  })

  it('dates a report with a protections[] line (2.6.1x show_free_areas) to the 2.6.10 era', () => {
    const ev = seedEvent('000')
    const text = 'protections[]: 0 0 0'
    const old = { ...ev, kernelVersion: null, taskLine: null, lines: [...ev.lines, { line: 999, text, message: text }] }
    expect(versionFromFormat(old)).toBe(v('2.6.10'))
    expect(versionFromFormat(ev)).toBe(v('4.7')) // managed, no writepending: 3.8–4.7 format
  })

  it('prefers the printed release when there is one', () => {
    expect(eventBasis(seedEvent('000'))).toMatchObject({ versionFrom: 'release', version: v('3.14.24') })
  })
})
