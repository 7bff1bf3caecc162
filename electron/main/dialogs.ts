// Native dialogs. Paths the user picks here are the only paths main invents; the renderer gets them
// back and passes them to openCase, where they are validated again.
import { app, dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { ReportFormat } from '../../shared/api/api-types'

/** The extensions OOMLens reads (the same list as the file associations in build/electron-builder.yml). */
export const CASE_EXTENSIONS = ['log', 'txt', 'gz', 'xz', 'zst', 'bz2', 'tgz', 'tar', 'zip', 'journal']

const REPORT_FILTERS: Readonly<Record<ReportFormat, Electron.FileFilter>> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'HTML', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
}

/** "Open files…": null when dismissed. */
export async function pickFiles(win: BrowserWindow | null): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open kernel logs, snapshots or archives',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Logs and archives', extensions: CASE_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  }
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
}

/** "Open folder…" (an extracted sosreport, /var/log): null when dismissed. */
export async function pickFolder(win: BrowserWindow | null): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = { title: 'Open a folder of logs', properties: ['openDirectory'] }
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
}

/** "Export report…": where to write; null when dismissed. Starts in Documents, never next to the inputs. */
export async function pickReportFile(win: BrowserWindow | null, format: ReportFormat): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export report',
    defaultPath: join(app.getPath('documents'), `oomlens-report.${format}`),
    filters: [REPORT_FILTERS[format]],
  }
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Help → About. */
export async function showAbout(win: BrowserWindow | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'About OOMLens',
    message: `OOMLens ${app.getVersion()}`,
    detail: [
      'A forensics workbench for Linux memory failures: OOM kills, memory-cgroup OOMs and page allocation failures.',
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'}`,
    ].join('\n'),
    buttons: ['OK'],
  }
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
}
