/** Every corpus log (public, public-2) and seed document, as paths relative to the given material. */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { GIVEN } from '../../support/given'

const files = (dir: string, ext: string): string[] =>
  readdirSync(join(GIVEN, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f))

export const CORPUS_AND_SEEDS: readonly string[] = [
  ...files('corpus/public', '.log'),
  ...files('corpus/public-2', '.log'),
  ...files('seeds', '.txt'),
]
