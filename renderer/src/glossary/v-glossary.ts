// `v-glossary="'zone:min'"` (or `['zone', 'min']`): hovering or focusing the element shows what the
// number means, how the kernel computes it and the documentation page it comes from, in one shared
// tooltip (GlossaryTip.vue, mounted once by App). The element becomes focusable so keyboard users
// reach it too; Esc hides the tip. Names the glossary does not know are left alone.
import type { Directive } from 'vue'
import { shallowRef } from 'vue'
import { glossaryKey, GLOSSARY, type GlossaryContext } from '../../../shared/i18n/glossary'

/** The id of the one tooltip element: what `aria-describedby` points at while it shows. */
export const GLOSSARY_TIP_ID = 'glossary-tip'

export interface ShownTip {
  readonly key: string
  readonly anchor: { readonly left: number; readonly top: number; readonly bottom: number; readonly width: number }
}

/** The tip on screen, or null. */
export const shownTip = shallowRef<ShownTip | null>(null)

export type GlossaryRef = string | readonly [GlossaryContext, string]

/** The entry key a binding names, or null when the glossary has no such entry. */
export function resolveGlossary(value: GlossaryRef | null | undefined): string | null {
  if (!value) return null
  if (typeof value === 'string') return value in GLOSSARY ? value : null
  return glossaryKey(value[0], value[1])
}

interface Bound extends HTMLElement {
  __glossary?: { key: string | null; addedTabIndex: boolean; off: () => void }
}

function show(el: Bound): void {
  const key = el.__glossary?.key
  if (!key) return
  const r = el.getBoundingClientRect()
  shownTip.value = { key, anchor: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } }
  el.setAttribute('aria-describedby', GLOSSARY_TIP_ID)
}

function hide(el: Bound): void {
  if (shownTip.value?.key === el.__glossary?.key) shownTip.value = null
  el.removeAttribute('aria-describedby')
}

function bind(el: Bound, value: GlossaryRef | null | undefined): void {
  const key = resolveGlossary(value)
  if (el.__glossary) el.__glossary.key = key
  else {
    const onShow = () => show(el)
    const onHide = () => hide(el)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && shownTip.value) {
        hide(el)
        e.stopPropagation()
      }
    }
    el.addEventListener('mouseenter', onShow)
    el.addEventListener('focus', onShow)
    el.addEventListener('mouseleave', onHide)
    el.addEventListener('blur', onHide)
    el.addEventListener('keydown', onKey)
    el.__glossary = {
      key,
      addedTabIndex: false,
      off: () => {
        el.removeEventListener('mouseenter', onShow)
        el.removeEventListener('focus', onShow)
        el.removeEventListener('mouseleave', onHide)
        el.removeEventListener('blur', onHide)
        el.removeEventListener('keydown', onKey)
      },
    }
  }
  const state = el.__glossary
  if (key) {
    el.dataset.glossary = key
    el.classList.add('has-glossary')
    // Keyboard users reach it too (an element already focusable keeps its own order).
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0
      state.addedTabIndex = true
    }
  } else {
    delete el.dataset.glossary
    el.classList.remove('has-glossary')
    if (state.addedTabIndex) el.removeAttribute('tabindex')
    state.addedTabIndex = false
  }
}

export const vGlossary: Directive<HTMLElement, GlossaryRef | null | undefined> = {
  mounted: (el, binding) => bind(el, binding.value),
  updated: (el, binding) => {
    if (binding.value !== binding.oldValue) bind(el, binding.value)
  },
  beforeUnmount: (el: Bound) => {
    hide(el)
    el.__glossary?.off()
  },
}
