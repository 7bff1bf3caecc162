// The desktop's OomlensApi: the shared backend plus native dialogs, and export to a file the user
// picks in a save dialog (refused when it would overwrite one of the case's inputs).
import type { BrowserWindow } from 'electron'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { apiErr, apiOk } from '../../shared/api/api-result'
import type { ApiImplementation } from '../../shared/api/invoke-validated'
import { createApiBackend } from '../node/app/api-backend'
import type { BackendDeps, WriteReport } from '../node/app/api-backend'
import { toApiError } from '../node/app/to-api-error'
import { pickFiles, pickFolder, pickReportFile } from './dialogs'

export interface MainApiDeps extends BackendDeps {
  readonly writeReport: WriteReport
  readonly window: () => BrowserWindow | null
}

export function createMainApi(deps: MainApiDeps): ApiImplementation {
  const backend = createApiBackend(deps)
  return {
    ...backend.methods,
    pickCaseFiles: async () => apiOk(await pickFiles(deps.window())),
    pickCaseFolder: async () => apiOk(await pickFolder(deps.window())),
    exportReport: async (caseId, options) => {
      const opened = backend.openedCase(caseId)
      if (!opened) return apiErr('not-found', `case ${caseId} is not open (open it again)`)
      const target = await pickReportFile(deps.window(), options.format)
      if (target === null) return apiOk(null)
      const inputs = opened.loaded.analysis.inputs.map((i) => resolve(i.path))
      if ([...opened.paths, ...inputs].some((p) => resolve(p) === resolve(target)))
        return apiErr('bad-argument', `${target} is one of the case's inputs; choose another file`, target)
      try {
        await deps.writeReport(opened.loaded.analysis, target, options)
        const { size } = await stat(target)
        return apiOk({ format: options.format, bytes: size, path: target, downloadUrl: null })
      } catch (err) {
        return { ok: false, error: toApiError(err, false) }
      }
    },
  }
}
