import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { buildBuddyChartSpec, buildTimelineSpec, buildZoneChartSpec } from '../../../../shared/report/chart-specs'
import { buildAccountingChartSpec } from '../../../../shared/report/accounting-chart-spec'
import { renderChartSvg } from '../../../../shared/report/svg/render-chart-svg'
import { HOSTILE_NAME } from '../make-analysis'
import { makeEvent } from '../make-event'
import { makeModel } from '../make-model'

function parseSvg(svg: string) {
  const window = new Window()
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml')
  return { root: doc.documentElement, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) }
}

describe('render-chart-svg', () => {
  it('draws each zone with its free size, margin and watermark numbers as text', () => {
    const { root, texts } = parseSvg(renderChartSvg(buildZoneChartSpec(makeEvent(), makeModel())))
    expect(root.tagName.toLowerCase()).toBe('svg')
    expect(texts).toEqual(expect.arrayContaining(['Node 0 Normal', 'refused', 'free 3.5 MiB', 'margin −116 kB']))
    expect(texts).toContain('min 3,672 kB · low 4,588 kB · high 5,508 kB')
  })

  it('prints the count and migrate letters of every order when drawing the buddy chart', () => {
    const { texts } = parseSvg(renderChartSvg(buildBuddyChartSpec(makeEvent())))
    expect(texts).toEqual(expect.arrayContaining(['333', '269', 'U', 'E', 'M', 'R', '4k', '128k', 'requested order 0']))
  })

  it('labels every waterfall step with its exact kB', () => {
    const spec = buildAccountingChartSpec({
      node: null,
      zone: null,
      managedKb: 2048,
      buckets: [{ name: 'slab_unreclaimable', kb: 1024 }],
      unaccountedKb: 1024,
    })
    expect(parseSvg(renderChartSvg(spec)).texts).toEqual(
      expect.arrayContaining(['slab_unreclaimable', '1,024 kB (1.0 MiB)', 'unaccounted']),
    )
  })

  it('keeps a hostile victim name as text in the timeline', () => {
    const events = [
      makeEvent({ id: 'e1', victim: HOSTILE_NAME }),
      makeEvent({ id: 'e2', time: '2017-02-03T04:10:01Z' }),
    ]
    const svg = renderChartSvg(buildTimelineSpec(events, []))
    const { root, texts } = parseSvg(svg)
    expect(root.querySelectorAll('img')).toHaveLength(0)
    expect(texts).toContain('e1 <img src=x onerror=alert(1)>⟨ESC⟩[31m⟨U+202E⟩evil (593)')
  })
})
