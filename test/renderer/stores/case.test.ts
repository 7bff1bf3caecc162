import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { setApi } from '../../../renderer/src/api/client'
import { useCaseStore } from '../../../renderer/src/stores/case'
import { MAX_CONTENT_BYTES } from '../../../shared/api/api-types'
import { fakeApi, SAMPLES_DIR, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'

describe('case store', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000, SEED_004])
  })
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => setApi(null))

  it('opens the launch paths and lists their events when the host gives some', async () => {
    const { api, summary } = fakeApi(analysis)
    setApi(api)
    const store = useCaseStore()
    expect(await store.openLaunchCase()).toBe(true)
    expect(store.events.map((e) => e.id)).toEqual(summary.events.map((e) => e.id))
    expect(store.events.length).toBe(analysis.events.length)
    expect(store.loading).toBe(false)
  })

  it('keeps the error and no summary when the host refuses the paths', async () => {
    const { api } = fakeApi(analysis)
    setApi(api)
    const store = useCaseStore()
    expect(await store.openCase([])).toBe(false)
    expect(store.error?.code).toBe('bad-argument')
    expect(store.summary).toBeNull()
  })

  it('fetches an event once and serves it from the cache afterwards', async () => {
    const { api, calls } = fakeApi(analysis)
    setApi(api)
    const store = useCaseStore()
    await store.openLaunchCase()
    const id = store.events[0]?.id ?? ''
    const a = await store.loadEvent(id)
    const b = await store.loadEvent(id)
    expect(a).toBe(b)
    expect(a?.event.id).toBe(id)
    expect(calls['getEvent']).toBe(1)
  })

  it('records a not-found error for an unknown event', async () => {
    const { api } = fakeApi(analysis)
    setApi(api)
    const store = useCaseStore()
    await store.openLaunchCase()
    expect(await store.loadEvent('e999')).toBeNull()
    expect(store.error?.code).toBe('not-found')
  })

  it('passes the language and every pinned scenario, each with its event, to the export', async () => {
    const { api, calls } = fakeApi(analysis)
    let seen: unknown = null
    setApi({
      ...api,
      exportReport: async (caseId, options) => ((seen = { caseId, ...options }), api.exportReport(caseId, options)),
    })
    const store = useCaseStore()
    await store.openLaunchCase()
    const pinned = [
      { eventId: 'e1', settings: { cma_kb: 0 } },
      { eventId: 'e2', settings: { swap_kb: 2048 } },
    ]
    const file = await store.exportReport('html', pinned)
    expect(seen).toEqual({
      caseId: 'c1',
      format: 'html',
      lang: expect.any(String),
      whatIf: null,
      eventScenarios: pinned,
    })
    expect(file?.downloadUrl).toBe('/reports/r1')
    expect(store.lastExport).toEqual(file)
    expect(calls['exportReport']).toBe(1)
  })
})

describe('case store: evidence without paths', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => setApi(null))

  const seed000 = () => readFileSync(resolve(SAMPLES_DIR, SEED_000), 'utf8')

  it('opens files a browser holds as content, with their names and modification times', async () => {
    const { api, received } = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi(api)
    const store = useCaseStore()
    const file = new File([seed000()], SEED_000, { lastModified: 1_700_000_000_000 })
    expect(await store.openFiles([{ name: `case/${SEED_000}`, file }])).toBe(true)
    expect(received).toEqual([{ name: `case/${SEED_000}`, text: seed000(), modifiedMs: 1_700_000_000_000 }])
    expect(store.summary?.origin).toBe('content')
    expect(store.events.map((e) => [e.path, e.trigger.comm])).toEqual([[`case/${SEED_000}`, 'python']])
  })

  it('opens pasted text under a name of its own for each paste, dated when it was pasted', async () => {
    const { api, received } = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi(api)
    const store = useCaseStore()
    const before = Date.now()
    expect(await store.openPasted('   \n')).toBe(false)
    expect(await store.openPasted(seed000())).toBe(true)
    expect(await store.openPasted(seed000())).toBe(true)
    expect(received.map((r) => r.name)).toEqual(['pasted-1.txt', 'pasted-2.txt'])
    for (const r of received) expect(r.modifiedMs).toBeGreaterThanOrEqual(before)
    expect(received.every((r) => r.modifiedMs !== null && r.modifiedMs <= Date.now())).toBe(true)
    expect(store.events).toHaveLength(1)
  })

  it('refuses more content than one call carries before reading any of it', async () => {
    const { api, calls } = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi(api)
    const store = useCaseStore()
    const huge = { size: MAX_CONTENT_BYTES + 1, name: 'huge.log' } as File
    expect(await store.openFiles([{ name: 'huge.log', file: huge }])).toBe(false)
    expect(store.error?.words).toEqual({
      key: 'app.tooLargeForBrowser',
      params: { mib: MAX_CONTENT_BYTES / 1024 ** 2 },
    })
    expect(calls['openCaseContent']).toBeUndefined()
  })

  it('opens bundled samples by name', async () => {
    const { api } = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi(api)
    const store = useCaseStore()
    expect(await store.openSamples([SEED_000])).toBe(true)
    expect(store.summary?.paths).toEqual([resolve(SAMPLES_DIR, SEED_000)])
  })
})
