// The bridge's OomlensApi: the shared backend plus what a browser host does differently — no native
// dialogs, openCase only for the launch paths and what the user opened through the page, and an
// exported report becomes a download from a private temp folder (removed on close) instead of a file
// written where the user chose.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { apiErr, apiOk } from '../../shared/api/api-result'
import type { ReportFormat } from '../../shared/api/api-types'
import type { ApiImplementation } from '../../shared/api/invoke-validated'
import { createApiBackend } from '../node/app/api-backend'
import type { BackendDeps, WriteReport } from '../node/app/api-backend'
import { toApiError } from '../node/app/to-api-error'
import { createGrantedPaths, grantedOpenCase } from '../node/granted-paths'

export interface Download {
  readonly file: string
  readonly name: string
  readonly format: ReportFormat
}

export interface BridgeApi {
  readonly impl: ApiImplementation
  /**
   * Let the page open `paths` too (besides the launch paths): for what the user hands the page, e.g.
   * files uploaded through it and kept in a private folder.
   */
  grant(paths: readonly string[]): void
  download(id: string): Download | undefined
  dispose(): Promise<void>
}

export function createBridgeApi(deps: BackendDeps & { readonly writeReport: WriteReport }): BridgeApi {
  const backend = createApiBackend(deps)
  const granted = createGrantedPaths(deps.appInfo.launchPaths)
  const downloads = new Map<string, Download>()
  let dir: Promise<string> | null = null
  const unavailable = async () =>
    apiErr<never>('unavailable', 'a browser has no native dialog: drop files or use the paths given to `oomlens serve`')

  const impl: ApiImplementation = {
    ...backend.methods,
    openCase: grantedOpenCase(backend.methods.openCase, granted),
    pickCaseFiles: unavailable,
    pickCaseFolder: unavailable,
    exportReport: async (caseId, options) => {
      const opened = backend.openedCase(caseId)
      if (!opened) return apiErr('not-found', `case ${caseId} is not open (open it again)`)
      try {
        dir ??= mkdtemp(join(tmpdir(), 'oomlens-serve-'))
        const id = randomBytes(16).toString('hex')
        const name = `oomlens-report-${caseId}.${options.format}`
        const file = join(await dir, `${id}.${options.format}`)
        await deps.writeReport(opened.loaded.analysis, file, options)
        downloads.set(id, { file, name, format: options.format })
        const { size } = await stat(file)
        return apiOk({ format: options.format, bytes: size, path: null, downloadUrl: `/api/download/${id}` })
      } catch (err) {
        return { ok: false, error: toApiError(err, false) }
      }
    },
  }
  return {
    impl,
    grant: granted.grant,
    download: (id) => downloads.get(id),
    dispose: async () => {
      if (dir) await rm(await dir, { recursive: true, force: true })
    },
  }
}
