import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportProgress from '../../../renderer/src/components/ImportProgress.vue'
import { mountOptions } from '../fixtures/mount-options'
import { en } from '../../../renderer/src/i18n/en'

const reading = {
  phase: 'reading' as const,
  path: '/cases/messages.1.gz',
  bytesRead: 250,
  bytesTotal: 1000,
  filesDone: 1,
  filesTotal: 4,
  eventsFound: 3,
}

describe('ImportProgress', () => {
  it('shows the file being read and how far along the bytes are', () => {
    const w = mount(ImportProgress, { ...mountOptions(), props: { progress: reading } })
    expect(w.text()).toContain('Reading /cases/messages.1.gz')
    expect(w.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('25')
    expect(w.text()).toContain('1 of 4 files')
  })

  it('falls back to files when the byte total is unknown', () => {
    const w = mount(ImportProgress, { ...mountOptions(), props: { progress: { ...reading, bytesTotal: null } } })
    expect(w.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('25')
  })

  it('shows an indeterminate bar while scanning', () => {
    const w = mount(ImportProgress, { ...mountOptions(), props: { progress: null } })
    expect(w.find('.indeterminate').exists()).toBe(true)
    expect(w.text()).toContain(en.progress.scanning)
  })

  it('asks to cancel when Cancel is pressed', async () => {
    const w = mount(ImportProgress, { ...mountOptions(), props: { progress: reading } })
    await w.find('button').trigger('click')
    expect(w.emitted('cancel')).toHaveLength(1)
  })
})
