// What a person should see in the bundled sample case, worked out from the given material itself
// (the corpus manifest and the seed logs), never from what the app computed.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { GIVEN } from '../support/given'

export const repoRoot = resolve(import.meta.dirname, '../..')
export const samplesDir = resolve(repoRoot, 'samples')
const corpusManifest = `${GIVEN}/corpus/public/MANIFEST.json`

interface ManifestEntry {
  readonly file: string
  readonly events: number
  readonly kind: string
  readonly expert_labels: readonly string[]
}

export function manifest(): readonly ManifestEntry[] {
  return JSON.parse(readFileSync(corpusManifest, 'utf8')) as ManifestEntry[]
}

/** Sample log files: seed extracts (one report each, see samples/README.md) and corpus copies. */
export function sampleFiles(): readonly string[] {
  return readdirSync(samplesDir).filter((f) => f.endsWith('.log'))
}

/** Events in the sample case: the manifest's count per corpus file plus one per seed extract. */
export function expectedEventCount(): number {
  const byFile = new Map(manifest().map((m) => [m.file, m.events]))
  return sampleFiles().reduce((n, f) => n + (f.startsWith('seed-') ? 1 : (byFile.get(f) ?? 0)), 0)
}

/** The `min:` of a zone as the seed's report prints it, e.g. `Normal free:3556kB min:3672kB`. */
export function printedZoneMinKb(file: string, zone: string): number {
  const text = readFileSync(resolve(samplesDir, file), 'utf8')
  const m = new RegExp(`\\b${zone} free:\\d+kB min:(\\d+)kB`).exec(text)
  if (!m?.[1]) throw new Error(`no ${zone} zone line in ${file}`)
  return Number(m[1])
}
