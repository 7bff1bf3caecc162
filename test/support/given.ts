// The material given to the project (corpus logs with their manifests, the seed documents, the kernel
// facts), copied into the repository so that a clone with nothing beside it passes its own tests.
// `test/fixtures/given/SOURCES.md` says where each part came from; `test/corpus/given-copy.test.ts`
// checks the copy against the original folder when that folder is present.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const GIVEN = fileURLToPath(new URL('../fixtures/given', import.meta.url))

/**
 * The original given folder, when this machine has one: OOMLENS_GIVEN, else `shared/` beside the
 * repository. Only the copy check reads it; every other test reads the copy.
 */
export function upstreamGiven(): string | null {
  const candidate = process.env.OOMLENS_GIVEN ?? fileURLToPath(new URL('../../../shared', import.meta.url))
  return existsSync(`${candidate}/corpus/public/MANIFEST.json`) ? candidate : null
}
