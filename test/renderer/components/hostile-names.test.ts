// Names and paths from the evidence on screen: a member called `kern\u202Egol.exe` must not read as
// `kernexe.log`, and a process named with terminal escapes or bidi controls must show them as text.
// The renderer uses the one neutraliser (shared/base/neutralize.ts) the reports and the CLI use.
import { mount } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { EventDetail } from '../../../shared/api/api-types'
import { neutralizeText } from '../../../shared/base/neutralize'
import { parseText } from '../../../shared/parse'
import EventSummaryHeader from '../../../renderer/src/components/EventSummaryHeader.vue'
import FindingEvidence from '../../../renderer/src/components/FindingEvidence.vue'
import RawLogPane from '../../../renderer/src/components/RawLogPane.vue'
import TaskTable from '../../../renderer/src/components/TaskTable.vue'
import { SAMPLES_DIR, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

/** Bidi embeddings, overrides and isolates, and the C0/C1 controls: what reorders or acts. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTING = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const PATH = '/cases/bundle.tar!/var/log/kern\u202egol.exe'
const COMM = 'ev\u202eil\u2066x\bz'

let detail: EventDetail
let text = ''

beforeAll(() => {
  const plain = readFileSync(resolve(SAMPLES_DIR, SEED_000), 'utf8')
  const comm = /(\S+) invoked oom-killer/.exec(plain)?.[1] ?? ''
  text = plain.replaceAll(`${comm} invoked`, `${COMM} invoked`).replaceAll(` ${comm}\n`, ` ${COMM}\n`)
  const result = parseText(PATH, text)
  const analysis = analyzeCase({ inputs: [{ path: PATH, kind: 'kernel-log', bytes: text.length }], ...result })
  const e = analysis.events[0]
  if (!e) throw new Error('the sample report was not found under a hostile name')
  detail = { event: e.event, model: e.model, findings: e.findings }
})

describe('hostile names and paths in the workbench', () => {
  it('carries the hostile names as data (the precondition of the other checks)', () => {
    expect(detail.event.path).toBe(PATH)
    expect(detail.event.trigger.comm).toBe(COMM)
  })

  it('shows the source path and the trigger in the event header with every control visible', () => {
    const w = mount(EventSummaryHeader, { ...mountOptions(), props: { event: detail.event, model: detail.model } })
    expect(w.text()).not.toMatch(ACTING)
    expect(w.text()).toContain('kern⟨U+202E⟩gol.exe')
    expect(w.text()).toContain(neutralizeText(COMM))
  })

  it('shows raw log lines with their controls visible', () => {
    const w = mount(RawLogPane, {
      ...mountOptions(),
      props: { lines: detail.event.lines, path: detail.event.path, focus: null },
    })
    const shown = w.findAll('.tx').map((t) => t.text())
    for (const line of shown) expect(line).not.toMatch(ACTING)
    expect(shown.some((t) => t.includes(`${neutralizeText(COMM)} invoked oom-killer`))).toBe(true)
  })

  it('shows evidence paths and text with their controls visible', () => {
    const evidence = detail.findings.flatMap((f) => f.evidence)
    expect(evidence.length).toBeGreaterThan(0)
    const w = mount(FindingEvidence, { ...mountOptions(), props: { evidence } })
    expect(w.text()).not.toMatch(ACTING)
    expect(w.text()).toContain('kern⟨U+202E⟩gol.exe')
  })

  it('shows task names with their controls visible', () => {
    const w = mount(TaskTable, {
      ...mountOptions(),
      props: {
        event: detail.event,
        ranked: detail.model.predictedVictim?.ranked ?? [],
        newVictimPid: null,
        scoreAdj: {},
      },
    })
    expect(w.text()).not.toMatch(ACTING)
    if (detail.event.tasks.some((t) => t.name === COMM)) expect(w.text()).toContain(neutralizeText(COMM))
  })
})
