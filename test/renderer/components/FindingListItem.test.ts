import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/diagnose/types'
import FindingListItem from '../../../renderer/src/components/FindingListItem.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

describe('FindingListItem', () => {
  let finding: Finding
  beforeAll(async () => {
    const f = detailOf(await sampleAnalysis([SEED_000]), SEED_000).findings[0]
    if (!f) throw new Error('seed 000 has no finding')
    finding = f
  })

  it('carries the finding code and lists its evidence lines verbatim', () => {
    const w = mount(FindingListItem, { ...mountOptions(), props: { finding } })
    expect(w.attributes('data-code')).toBe(finding.code)
    const lines = w.findAll('[data-testid="evidence-line"]')
    expect(lines.map((l) => l.find('.text').text())).toEqual(finding.evidence.map((e) => e.text.trim()))
  })

  it('asks to focus the raw line with its text when evidence is clicked', async () => {
    const w = mount(FindingListItem, { ...mountOptions(), props: { finding } })
    await w.find('[data-testid="evidence-line"]').trigger('click')
    const ev = finding.evidence[0]
    expect(w.emitted('focus')?.[0]).toEqual([ev?.path, ev?.line, ev?.text])
  })

  it('renders markup in log text as text, never as HTML', () => {
    const hostile: Finding = {
      ...finding,
      detail: '<img src=x onerror=alert(1)>',
      evidence: [{ path: '/x.log', line: 1, text: '<script>alert(1)</script> kernel: oom' }],
    }
    const w = mount(FindingListItem, { ...mountOptions(), props: { finding: hostile } })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('script').exists()).toBe(false)
    expect(w.text()).toContain('<script>alert(1)</script> kernel: oom')
  })
})
