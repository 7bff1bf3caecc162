// Builds real evidence in a temporary directory from the public corpus: archives and compressed
// files made with the system tools (tar, gzip, xz, zstd, bzip2, zip) or the libraries, so every
// container test reads what those tools really write.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { GIVEN } from '../../../support/given'

export const CORPUS = `${GIVEN}/corpus/public`

/** Corpus logs the container tests plant: several formats, several events per file. */
export const PLANTED = [
  '005-i686-pae-4.10-debian-updatedb-syslog.log',
  '011-x86-4.18-3.10-vmware-memcg-leaker.log',
  '020-mips-x1000-5.8-containerd-stmmac.log',
] as const

interface ManifestEntry {
  readonly file: string
  readonly events: number
}

export function manifestEvents(file: string): number {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]
  const entry = manifest.find((m) => m.file === file)
  if (!entry) throw new Error(`${file} is not in the corpus manifest`)
  return entry.events
}

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS, file), 'utf8')
}

export function makeTempDir(prefix = 'oomlens-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Writes files (relative path → content) under `dir`. */
export function writeTree(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), content)
  }
}

export function run(cmd: string, args: readonly string[], cwd?: string): void {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export function hasTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Every file under `dir` with its size and mtime: the proof that reading wrote nothing. */
export function treeState(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      const s = statSync(p, { throwIfNoEntry: false })
      if (!s) continue
      out.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`)
      if (s.isDirectory()) walk(p)
    }
  }
  walk(dir)
  return out
}
