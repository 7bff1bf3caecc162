import { lstatSync, type Stats } from 'node:fs'
import { lstat, readdir, stat, statfs } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { InputError, inputErrorFromFs } from './input-error'
import type { ReadContext } from './read-context'
import { orderRotated, rotationPlace } from './rotation'

/** A file to read: a path the user named, or a file found inside a directory they named. */
export interface PlannedFile {
  readonly filePath: string
  /** Display path (as given, or given directory + relative path). */
  readonly path: string
  /** Relative path inside the named directory (the path itself for a named file). */
  readonly name: string
  readonly sizeBytes: number
  readonly topLevel: boolean
  /** Rotated-log family, when another planned file belongs to it too (null: nothing to de-duplicate). */
  readonly rotation: string | null
  readonly mtimeMs: number
  /**
   * On a local disk file system (ext4, xfs, tmpfs, …): a small file is read at once, without the
   * round trips of asynchronous I/O. Elsewhere (NFS, SMB, FUSE, unknown) a stuck server must never
   * block the process, so reads stay asynchronous.
   */
  readonly localDisk: boolean
}

/**
 * File systems whose files are live kernel interfaces, not saved evidence: reading `/proc/kmsg` waits
 * for kernel messages and takes them from whoever else reads them (syslog), a tracefs `trace_pipe`
 * never ends, and sizes are 0 or made up. Magic numbers from include/uapi/linux/magic.h (Linux 6.x).
 * pstore (dumps of earlier crashes) is not among them: its files are saved logs.
 */
const LIVE_KERNEL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'procfs'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x1cd1, 'devpts'],
  [0xde5e81e4, 'efivarfs'],
  [0x6e736673, 'nsfs'],
])

/**
 * Local block-device and memory file systems (magic numbers from include/uapi/linux/magic.h and the
 * file systems' own headers, Linux 6.x): reads there return in microseconds or fail, never wait on a
 * network. Any other type (NFS, SMB/CIFS, FUSE, 9p, Ceph, or a platform whose statfs speaks other
 * numbers) counts as remote.
 */
const LOCAL_DISK_FILE_SYSTEMS: ReadonlySet<number> = new Set([
  0xef53, // ext2/3/4
  0x58465342, // xfs
  0x9123683e, // btrfs
  0x01021994, // tmpfs
  0x858458f6, // ramfs
  0x794c7630, // overlayfs
  0x2fc12fc1, // zfs
  0xf2f52010, // f2fs
  0x4d44, // vfat
  0x2011bab0, // exfat
  0x5346544e, // ntfs3
  0x73717368, // squashfs
  0x9660, // iso9660
  0x3153464a, // jfs
  0x52654973, // reiserfs
])

/** What reading below `path` may expect: a live kernel interface (named), and whether it is a local disk. */
interface FileSystemKind {
  readonly live: string | null
  readonly localDisk: boolean
}

async function fileSystemOf(path: string): Promise<FileSystemKind> {
  const info = await statfs(path).catch(() => null)
  const type = info ? Number(info.type) : -1
  return { live: LIVE_KERNEL_FILE_SYSTEMS.get(type) ?? null, localDisk: LOCAL_DISK_FILE_SYSTEMS.has(type) }
}

const liveKernelMessage = (path: string, fs: string): string =>
  `${path} is a live kernel interface (${fs}), not a saved file: reading it can wait forever or take ` +
  `messages from other readers. Save what you need to a file (e.g. cp ${path} ${basename(path)}.txt) and open that`

/** What a path that is neither a file nor a directory is, for the message refusing it. */
export function specialKind(info: {
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isFIFO(): boolean
}): string {
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isFIFO()) return 'a pipe'
  return 'a socket or other special file'
}

/**
 * Resolves the named paths into the files to read, in reading order: directories walked
 * iteratively (any number of files; symlinks, devices, pipes and live kernel file systems skipped
 * with a note), each rotated-log family oldest first. A named path that does not exist, cannot be
 * read, or is a device, a pipe or a live kernel interface is an InputError.
 */
export async function planInputs(paths: readonly string[], ctx: ReadContext): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = []
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw inputErrorFromFs(path, error)
    })
    if (!info.isDirectory() && !info.isFile())
      throw new InputError('unsupported', path, `${path}: ${specialKind(info)}, not a regular file or directory`)
    const { live, localDisk } = await fileSystemOf(path)
    if (live !== null) throw new InputError('unsupported', path, liveKernelMessage(path, live))
    if (info.isDirectory()) {
      ctx.addInput({ path, kind: 'directory', bytes: 0 })
      const files = await walkDirectory(path, { device: info.dev, localDisk }, ctx)
      // One by one: a spread of a huge folder's files would overflow the call stack.
      for (const file of orderRotated(files, (f) => f.name)) planned.push(file)
    } else {
      const rotation = rotationPlace(path).family
      const file = { filePath: path, path, name: path, sizeBytes: info.size, topLevel: true, rotation }
      planned.push({ ...file, mtimeMs: info.mtimeMs, localDisk })
    }
  }
  return withSharedFamilies(planned)
}

