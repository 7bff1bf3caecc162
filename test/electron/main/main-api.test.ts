// The desktop export: the report goes where the user chose in the save dialog, except into the
// evidence — onto an input by any of its names (itself, a symlink, a hard link, a `..` spelling) or
// anywhere inside an input folder (directly or through a symlinked folder). Same check as `oomlens report`.
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMemorySettingsStore } from '../../../electron/bridge/memory-settings-store'
import { createMainApi, type MainApi } from '../../../electron/main/main-api'
import { emptyAnalysis } from '../../support/empty-analysis'

const h = vi.hoisted(() => ({ target: null as string | null, picks: null as string[] | null }))
vi.mock('../../../electron/main/dialogs', () => ({
  pickReportFile: async () => h.target,
  pickFiles: async () => h.picks,
  pickFolder: async () => h.picks,
}))

let dir = ''
let api: MainApi
let caseId = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-main-api-'))
  mkdirSync(join(dir, 'evidence', 'var'), { recursive: true })
  writeFileSync(join(dir, 'evidence', 'var', 'messages'), 'evidence\n')
  writeFileSync(join(dir, 'dmesg.log'), 'evidence\n')
  mkdirSync(join(dir, 'reports'))
  symlinkSync(join(dir, 'evidence', 'var'), join(dir, 'reports', 'into-evidence'))
  symlinkSync(join(dir, 'dmesg.log'), join(dir, 'reports', 'dmesg-link.md'))
  linkSync(join(dir, 'evidence', 'var', 'messages'), join(dir, 'reports', 'hard-link.md'))
  api = createMainApi({
    loadCase: async (paths) => ({
      analysis: {
        ...emptyAnalysis(paths[0] ?? ''),
        inputs: [
          { path: join(dir, 'evidence'), kind: 'directory', bytes: 0 },
          { path: join(dir, 'evidence', 'var', 'messages'), kind: 'kernel-log', bytes: 9 },
          { path: join(dir, 'dmesg.log'), kind: 'kernel-log', bytes: 9 },
        ],
      },
      readLines: async () => [],
    }),
    writeReport: async (_analysis, target) => writeFileSync(target, '# report\n'),
    store: createMemorySettingsStore(),
    emit: () => undefined,
    appInfo: { host: 'electron', version: '0', launchPaths: [], nativeDialogs: true },
    window: () => null,
  })
  h.picks = [join(dir, 'evidence'), join(dir, 'dmesg.log')]
  expect(await api.impl.pickCaseFolder()).toEqual({ ok: true, value: h.picks })
  const opened = await api.impl.openCase(h.picks)
  if (!opened.ok) throw new Error(opened.error.message)
  caseId = opened.value.caseId
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const exportTo = async (target: string) => {
  h.target = target
  return api.impl.exportReport(caseId, { format: 'md', lang: 'en', whatIf: null })
}

describe('main-api export', () => {
  it('refuses every way of writing into the evidence, and leaves the evidence as it was', async () => {
    for (const target of [
      join(dir, 'dmesg.log'),
      join(dir, 'evidence', 'report.md'),
      join(dir, 'evidence', 'var', 'new', 'report.md'),
      join(dir, 'reports', '..', 'evidence', 'report.md'),
      join(dir, 'reports', 'into-evidence', 'report.md'),
      join(dir, 'reports', 'dmesg-link.md'),
      join(dir, 'reports', 'hard-link.md'),
    ]) {
      const r = await exportTo(target)
      expect(r, target).toMatchObject({ ok: false, error: { code: 'bad-argument', path: target } })
    }
    expect(readFileSync(join(dir, 'dmesg.log'), 'utf8')).toBe('evidence\n')
    expect(readFileSync(join(dir, 'evidence', 'var', 'messages'), 'utf8')).toBe('evidence\n')
  })

  it('writes anywhere else', async () => {
    const target = join(dir, 'reports', 'case.md')
    expect(await exportTo(target)).toMatchObject({ ok: true, value: { path: target, format: 'md' } })
    expect(readFileSync(target, 'utf8')).toBe('# report\n')
  })

  it('opens what a dialog picked, and nothing else', async () => {
    expect(await api.impl.openCase([join(dir, 'reports', 'case.md')])).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    h.picks = [join(dir, 'reports', 'case.md')]
    await api.impl.pickCaseFiles()
    expect(await api.impl.openCase(h.picks)).toMatchObject({ ok: true })
  })
})
