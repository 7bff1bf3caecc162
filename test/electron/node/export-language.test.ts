// The app's export writes the analysis it holds in whatever language is asked: the findings are worded
// from their keys as the report lays them out — the case is not analysed, nor diagnosed, a second time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import * as analysis from '../../../shared/analysis/analyze-case'
import * as diagnose from '../../../shared/diagnose/index'
import { t } from '../../../shared/i18n/t'
import { parseText } from '../../../shared/parse'
import { writeReport } from '../../../electron/node/app/write-report'
import { corpusPath } from '../../shared/diagnose/real-events'

vi.mock('../../../shared/analysis/analyze-case', async (importOriginal) => {
  const real = await importOriginal<typeof analysis>()
  return { ...real, analyzeCase: vi.fn(real.analyzeCase) }
})
vi.mock('../../../shared/diagnose/index', async (importOriginal) => {
  const real = await importOriginal<typeof diagnose>()
  return { ...real, diagnoseEvent: vi.fn(real.diagnoseEvent) }
})

const dir = mkdtempSync(join(tmpdir(), 'oomlens-export-lang-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('export in another language', () => {
  it('words the findings of the held analysis in the asked language with no second analysis', async () => {
    const path = corpusPath('009')
    const opened = analysis.analyzeCase({ inputs: [], ...parseText(path, readFileSync(path, 'utf8')) }, { lang: 'en' })
    const [finding] = opened.events[0]!.findings
    expect(finding?.code).toBe('memcg-limit')
    const calls = () => [
      vi.mocked(analysis.analyzeCase).mock.calls.length,
      vi.mocked(diagnose.diagnoseEvent).mock.calls.length,
    ]
    expect(calls()).toEqual([1, 1])

    for (const format of ['md', 'html'] as const) {
      const out = join(dir, `report-zh-TW.${format}`)
      await writeReport(opened, out, { format, lang: 'zh-TW', whatIf: null })
      const text = readFileSync(out, 'utf8')
      expect(text).toContain(t('zh-TW', 'finding.memcg-limit.title'))
      expect(text).toContain(t('zh-TW', 'section.diagnosis'))
      expect(text).not.toContain(finding!.title)
    }
    expect(calls()).toEqual([1, 1])
  })
})