/** Keeps the rotation family only where two or more files share it; single files need no de-duplication. */
function withSharedFamilies(files: readonly PlannedFile[]): PlannedFile[] {
  const counts = new Map<string, number>()
  for (const f of files) if (f.rotation !== null) counts.set(f.rotation, (counts.get(f.rotation) ?? 0) + 1)
  return files.map((f) => (f.rotation !== null && (counts.get(f.rotation) ?? 0) < 2 ? { ...f, rotation: null } : f))
}

/** Breadth first with a queue (no recursion): the depth and size of a tree cost heap, never stack. */
/** The file system a folder of the walk lies on: its device, and whether it is a local disk. */
interface Mount {
  readonly device: number
  readonly localDisk: boolean
}

async function walkDirectory(root: string, rootMount: Mount, ctx: ReadContext): Promise<PlannedFile[]> {
  const files: PlannedFile[] = []
  const pending = [{ dir: root, mount: rootMount }]
  for (let next = 0; next < pending.length; next++) {
    const { dir, mount } = pending[next]!
    pending[next] = { dir: '', mount } // let the queue's head be collected
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      const fsError = inputErrorFromFs(dir, error)
      if (dir === root) throw fsError
      ctx.warn('unreadable-directory', dir, null, `${fsError.message}; it was skipped.`)
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const regular: string[] = []
    for (const dirent of entries) {
      const filePath = join(dir, dirent.name)
      if (dirent.isDirectory()) {
        const sub = await mountedSubdirectory(filePath, mount, ctx)
        if (sub !== null) pending.push({ dir: filePath, mount: sub })
      } else if (dirent.isSymbolicLink()) {
        ctx.warn('symlink-skipped', filePath, null, `${filePath} is a symbolic link; it was not followed.`, 'info')
      } else if (dirent.isFile()) {
        regular.push(filePath)
      } else {
        const message = `${filePath} is a device, socket or pipe; it was skipped.`
        ctx.warn('special-file-skipped', filePath, null, message, 'info')
      }
    }
    for (const file of await plannedFiles(root, regular, mount.localDisk)) files.push(file)
  }
  return files
}

/** lstat, or null for a file that cannot be asked (gone, no permission): reading it will say why. */
function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch {
    return null
  }
}

/** How many `lstat` calls are in flight at once while planning a folder. */
const STAT_CONCURRENCY = 64

/**
 * The files of one folder, in order, with their sizes and times (a folder may hold 100,000s): asked at
 * once on a local disk (microseconds each), else STAT_CONCURRENCY at a time.
 */
async function plannedFiles(root: string, paths: readonly string[], localDisk: boolean): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = new Array<PlannedFile>(paths.length)
  const plan = (i: number, info: Stats | null): void => {
    const filePath = paths[i]!
    planned[i] = {
      filePath,
      path: filePath,
      name: relative(root, filePath).split(sep).join('/'),
      sizeBytes: info?.size ?? 0,
      topLevel: false,
      rotation: rotationPlace(filePath).family,
      mtimeMs: info?.mtimeMs ?? 0,
      localDisk,
    }
  }
  if (localDisk) {
    paths.forEach((p, i) => plan(i, statOrNull(p)))
    return planned
  }
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) plan(i, await lstat(paths[i]!).catch(() => null))
  }
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, paths.length) }, worker))
  return planned
}

/**
 * The file system of a subdirectory to walk, or null when it is skipped: a mount of a live kernel file
 * system (a sosreport tree copied with its /proc mounted, a chroot). Only a mount point changes the
 * device, so the file system is asked only there.
 */
async function mountedSubdirectory(dir: string, parent: Mount, ctx: ReadContext): Promise<Mount | null> {
  const info = await lstat(dir).catch(() => null)
  if (info === null) return parent // readdir will say what is wrong with it
  if (info.dev === parent.device) return parent
  const { live, localDisk } = await fileSystemOf(dir)
  if (live === null) return { device: info.dev, localDisk }
  ctx.warn('live-kernel-fs-skipped', dir, null, `${liveKernelMessage(dir, live)}; it was skipped.`, 'info')
  return null
}
