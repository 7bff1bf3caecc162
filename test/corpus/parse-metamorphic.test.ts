/**
 * Issue 12's metamorphic suite: every corpus log (public, public-2) and every seed document, its
 * clean kernel text re-rendered in every prefix, framing and wrapping family real pastes take, must
 * parse to the same events, triggers, zones, tasks, kills and findings as the clean text. The clean
 * text is derived from the parser's own per-line messages of the original file (some corpus files are
 * themselves prefixed, quoted or wrapped). No variant is checked in: all are built here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse'
import { GIVEN } from '../support/given'
import { signatures } from './support/event-signature'
import { cleanLines, RENDERINGS } from './support/render-log'

const logs = (dir: string, ext: string): string[] =>
  readdirSync(join(GIVEN, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f))
const INPUTS = [...logs('corpus/public', '.log'), ...logs('corpus/public-2', '.log'), ...logs('seeds', '.txt')]

const clean = new Map<string, { lines: string[]; expected: unknown[] }>()
function cleanOf(input: string): { lines: string[]; expected: unknown[] } {
  let c = clean.get(input)
  if (!c) {
    const original = parseText(input, readFileSync(join(GIVEN, input), 'utf8'), { year: 2025 })
    const lines = cleanLines(original.events)
    c = { lines, expected: signatures(parseText(input, lines.join('\n'), { year: 2025 }).events, true) }
    clean.set(input, c)
  }
  return c
}

let passed = 0
afterAll(() => {
  console.log(
    `metamorphic: ${passed} of ${INPUTS.length * Object.keys(RENDERINGS).length} renderings (${INPUTS.length} logs × ${Object.keys(RENDERINGS).length} families) parse like their clean text`,
  )
})

describe('metamorphic: the clean text', () => {
  it.each(INPUTS)('of %s reads as the original file', (input) => {
    const original = parseText(input, readFileSync(join(GIVEN, input), 'utf8'), { year: 2025 })
    expect(original.events.length).toBeGreaterThan(0)
    expect(cleanOf(input).expected).toEqual(signatures(original.events, true))
  })
})

describe.each(Object.entries(RENDERINGS))('metamorphic: %s', (_family, render) => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, expected } = cleanOf(input)
    expect(signatures(parseText(input, render(lines), { year: 2025 }).events, true)).toEqual(expected)
    passed++
  })
})
