import { describe, expect, it } from 'vitest'
import { recordLines } from '../../../shared/diagnose/record-lines'
import { corpusPath, firstEvent, seedPath } from './real-events'

describe('record-lines', () => {
  it('follows a zone line wrapped over four lines when seed 004 prints free_cma on the last one', () => {
    const event = firstEvent(seedPath('004'))
    const zone = event.zones[0]!
    const lines = recordLines(event, zone.at).map((i) => event.lines[i]?.text ?? '')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('local_pcp:1088kB free_cma:523776kB')
  })

  it('stops at the next record when the zone line is not wrapped', () => {
    const event = firstEvent(seedPath('000'))
    expect(recordLines(event, event.zones[1]!.at)).toEqual([event.zones[1]!.at])
  })

  it('follows a header wrapped by the mail client when 020 prints the mode on the next line', () => {
    const event = firstEvent(corpusPath('020'))
    const texts = recordLines(event, event.trigger.at).map((i) => event.lines[i]?.text ?? '')
    expect(texts[1]).toBe('mode:0x40cc0(GFP_KERNEL|__GFP_COMP), nodemask=(null)')
  })
})
