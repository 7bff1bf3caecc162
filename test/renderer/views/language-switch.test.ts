// Words at the edges in the workbench: switching language words the findings again from their keys —
// the event's, the list's headline and the case's — without running the diagnosis or asking the host.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import App from '../../../renderer/src/App.vue'
import { setApi } from '../../../renderer/src/api/client'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import * as diagnose from '../../../shared/diagnose/index'
import { t } from '../../../shared/i18n/t'
import { fakeApi, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

// Every call of the diagnosis is counted: the analysis below makes some, a language switch must make none.
vi.mock('../../../shared/diagnose/index', async (importOriginal) => {
  const real = await importOriginal<typeof diagnose>()
  return { ...real, diagnoseEvent: vi.fn(real.diagnoseEvent), diagnoseCase: vi.fn(real.diagnoseCase) }
})

const diagnoseCalls = () =>
  vi.mocked(diagnose.diagnoseEvent).mock.calls.length + vi.mocked(diagnose.diagnoseCase).mock.calls.length

describe('a language switch in the workbench', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000])
  })
  beforeEach(() => localStorage.clear())
  afterEach(() => setApi(null))

  it('words the event findings and the list headline in the new language with no diagnosis and no new request', async () => {
    expect(diagnoseCalls()).toBeGreaterThan(0) // the analysis did diagnose, through the counted functions
    const { api, calls } = fakeApi(analysis)
    setApi(api)
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    const findings = analysis.events[0]!.findings
    const headline = () => w.find('[data-testid="event-row"] .title').text()
    expect(headline()).toBe(t('en', findings[0]!.titleKey, findings[0]!.params))

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    await flushPromises()
    const titles = () => w.findAll('[data-testid="finding"] .title').map((x) => x.text())
    const codes = () => w.findAll('[data-testid="finding"]').map((x) => x.attributes('data-code'))
    expect(codes()).toEqual(findings.map((f) => f.code))
    expect(titles()).toEqual(findings.map((f) => f.title))
    const before = { diagnose: diagnoseCalls(), getEvent: calls.getEvent ?? 0, openCase: calls.openCase ?? 0 }

    await w.find('[data-testid="lang-switch"]').setValue('zh-TW')
    await flushPromises()
    expect(titles()).toEqual(findings.map((f) => t('zh-TW', f.titleKey, f.params)))
    expect(titles().every((title, i) => title !== findings[i]!.title)).toBe(true)
    expect(w.find('[data-testid="finding"] .detail').text()).toBe(
      t('zh-TW', findings[0]!.detailKey, findings[0]!.params),
    )
    expect({ diagnose: diagnoseCalls(), getEvent: calls.getEvent ?? 0, openCase: calls.openCase ?? 0 }).toEqual(before)

    await w.find('[data-testid="back-to-case"]').trigger('click')
    await flushPromises()
    expect(headline()).toBe(t('zh-TW', findings[0]!.titleKey, findings[0]!.params))
    expect(diagnoseCalls()).toBe(before.diagnose)
    w.unmount()
  })
})
