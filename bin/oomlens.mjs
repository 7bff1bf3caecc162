#!/usr/bin/env node
// The `oomlens` command. It runs the bundle out/cli/oomlens.mjs (built by `npm run build`, which
// `npm install` runs as `prepare`): plain JavaScript, so it starts in a fraction of the time the
// TypeScript loader takes. When that bundle is missing, or older than a source it was built from
// (someone is editing the sources), it runs the sources through tsx instead — development only.
import { readFileSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url)

/** True when the bundle exists and none of the sources listed at its build changed since. */
function bundleIsCurrent() {
  let built
  try {
    built = JSON.parse(readFileSync(new URL('out/cli/sources.json', root), 'utf8'))
    statSync(new URL('out/cli/oomlens.mjs', root))
  } catch {
    return false
  }
  for (const source of built.sources) {
    const stat = statSync(new URL(source, root), { throwIfNoEntry: false })
    // A source that is gone (an installed package ships no sources) leaves the bundle as it is.
    if (stat && stat.mtimeMs > built.builtMs) return false
  }
  return true
}

if (process.env.OOMLENS_FROM_SOURCE !== '1' && bundleIsCurrent()) {
  await import(new URL('out/cli/oomlens.mjs', root).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../electron/cli/oomlens.ts')
}
