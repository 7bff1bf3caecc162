// Evidence the browser hands over without a path: files from the Open chooser (a folder's files
// carry `webkitRelativePath`), files and whole folders dropped on the window (walked through the
// File System entries API), and pasted text. Turned into the API's content items (base64) for
// `openCaseContent`; nothing is written anywhere.
import type { CaseContentItem } from '../../../shared/api/api-types'
import { MAX_CONTENT_BYTES } from '../../../shared/api/api-types'
import { toContentName } from '../../../shared/api/validate'

/** A file with the relative name it is opened under. */
export interface NamedFile {
  readonly name: string
  readonly file: File
}

/** Files from an `<input type=file>` (with `webkitdirectory`, each keeps its path inside the folder). */
export function filesFromInput(list: FileList | readonly File[]): NamedFile[] {
  return [...list].map((file) => ({ name: file.webkitRelativePath || file.name, file }))
}

/**
 * The browser's own file chooser (the desktop app uses its native dialog instead): files, or with
 * `folder` one folder's files. Resolves with none when the chooser is dismissed.
 */
export function chooseFiles(folder: boolean): Promise<NamedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    if (folder) input.webkitdirectory = true
    input.hidden = true
    input.dataset.testid = folder ? 'folder-chooser' : 'file-chooser'
    const done = (files: NamedFile[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => done(filesFromInput(input.files ?? [])))
    input.addEventListener('cancel', () => done([]))
    document.body.append(input)
    input.click()
  })
}

function entryFile(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)))
}

/** Every entry of a directory: readEntries answers in batches until it answers none. */
function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader()
  const all: FileSystemEntry[] = []
  return new Promise((resolve) => {
    const next = () =>
      reader.readEntries(
        (batch) => {
          if (batch.length === 0) return resolve(all)
          all.push(...batch)
          next()
        },
        () => resolve(all), // an unreadable folder: what was read so far
      )
    next()
  })
}

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await entryFile(entry as FileSystemFileEntry)
    // fullPath is `/folder/sub/file` for a dropped folder's file, `/file` for a dropped file.
    if (file) out.push({ name: entry.fullPath.replace(/^\/+/, '') || file.name, file })
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, out)
  }
}

/**
 * What was dropped: files, and the files inside dropped folders. The entries must be taken while
 * the drop event is being handled (the browser clears them afterwards), so this reads them at once
 * and walks them after. Falls back to the plain file list where entries are not offered.
 */
export function droppedFiles(data: DataTransfer): Promise<NamedFile[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null)
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(filesFromInput(data.files))
  return (async () => {
    const out: NamedFile[] = []
    for (const entry of entries) if (entry) await walk(entry, out)
    return out
  })()
}

/** Total bytes, to refuse before reading anything when it is more than one call may carry. */
export function totalBytes(files: readonly NamedFile[]): number {
  return files.reduce((n, f) => n + f.file.size, 0)
}

/** True when the files fit in one `openCaseContent` call. */
export function fitsInOneCall(files: readonly NamedFile[]): boolean {
  return totalBytes(files) <= MAX_CONTENT_BYTES
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    // A data: URL is `data:<type>;base64,<payload>`; the browser encodes natively, fast for large files.
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsDataURL(blob)
  })
}

/** Names made valid and unique (two dropped files may share a name: the second gets ` (2)`). */
function uniqueNames(files: readonly NamedFile[]): string[] {
  const seen = new Set<string>()
  return files.map((f, i) => {
    const base = toContentName(f.name, `file-${i + 1}`)
    let name = base
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`
    seen.add(name)
    return name
  })
}

/** Files → content items, read one after the other (each is held once, as base64). */
export async function toContentItems(files: readonly NamedFile[]): Promise<CaseContentItem[]> {
  const names = uniqueNames(files)
  const items: CaseContentItem[] = []
  for (const [i, f] of files.entries()) {
    const modified = f.file.lastModified
    items.push({
      name: names[i] ?? f.file.name,
      base64: await base64Of(f.file),
      modifiedMs: Number.isSafeInteger(modified) && modified > 0 ? modified : null,
    })
  }
  return items
}

/**
 * Pasted text as one content item. Its modification time is the moment of the paste: like a file's
 * mtime it bounds when the last line was written, which settles the year of a syslog that prints
 * none (shown as inferred, as for files).
 */
export async function pastedItem(text: string, name: string, pastedAtMs: number): Promise<CaseContentItem> {
  return { name, base64: await base64Of(new Blob([text], { type: 'text/plain' })), modifiedMs: pastedAtMs }
}
