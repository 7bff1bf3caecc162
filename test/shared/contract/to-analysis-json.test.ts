import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { toAnalysisJson } from '../../../shared/contract/to-analysis-json'
import { t } from '../../../shared/i18n/t'
import { parseText } from '../../../shared/parse'
import { GIVEN } from '../../support/given'
import { NO_MODEL as EMPTY_MODEL } from '../../support/no-model'

function analysisOf(path: string, text: string): CaseAnalysis {
  const parsed = parseText(path, text)
  return {
    inputs: [{ path, kind: 'kernel-log', bytes: text.length }],
    events: parsed.events.map((event) => ({ event, model: EMPTY_MODEL, findings: [], whatIf: null })),
    snapshots: parsed.snapshots,
    issues: parsed.issues,
    caseFindings: [],
    lang: 'en',
  }
}

const seedFile = readdirSync(`${GIVEN}/seeds`).find((f) => f.startsWith('000_')) ?? ''
const seed000 = readFileSync(join(`${GIVEN}/seeds`, seedFile), 'utf8')
const memcg = readFileSync(`${GIVEN}/corpus/public/009-x86-5.2-rc7-memcg-v1-leaker.log`, 'utf8')

const EVENT_KEYS = [
  'constraint',
  'counters',
  'findings',
  'host',
  'id',
  'kernel',
  'killed',
  'kind',
  'memcg',
  'model',
  'pageSizeKb',
  'partial',
  'ram',
  'source',
  'swap',
  'tasks',
  'time',
  'trigger',
  'uptime',
  'whatIf',
  'zones',
]

describe('toAnalysisJson', () => {
  it('emits every top-level and event field of the contract when given a parsed case', () => {
    const json = toAnalysisJson(analysisOf('seed-000.txt', seed000))
    expect(Object.keys(json).sort()).toEqual(['caseFindings', 'events', 'inputs', 'schema', 'snapshots', 'warnings'])
    expect(json.schema).toBe('oomlens.analysis/1')
    const e = json.events[0]!
    expect(Object.keys(e).sort()).toEqual(EVENT_KEYS)
    expect(Object.keys(e.trigger).sort()).toEqual(['comm', 'gfpFlags', 'gfpMask', 'oomScoreAdj', 'order', 'pid'])
    expect(e.kernel).toEqual({ version: '3.14.24-wt-ldr-TC', arch: 'i386' })
    expect(e.source).toEqual({ path: 'seed-000.txt', line: 3 })
    expect(e.model).toEqual({
      inferredMinFreeKbytes: null,
      watermarkScaleFactor: null,
      zones: [],
      predictedVictim: null,
    })
    expect(e.ram).toEqual({ totalPages: 523470, highmemPages: 296242, reservedPages: 0, cmaReservedPages: null })
  })

  it('names the chosen task in selectedPid when a child was killed in its place', () => {
    const e = toAnalysisJson(analysisOf('seed-000.txt', seed000)).events[0]!
    expect(e.killed).toEqual({
      pid: 593,
      comm: 'python',
      selectedPid: 1386,
      score: 2,
      totalVmKb: 18720,
      anonRssKb: 2184,
      fileRssKb: 656,
      shmemRssKb: null,
    })
  })

  it('gives zones their buddy blocks and migrate types, and tasks nulls for absent columns', () => {
    const e = toAnalysisJson(analysisOf('seed-000.txt', seed000)).events[0]!
    expect(Object.keys(e.zones[0]!).sort()).toEqual([
      'freeBlockTypes',
      'freeBlocks',
      'freeCmaKb',
      'freeKb',
      'highKb',
      'lowKb',
      'lowmemReserve',
      'managedKb',
      'minKb',
      'node',
      'presentKb',
      'zone',
    ])
    expect(e.zones[1]).toMatchObject({
      zone: 'Normal',
      freeBlocks: [333, 269, 0, 1, 1, 0, 0, 0, 0, 0, 0],
      managedKb: 860136,
    })
    expect(e.zones[1]?.freeBlockTypes).toEqual(['UEM', 'M', null, 'R', 'R', null, null, null, null, null, null])
    expect(e.tasks[0]).toEqual({
      pid: 301,
      uid: 0,
      tgid: 301,
      totalVm: 807,
      rss: 232,
      pgtablesBytes: null,
      nrPtes: 3,
      nrPmds: null,
      swapents: 0,
      oomScoreAdj: 0,
      name: 'upstart-udev-br',
    })
  })

  it('fills memcg, constraint and warnings when the case is a memcg OOM', () => {
    const json = toAnalysisJson(analysisOf('009.log', memcg))
    const e = json.events[0]!
    expect(e.kind).toBe('memcg-oom')
    expect(e.constraint).toBe('CONSTRAINT_MEMCG')
    expect(e.memcg).toEqual({
      path: '/leaker',
      usageKb: 524288,
      limitKb: 524288,
      failcnt: 1240247,
      swapUsageKb: 2592556,
      swapLimitKb: 9007199254740988,
    })
    expect(e.killed).toMatchObject({ pid: 23793, selectedPid: 23793, score: null })
    expect(e.trigger.gfpFlags).toEqual(['GFP_HIGHUSER_MOVABLE'])
    expect(e.zones).toEqual([])
    expect(e.swap).toBeNull()
    expect(json.warnings.every((w) => 'path' in w && 'line' in w && 'message' in w)).toBe(true)
  })

  it('marks a report whose header was not in the input as partial, and a whole one as not', () => {
    const cut = memcg
      .split('\n')
      .filter((l) => !l.includes('invoked oom-killer'))
      .join('\n')
    expect(toAnalysisJson(analysisOf('009.log', memcg)).events.map((e) => e.partial)).toEqual([false])
    expect(toAnalysisJson(analysisOf('009-cut.log', cut)).events.map((e) => e.partial)).toEqual([true])
  })

  it('carries each finding in the asked language with the keys and parameters to word it in another', () => {
    const parsed = parseText('009.log', memcg)
    const inCn = toAnalysisJson(analyzeCase({ inputs: [], ...parsed }, { lang: 'zh-CN' })).events[0]!.findings
    const inEn = toAnalysisJson(analyzeCase({ inputs: [], ...parsed }, { lang: 'en' })).events[0]!.findings
    expect(inCn.map((f) => f.code)).toEqual(['memcg-limit'])
    expect(inCn.map((f) => [f.titleKey, f.detailKey, f.params, f.recommendationKeys])).toEqual(
      inEn.map((f) => [f.titleKey, f.detailKey, f.params, f.recommendationKeys]),
    )
    const memcgLimit = inCn[0]!
    expect(memcgLimit.titleKey).toBe('finding.memcg-limit.title')
    expect(memcgLimit.params).toMatchObject({ path: '/leaker', usage: 524288, limit: 524288, failcnt: 1240247 })
    expect(memcgLimit.title).toBe(t('zh-CN', 'finding.memcg-limit.title'))
    expect(inEn[0]!.title).toBe(t('en', 'finding.memcg-limit.title'))
  })

  it('is plain JSON that survives a round trip', () => {
    const json = toAnalysisJson(analysisOf('seed-000.txt', seed000))
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })
})
