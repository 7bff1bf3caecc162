import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import BaseDialog from '../../../renderer/src/components/BaseDialog.vue'
import ShortcutsDialog from '../../../renderer/src/components/ShortcutsDialog.vue'
import { mountOptions } from '../fixtures/mount-options'

const press = (key: string, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true })
  ;(document.activeElement ?? document.body).dispatchEvent(e)
  return e
}

/** A page with a button outside the dialog (where focus starts) and a dialog with three fields. */
const Page = defineComponent({
  setup() {
    const open = ref(false)
    const closed = ref(0)
    return () =>
      h('div', [
        h('button', { id: 'outside', onClick: () => (open.value = true) }, 'open'),
        open.value
          ? h(
              BaseDialog,
              { title: 'Test dialog', onClose: () => ((open.value = false), closed.value++) },
              {
                default: () => [
                  h('input', { id: 'first' }),
                  h('button', { id: 'middle', disabled: true }),
                  h('select', { id: 'last' }),
                ],
                actions: () => [h('button', { id: 'ok' }, 'OK')],
              },
            )
          : null,
        h('span', { id: 'closed' }, String(closed.value)),
      ])
  },
})

describe('BaseDialog', () => {
  afterEach(() => (document.body.innerHTML = ''))

  it('takes focus, keeps Tab and Shift+Tab inside, and gives focus back when Esc closes it', async () => {
    const w = mount(Page, { attachTo: document.body })
    const outside = document.getElementById('outside')!
    outside.focus()
    outside.click()
    await flushPromises()
    const dialog = document.querySelector('[role="dialog"]')!
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent?.trim()).toBe('Test dialog')
    expect(document.activeElement?.id).toBe('first')
    // Shift+Tab on the first field wraps to the last; Tab on the last wraps to the first. Disabled ones are skipped.
    expect(press('Tab', true).defaultPrevented).toBe(true)
    expect(document.activeElement?.id).toBe('ok')
    expect(press('Tab').defaultPrevented).toBe(true)
    expect(document.activeElement?.id).toBe('first')
    // Focus moved outside (a click elsewhere) comes back in.
    outside.focus()
    expect(dialog.contains(document.activeElement)).toBe(true)
    const esc = press('Escape')
    await flushPromises()
    expect(esc.defaultPrevented).toBe(true)
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    expect(document.getElementById('closed')?.textContent).toBe('1')
    expect(document.activeElement).toBe(outside)
    w.unmount()
  })

  it('keeps the app from seeing keys pressed inside it when the keyboard shortcuts dialog is open', async () => {
    let seen = 0
    const count = () => seen++
    window.addEventListener('keydown', count)
    const w = mount(ShortcutsDialog, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    expect(document.activeElement?.textContent?.trim()).toBe('Close')
    press('Escape')
    expect(w.emitted('close')).toHaveLength(1)
    expect(seen).toBe(0)
    window.removeEventListener('keydown', count)
    w.unmount()
  })
})
