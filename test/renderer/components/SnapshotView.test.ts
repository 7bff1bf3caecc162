import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import App from '../../../renderer/src/App.vue'
import { setApi } from '../../../renderer/src/api/client'
import { procSet } from '../../shared/analysis/proc-sets'
import { fakeApi } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

const SET = 'this-machine-6.18.44-fc-x86_64'

/** A case of one /proc capture and nothing else, opened at launch as `oomlens serve <dir>` would. */
async function openProcOnly() {
  const analysis = analyzeCase({ inputs: [], events: [], snapshots: procSet(SET, `${SET}/proc`), issues: [] })
  setApi(fakeApi(analysis, [`/evidence/${SET}`]).api)
  const w = mount(App, { ...mountOptions(), attachTo: document.body })
  await flushPromises()
  return w
}

describe('SnapshotView', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => setApi(null))

  it('opens a /proc-only case on its machine state, zones against the watermarks zoneinfo printed', async () => {
    const w = await openProcOnly()
    expect(w.find('[data-testid="snapshot-view"]').exists()).toBe(true)
    expect(w.find('[data-testid="snapshot-root"]').text()).toBe(`${SET}/proc`)
    const normal = w.find('[data-testid="snapshot-zone"][data-zone="Normal"]')
    const min = Number(normal.attributes('data-min-kb'))
    expect(min).toBeGreaterThan(0)
    expect(normal.text()).toContain(`${min.toLocaleString('en-US')} kB`)
    expect(w.find('[data-testid="snapshot-buddy"]').text()).toContain('Movable')
    expect(w.find('[data-testid="accounting-chart"]').exists()).toBe(true)
    w.unmount()
  })

  it('raises every zone min as min_free_kbytes goes up, and gives the captured ones back at the recorded value', async () => {
    const w = await openProcOnly()
    const mins = () => w.findAll('[data-testid="snapshot-zone"]').map((z) => Number(z.attributes('data-min-kb')))
    const before = mins()
    const field = w.find<HTMLInputElement>('[data-testid="snapshot-input-min_free_kbytes"]')
    const recorded = Number(field.element.value)
    await field.setValue(String(recorded * 2))
    await field.trigger('change')
    const after = mins()
    expect(after.some((m, i) => m > before[i]!)).toBe(true)
    expect(after.every((m, i) => m >= before[i]!)).toBe(true)
    await field.setValue(String(recorded))
    await field.trigger('change')
    expect(mins()).toEqual(before)
    w.unmount()
  })

  it('explains each field by the kernel name it shows: zoneinfo watermarks, migrate types, meminfo bars, sysctls', async () => {
    const w = await openProcOnly()
    const keys = (selector: string) =>
      w.findAll(`${selector} [data-glossary]`).map((x) => x.attributes('data-glossary'))
    expect(keys('[data-testid="snapshot-zones"]')).toEqual(['zone:free', 'zone:min', 'zone:low', 'zone:high'])
    expect(keys('[data-testid="snapshot-buddy"]')).toEqual(expect.arrayContaining(['report:order', 'migrate:Movable']))
    const bars = w.findAll('[data-testid="accounting-chart"] tr')
    const barKey = (step: string) => bars.find((b) => b.attributes('data-step') === step)?.find('[data-glossary]')
    expect(barKey('total')?.attributes('data-glossary')).toBe('meminfo:MemTotal')
    expect(barKey('MemFree')?.attributes('data-glossary')).toBe('meminfo:MemFree')
    expect(barKey('Cached − Shmem')?.attributes('data-glossary')).toBe('meminfo:Cached')
    expect(barKey('rest')?.exists() ?? false).toBe(false)
    expect(keys('[data-testid="snapshot-knob-min_free_kbytes"]')).toEqual(['sysctl:min_free_kbytes'])
    w.unmount()
  })

  it('goes back to the case, which lists the machine state', async () => {
    const w = await openProcOnly()
    await w.find('[data-testid="back-to-case"]').trigger('click')
    const state = w.find('[data-testid="machine-state"]')
    expect(state.text()).toBe(`${SET}/proc`)
    await state.trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="snapshot-view"]').exists()).toBe(true)
    w.unmount()
  })
})
