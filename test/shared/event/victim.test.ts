import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { eventVictim } from '../../../shared/event/victim'
import { recordedVictim } from '../../../shared/model/what-if-recorded'
import { parseText } from '../../../shared/parse'
import { GIVEN } from '../../support/given'

const seed000 = () => {
  const file = readdirSync(`${GIVEN}/seeds`).find((f) => f.startsWith('000_'))!
  const [event] = parseText(file, readFileSync(`${GIVEN}/seeds/${file}`, 'utf8')).events
  return event!
}

describe('eventVictim', () => {
  it('names the task that died when the kernel sacrificed a child of the one it chose (seed 000: chose 1386, killed 593)', () => {
    const event = seed000()
    expect(eventVictim(event)).toEqual({ pid: 593, comm: 'python' })
    // The what-if compares with the choice, not the sacrificed child.
    expect(recordedVictim(event)).toEqual({ pid: 1386, comm: 'python' })
  })

  it('falls back to the chosen task when the kill line is missing, and to none without either', () => {
    const event = seed000()
    expect(eventVictim({ ...event, killed: null })).toEqual({ pid: 1386, comm: 'python' })
    expect(eventVictim({ ...event, killed: null, selected: null })).toBeNull()
  })
})
