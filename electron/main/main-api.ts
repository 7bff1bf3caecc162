// The desktop's OomlensApi: the shared backend plus native dialogs, and export to a file the user
// picks in a save dialog (refused when it would write into the case's evidence). The renderer may
// open only paths main handed out (granted-paths.ts): the launch paths, dialog picks, recent cases,
// and what app.ts grants for menu opens, second launches, file associations and drops.
import type { BrowserWindow } from 'electron'
import { stat } from 'node:fs/promises'
import { apiErr, apiOk } from '../../shared/api/api-result'
import type { ApiImplementation } from '../../shared/api/invoke-validated'
import { createApiBackend } from '../node/app/api-backend'
import type { BackendDeps, WriteReport } from '../node/app/api-backend'
import { toApiError } from '../node/app/to-api-error'
import { createGrantedPaths, grantedOpenCase } from '../node/granted-paths'
import { evidenceAt } from '../node/report/evidence-guard'
import { pickFiles, pickFolder, pickReportFile } from './dialogs'

export interface MainApiDeps extends BackendDeps {
  readonly writeReport: WriteReport
  readonly window: () => BrowserWindow | null
}

export interface MainApi {
  readonly impl: ApiImplementation
  /** Let the renderer open `paths` (main handed them out: a menu open, a second launch, a drop). */
  grant(paths: readonly string[]): void
}

export function createMainApi(deps: MainApiDeps): MainApi {
  const backend = createApiBackend(deps)
  const granted = createGrantedPaths([
    ...deps.appInfo.launchPaths,
    ...deps.store.getRecentCases().flatMap((r) => r.paths),
  ])
  /** A dialog's pick, granted before the renderer hears of it. */
  const picked = (paths: string[] | null) => {
    if (paths) granted.grant(paths)
    return apiOk(paths)
  }
  const impl: ApiImplementation = {
    ...backend.methods,
    openCase: grantedOpenCase(backend.methods.openCase, granted),
    pickCaseFiles: async () => picked(await pickFiles(deps.window())),
    pickCaseFolder: async () => picked(await pickFolder(deps.window())),
    exportReport: async (caseId, options) => {
      const opened = backend.openedCase(caseId)
      if (!opened) return apiErr('not-found', `case ${caseId} is not open (open it again)`)
      const target = await pickReportFile(deps.window(), options.format)
      if (target === null) return apiOk(null)
      const files = opened.loaded.analysis.inputs.map((i) => i.path)
      const input = await evidenceAt(target, opened.paths, [...opened.paths, ...files])
      if (input !== null)
        return apiErr(
          'bad-argument',
          `${target} would write into the case's evidence (${input}); choose another place`,
          target,
        )
      try {
        await deps.writeReport(opened.loaded.analysis, target, options)
        const { size } = await stat(target)
        return apiOk({ format: options.format, bytes: size, path: target, downloadUrl: null })
      } catch (err) {
        return { ok: false, error: toApiError(err, false) }
      }
    },
  }
  return { impl, grant: granted.grant }
}
