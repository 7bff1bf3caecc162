// Which paths a host lets its page open. The page is untrusted (ARCHITECTURE §3): in Electron a
// compromised renderer, in the browser bridge anything that got hold of the page's session. It may
// name only paths the host handed out itself — the launch paths, what the user picked in a native
// dialog or dropped on the window, recent cases, what the user opened through the page — or paths
// inside a folder among those. Paths are compared as real paths (symlinks and `..` resolved), so a
// link inside a granted folder does not lead out of it.
import { apiErr } from '../../shared/api/api-result'
import type { ApiResult } from '../../shared/api/api-result'
import type { CaseSummary } from '../../shared/api/api-types'
import { isWithin, realOrResolved } from './real-paths'

export interface GrantedPaths {
  /** Let the page open `paths` (a folder: everything inside it too). {@link refused} waits until they count. */
  grant(paths: readonly string[]): void
  /** The first of `paths` the page may not open, or null when it may open them all. */
  refused(paths: readonly string[]): Promise<string | null>
}

export function createGrantedPaths(initial: readonly string[] = []): GrantedPaths {
  const roots = new Set<string>()
  let settled: Promise<unknown> = Promise.resolve()
  const grant = (paths: readonly string[]): void => {
    const adding = Promise.all(paths.map(async (p) => roots.add(await realOrResolved(p))))
    settled = Promise.all([settled, adding])
  }
  grant(initial)
  return {
    grant,
    async refused(paths) {
      await settled
      for (const path of paths) {
        const real = await realOrResolved(path)
        if (![...roots].some((root) => isWithin(real, root))) return path
      }
      return null
    },
  }
}

/** `openCase` that answers `forbidden`, before reading anything, for a path the host did not hand out. */
export function grantedOpenCase(
  openCase: (paths: readonly string[]) => Promise<ApiResult<CaseSummary>>,
  granted: GrantedPaths,
): (paths: readonly string[]) => Promise<ApiResult<CaseSummary>> {
  return async (paths) => {
    const refused = await granted.refused(paths)
    if (refused !== null)
      return apiErr(
        'forbidden',
        `${refused} was not opened through OOMLens (launch paths, a dialog, a drop or a recent case)`,
        refused,
      )
    return openCase(paths)
  }
}
