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

  it('dates a protections[] report to the 2.6.10 era', () => {
    const ev = corpusEvents('043')[0]
    expect(ev && versionFromFormat(ev)).toBe(v('2.6.10'))
  })

  it('prefers the printed release when there is one', () => {
    expect(eventBasis(seedEvent('000'))).toMatchObject({ versionFrom: 'release', version: v('3.14.24') })
  })
})
