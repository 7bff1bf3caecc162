import { onBeforeUnmount, onMounted } from 'vue'
import { useSelectionStore } from '../stores/selection'

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el) return false
  const tag = el.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable
}

/** A modal dialog owns the keyboard while it is open (its own Esc, Tab); the app's keys wait. */
const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[role="dialog"]') !== null

/** j/k between events, Enter opens, / filters, ? lists the keys, Esc goes back — never while typing in a field. */
export function useKeyboardNav(focusFilter: () => void, showShortcuts: () => void = () => undefined) {
  const selection = useSelectionStore()

  function onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target) || inDialog(e.target)) return
    if (e.key === 'j' || e.key === 'k') {
      selection.step(e.key === 'j' ? 1 : -1)
      e.preventDefault()
    } else if (e.key === '/') {
      selection.showCase()
      // The list mounts with the case view; focus once it is there.
      requestAnimationFrame(focusFilter)
      e.preventDefault()
    } else if (e.key === 'Enter' && selection.view === 'case' && selection.selectedId) {
      selection.openEvent(selection.selectedId)
      e.preventDefault()
    } else if (e.key === '?') {
      showShortcuts()
      e.preventDefault()
    } else if (e.key === 'Escape' && selection.view !== 'case') {
      selection.showCase()
      e.preventDefault()
    }
  }

  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
  return { onKey }
}
