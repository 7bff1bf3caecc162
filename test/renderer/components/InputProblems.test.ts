import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ParseIssue } from '../../../shared/base/issue'
import InputProblems from '../../../renderer/src/components/InputProblems.vue'
import { mountOptions } from '../fixtures/mount-options'

const issue = (code: string, severity: ParseIssue['severity'], line: number, message: string): ParseIssue => ({
  code,
  severity,
  path: 'sos.tar.xz!/var/log/messages',
  line,
  message,
})

// Seven identical notes and one data-loss warning, as a yearless syslog with one overlong line gives.
const issues = [
  ...Array.from({ length: 7 }, (_, i) =>
    issue('year-inferred', 'info', 10 + i, 'Syslog stamps print no year; 2017 was assumed.'),
  ),
  issue(
    'line-truncated',
    'data-loss',
    3,
    'Line 3 is longer than 4194304 bytes; only its first 4194304 bytes were read.',
  ),
]

describe('InputProblems', () => {
  it('lists warnings apart from notes, each code once with where it happened, in plain text', () => {
    const w = mount(InputProblems, { ...mountOptions(), props: { issues, total: issues.length } })
    const warnings = w.find('[data-testid="problems-warnings"]')
    expect(warnings.find('details').attributes('open')).toBeDefined()
    expect(warnings.find('summary').text()).toContain('1 warning')
    // The warning's own message is in the page, not in a tooltip.
    expect(warnings.find('li').text()).toMatch(/^messages:3\s*— Line 3 is longer than 4194304 bytes/)
    const notes = w.find('[data-testid="problems-notes"]')
    expect(notes.find('details').attributes('open')).toBeUndefined()
    const group = notes.find('[data-testid="problem-group"]')
    expect([group.attributes('data-code'), group.attributes('data-count')]).toEqual(['year-inferred', '7'])
    expect(group.findAll('li')).toHaveLength(5)
    expect(w.findAll('[title]')).toHaveLength(0)
  })

  it('shows every place of a code when asked', async () => {
    const w = mount(InputProblems, { ...mountOptions(), props: { issues, total: issues.length } })
    const group = w.find('[data-testid="problems-notes"] [data-testid="problem-group"]')
    await group.find('button.more').trigger('click')
    expect(group.findAll('li').map((li) => li.text())).toEqual(
      Array.from({ length: 7 }, (_, i) => `messages:${10 + i}`),
    )
  })

  it('says what each code means in Traditional Chinese', () => {
    const w = mount(InputProblems, { ...mountOptions('zh-TW'), props: { issues, total: 600 } })
    expect(w.find('[data-testid="problems-notes"] .what').text()).toContain('syslog 時間戳記不含年份')
    expect(w.find('[data-testid="problems-warnings"] summary').text()).toContain('1 則警告')
    expect(w.text()).toContain('列出了 600 則中的前 8 則')
  })
})
