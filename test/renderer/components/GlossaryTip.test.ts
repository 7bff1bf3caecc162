import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, withDirectives } from 'vue'
import GlossaryTip from '../../../renderer/src/components/GlossaryTip.vue'
import { shownTip, vGlossary } from '../../../renderer/src/glossary/v-glossary'
import { mountOptions } from '../fixtures/mount-options'
import { glossaryNote } from '../../../shared/i18n/glossary'

/** A zone header, a meminfo name, and a name the glossary does not know, beside the one tooltip. */
const Page = defineComponent({
  setup: () => () =>
    h('div', [
      withDirectives(h('th', { id: 'min' }, 'min'), [[vGlossary, 'zone:min']]),
      withDirectives(h('span', { id: 'slab' }, 'SUnreclaim'), [[vGlossary, ['meminfo', 'SUnreclaim']]]),
      withDirectives(h('span', { id: 'unknown' }, 'whatever'), [[vGlossary, ['meminfo', 'NoSuchField']]]),
      h(GlossaryTip),
    ]),
})

describe('glossary tooltip', () => {
  afterEach(() => {
    shownTip.value = null
    document.body.innerHTML = ''
  })

  it('shows meaning, computation and the kernel page when a number is focused, and hides on Esc and blur', async () => {
    const w = mount(Page, { ...mountOptions(), attachTo: document.body })
    const min = document.getElementById('min')!
    expect(min.tabIndex).toBe(0)
    min.focus()
    await flushPromises()
    const tip = w.find('[data-testid="glossary-tip"]')
    expect(tip.attributes('role')).toBe('tooltip')
    expect(min.getAttribute('aria-describedby')).toBe(tip.attributes('id'))
    expect(tip.attributes('data-key')).toBe('zone:min')
    expect(tip.text()).toContain(glossaryNote('zone:min', 'en')!.computed)
    expect(tip.text()).toContain('Documentation/mm/physical_memory.rst')
    min.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(w.find('[data-testid="glossary-tip"]').exists()).toBe(false)
    document.getElementById('slab')!.dispatchEvent(new MouseEvent('mouseenter'))
    await flushPromises()
    expect(w.find('[data-testid="glossary-tip"]').attributes('data-key')).toBe('meminfo:SUnreclaim')
    document.getElementById('slab')!.dispatchEvent(new MouseEvent('mouseleave'))
    await flushPromises()
    expect(w.find('[data-testid="glossary-tip"]').exists()).toBe(false)
    w.unmount()
  })

  it('leaves a name it does not know alone: not focusable, no tip', async () => {
    const w = mount(Page, { ...mountOptions(), attachTo: document.body })
    const unknown = document.getElementById('unknown')!
    expect(unknown.hasAttribute('tabindex')).toBe(false)
    unknown.dispatchEvent(new MouseEvent('mouseenter'))
    await flushPromises()
    expect(w.find('[data-testid="glossary-tip"]').exists()).toBe(false)
    w.unmount()
  })

  it('speaks the user language', async () => {
    const w = mount(Page, { ...mountOptions('zh-TW'), attachTo: document.body })
    document.getElementById('min')!.focus()
    await flushPromises()
    expect(w.find('[data-testid="glossary-tip"]').text()).toContain('min 水位線')
    w.unmount()
  })
})
