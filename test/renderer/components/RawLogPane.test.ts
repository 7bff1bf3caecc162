import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { MemEvent } from '../../../shared/event/types'
import RawLogPane from '../../../renderer/src/components/RawLogPane.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'
import { scrollBoxHeights } from '../fixtures/scroll-box'

describe('RawLogPane', () => {
  let event: MemEvent
  beforeAll(async () => {
    event = detailOf(await sampleAnalysis([SEED_000]), SEED_000).event
  })
  scrollBoxHeights({ 'raw-log': 420 })

  it('shows the report lines in view with their source line numbers, in order', () => {
    const w = mount(RawLogPane, { ...mountOptions(), props: { lines: event.lines, path: event.path, focus: null } })
    const rows = w.findAll('.ln')
    expect(rows.length).toBeGreaterThan(20)
    expect(rows.map((r) => r.attributes('data-line'))).toEqual(
      event.lines.slice(0, rows.length).map((l) => String(l.line)),
    )
    expect(rows[0]?.attributes('data-line')).toBe(String(event.lines[0]?.line))
    expect(rows[0]?.find('.tx').text()).toBe(event.lines[0]?.text.trim())
  })

  it('highlights exactly the focused line when evidence points at it', async () => {
    const target = event.lines[Math.min(5, event.lines.length - 1)]
    const w = mount(RawLogPane, { ...mountOptions(), props: { lines: event.lines, path: event.path, focus: null } })
    await w.setProps({ focus: { path: event.path, line: target?.line ?? 0, text: target?.text } })
    await nextTick()
    const lit = w.findAll('[data-highlighted="true"]')
    expect(lit.map((l) => l.attributes('data-line'))).toEqual([String(target?.line)])
  })

  it('highlights nothing when the focus is in another file', () => {
    const w = mount(RawLogPane, {
      ...mountOptions(),
      props: {
        lines: event.lines,
        path: event.path,
        focus: { path: '/elsewhere.log', line: event.lines[0]?.line ?? 1 },
      },
    })
    expect(w.findAll('[data-highlighted="true"]')).toHaveLength(0)
  })
})
