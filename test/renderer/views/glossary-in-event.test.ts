// The glossary where the numbers are (issue 14 item 11): in the event view, focusing a zone field, a
// task column, a migrate type, a what-if knob, an accounting step or a finding's fact shows what it is.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import App from '../../../renderer/src/App.vue'
import { setApi } from '../../../renderer/src/api/client'
import { shownTip } from '../../../renderer/src/glossary/v-glossary'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { glossaryNote } from '../../../shared/i18n/glossary'
import type { Lang } from '../../../shared/i18n/lang'
import { fakeApi, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

async function openEvent(analysis: CaseAnalysis, lang: Lang) {
  localStorage.setItem('oomlens.settings', JSON.stringify({ lang }))
  setApi(fakeApi(analysis).api)
  const w = mount(App, { ...mountOptions(lang), attachTo: document.body })
  await flushPromises()
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }))
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
  await flushPromises()
  return w
}

describe('the glossary in the event view', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000])
  })
  beforeEach(() => localStorage.clear())
  afterEach(() => {
    shownTip.value = null
    setApi(null)
    document.body.innerHTML = ''
  })

  it.each(['en', 'zh-CN', 'zh-TW'] as const)(
    'explains a zone field and a task column when focused (%s)',
    async (lang) => {
      const w = await openEvent(analysis, lang)
      const tip = () => w.find('[data-testid="glossary-tip"]')
      const min = w.find('[data-testid="zone-row"] [data-glossary="zone:min"]')
      ;(min.element as HTMLElement).focus()
      await flushPromises()
      expect(tip().attributes('data-key')).toBe('zone:min')
      expect(tip().text()).toContain(glossaryNote('zone:min', lang)!.meaning)
      const rss = w.find('[data-testid="task-table"] th[data-column="rssKb"] [data-glossary]')
      ;(rss.element as HTMLElement).focus()
      await flushPromises()
      expect(tip().attributes('data-key')).toBe('task:rss')
      expect(tip().text()).toContain(glossaryNote('task:rss', lang)!.meaning)
      w.unmount()
    },
  )

  it('marks the counters and fields of every panel with their entries', async () => {
    const w = await openEvent(analysis, 'en')
    const keys = (selector: string) =>
      w.findAll(`${selector} [data-glossary]`).map((x) => x.attributes('data-glossary'))
    expect(keys('[data-testid="zone-row"]')).toEqual(
      expect.arrayContaining(['zone:free', 'zone:min', 'zone:low', 'zone:high']),
    )
    expect(keys('[data-testid="buddy-chart"]')).toEqual(
      expect.arrayContaining(['report:order', 'migrate:Unmovable', 'migrate:Movable', 'migrate:Reclaimable']),
    )
    expect(keys('[data-testid="task-table"]')).toEqual(
      expect.arrayContaining(['task:pid', 'task:rss', 'task:pgtables_bytes', 'task:oom_score_adj', 'task:points']),
    )
    expect(keys('[data-testid="accounting-chart"]')).toEqual(
      expect.arrayContaining(['zone:managed', 'counter:free', 'counter:slab_unreclaimable']),
    )
    expect(keys('.whatif')).toEqual(expect.arrayContaining(['sysctl:min_free_kbytes']))
    expect(keys('[data-testid="finding"]')).toEqual(expect.arrayContaining(['zone:free']))
    w.unmount()
  })
})
