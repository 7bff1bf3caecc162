import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_SUMMARY_ISSUES } from '../../../shared/api/api-types'
import { summarizeCase } from '../../../shared/api/summarize-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { loadCase } from '../../../electron/node/case-service'
import { GIVEN } from '../../support/given'

const CORPUS = `${GIVEN}/corpus/public`
interface ManifestEntry {
  file: string
  events: number
  trigger?: { comm: string; pid: number }
  killed?: { pid: number; comm: string } | null
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]

describe('summarize-case', () => {
  const entry = manifest.find((m) => m.file.startsWith('005-')) as ManifestEntry

  it('lists every event with its trigger, victim and first finding when summarising a corpus log', async () => {
    const path = join(CORPUS, entry.file)
    const { analysis } = await loadCase([path])
    const summary = summarizeCase('c7', [path], analysis)
    expect(summary).toMatchObject({ caseId: 'c7', paths: [path], lang: 'en', issueCount: analysis.issues.length })
    expect(summary.events).toHaveLength(entry.events)
    const [row] = summary.events
    const [analysed] = analysis.events
    expect(row).toMatchObject({
      id: analysed?.event.id,
      path,
      trigger: { comm: entry.trigger?.comm, pid: entry.trigger?.pid },
      victim: { pid: entry.killed?.pid, comm: entry.killed?.comm },
      findingCodes: analysed?.findings.map((f) => f.code),
    })
    expect(row?.primaryFinding?.code).toBe(analysed?.findings[0]?.code)
    // Summaries stay small: no report lines or task tables.
    expect(JSON.stringify(summary)).not.toContain('"lines"')
  })

  it('caps the issues it carries but counts them all', () => {
    const issue = { code: 'unknown-prefix', severity: 'info' as const, path: '/x', line: 1, message: 'm' }
    const analysis: CaseAnalysis = {
      inputs: [],
      events: [],
      snapshots: [],
      issues: Array.from({ length: MAX_SUMMARY_ISSUES + 7 }, () => issue),
      caseFindings: [],
      lang: 'zh-CN',
    }
    const summary = summarizeCase('c1', ['/x'], analysis)
    expect(summary.issues).toHaveLength(MAX_SUMMARY_ISSUES)
    expect(summary.issueCount).toBe(MAX_SUMMARY_ISSUES + 7)
  })
})
