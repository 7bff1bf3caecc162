import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../shared/api/api-types'
import { createApiBackend } from '../../../electron/node/app/api-backend'
import type { LoadCase } from '../../../electron/node/app/api-backend'
import { createMemorySettingsStore } from '../../../electron/bridge/memory-settings-store'
import { InputError, loadCase } from '../../../electron/node/case-service'
import { emptyAnalysis } from '../../support/empty-analysis'
import { CORPUS, makeTempDir, removeDir } from './input/build-fixtures'

/** A loader that reports progress, then waits until released (newest first) or aborted, as the case service does. */
function gatedLoader() {
  const releases: (() => void)[] = []
  const loadCase: LoadCase = (paths, { onProgress, signal }) =>
    new Promise((resolve, reject) => {
      const path = paths[0] ?? ''
      onProgress({ phase: 'reading', path, bytesRead: 1, bytesTotal: 10, filesDone: 0, filesTotal: 1, eventsFound: 0 })
      signal.addEventListener('abort', () => {
        onProgress({
          phase: 'cancelled',
          path,
          bytesRead: 1,
          bytesTotal: 10,
          filesDone: 0,
          filesTotal: 1,
          eventsFound: 0,
        })
        reject(new InputError('cancelled', path, 'The import was cancelled.'))
      })
      releases.push(() =>
        resolve({ analysis: emptyAnalysis(path), readLines: async (p, from) => [{ path: p, line: from, text: 'x' }] }),
      )
    })
  return { loadCase, release: () => releases.pop()?.() }
}

function backend(loadCase: LoadCase, samplesDir?: string) {
  const progress: ImportProgress[] = []
  const store = createMemorySettingsStore()
  const api = createApiBackend({
    loadCase,
    store,
    emit: (event, payload) => event === 'onImportProgress' && progress.push(payload as ImportProgress),
    appInfo: { host: 'bridge', version: 't', launchPaths: [], nativeDialogs: false },
    ...(samplesDir ? { samplesDir } : {}),
  })
  return { api: api.methods, progress, store }
}

describe('api-backend', () => {
  it('cancels a running import with progress and a cancelled result when cancelImport is called', async () => {
    const { loadCase } = gatedLoader()
    const { api, progress } = backend(loadCase)
    const opening = api.openCase(['/logs/a.log'])
    expect(await api.cancelImport()).toEqual({ ok: true, value: true })
    expect(await opening).toEqual({ ok: false, error: { code: 'cancelled', message: 'the import was cancelled' } })
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'cancelled'])
    expect(await api.cancelImport()).toEqual({ ok: true, value: false })
  })

  it('supersedes an import quietly when a second openCase starts', async () => {
    const gate = gatedLoader()
    const { api, progress, store } = backend(gate.loadCase)
    const first = api.openCase(['/logs/a.log'])
    const second = api.openCase(['/logs/b.log'])
    gate.release()
    expect((await first).ok).toBe(false)
    const opened = await second
    expect(opened).toMatchObject({
      ok: true,
      value: { caseId: expect.stringMatching(/^c[0-9a-f]{32}$/), paths: ['/logs/b.log'] },
    })
    // The superseded import's "cancelled" never reaches the renderer.
    expect(progress.map((p) => `${p.phase} ${p.path}`)).toEqual(['reading /logs/a.log', 'reading /logs/b.log'])
    expect(store.getRecentCases().map((r) => r.paths)).toEqual([['/logs/b.log']])
  })

  it('reads lines only from inputs of the case and maps input errors to codes', async () => {
    const gate = gatedLoader()
    const { api } = backend(gate.loadCase)
    const opening = api.openCase(['/logs/a.log'])
    gate.release()
    const opened = await opening
    if (!opened.ok) throw new Error(opened.error.message)
    const { caseId } = opened.value
    expect(await api.readLines({ caseId, path: '/logs/a.log', fromLine: 4, toLine: 4 })).toEqual({
      ok: true,
      value: [{ path: '/logs/a.log', line: 4, text: 'x' }],
    })
    expect(await api.readLines({ caseId, path: '/etc/shadow', fromLine: 1, toLine: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    const failing = backend(async () => Promise.reject(new InputError('unsupported', '/x.bin', '/x.bin: not a log')))
    expect(await failing.api.openCase(['/x.bin'])).toEqual({
      ok: false,
      error: { code: 'unsupported-input', message: '/x.bin: not a log', path: '/x.bin' },
    })
  })
})

const SAMPLE = '020-mips-x1000-5.8-containerd-stmmac.log'
const tmp = makeTempDir()
afterAll(() => removeDir(tmp))

describe('api-backend: opening without a path', () => {
  it('opens content in memory with the real case service, keeps it out of the recent cases and reads lines back', async () => {
    const { api, store } = backend(loadCase)
    const bytes = readFileSync(join(CORPUS, SAMPLE))
    const opened = await api.openCaseContent([
      { name: 'dmesg.txt', base64: bytes.toString('base64'), modifiedMs: null },
    ])
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.origin).toBe('content')
    expect(opened.value.paths).toEqual(['dmesg.txt'])
    const byPath = await loadCase([join(CORPUS, SAMPLE)])
    expect(opened.value.events.map((e) => [e.path, e.line])).toEqual(
      byPath.analysis.events.map((a) => ['dmesg.txt', a.event.line]),
    )
    expect(store.getRecentCases()).toEqual([])
    const first = opened.value.events[0]!
    const lines = await api.readLines({
      caseId: opened.value.caseId,
      path: 'dmesg.txt',
      fromLine: first.line,
      toLine: first.line,
    })
    expect(lines).toEqual({
      ok: true,
      value: [{ path: 'dmesg.txt', line: first.line, text: bytes.toString('utf8').split('\n')[first.line - 1] }],
    })
  })

  it('lists the bundled samples and opens them by name only', async () => {
    const samples = join(tmp, 'samples')
    mkdirSync(samples)
    copyFileSync(join(CORPUS, SAMPLE), join(samples, SAMPLE))
    const { api, store } = backend(loadCase, samples)
    const info = await api.getAppInfo()
    expect(info.ok && info.value.samples).toEqual([{ name: SAMPLE, bytes: readFileSync(join(CORPUS, SAMPLE)).length }])
    const opened = await api.openSamples([SAMPLE])
    expect(opened.ok && opened.value.paths).toEqual([join(samples, SAMPLE)])
    expect(opened.ok && opened.value.origin).toBe('paths')
    expect(store.getRecentCases().map((r) => r.paths)).toEqual([[join(samples, SAMPLE)]])
    expect(await api.openSamples(['README.md'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const none = backend(loadCase)
    expect(await none.api.getAppInfo()).toMatchObject({ ok: true, value: { samples: [] } })
    expect(await none.api.openSamples([SAMPLE])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
