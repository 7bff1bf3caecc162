import type { RawLine } from '../../../shared/base/source'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits'
import { InputError } from './input-error'
import { planInputs } from './plan-inputs'
import { leadsToTarget, quietContext, type LineTarget } from './read-context'
import { readPlannedFile } from './read-planned-file'

/**
 * Reads lines [fromLine, toLine] of one input back, by streaming to it again (archive members
 * included: `bundle.tar.gz!/var/log/messages`). Only paths inside the case's own inputs are served.
 */
export async function readLineRange(
  roots: readonly string[],
  path: string,
  fromLine: number,
  toLine: number,
  limits: Partial<ImportLimits> = {},
): Promise<RawLine[]> {
  const fsPath = path.split('!/')[0]!
  const root = roots.find((r) => fsPath === r || fsPath.startsWith(r.endsWith('/') ? r : `${r}/`))
  if (root === undefined) throw new InputError('not-found', path, `${path}: not part of this case`)
  const target: LineTarget = { path, fromLine, toLine, lines: [], done: false }
  const ctx = quietContext({ ...DEFAULT_IMPORT_LIMITS, ...limits }, { target })
  const planned = await planInputs([root], ctx)
  for (const file of planned) {
    if (!leadsToTarget(file.path, target)) continue
    await readPlannedFile(file, ctx)
    if (target.done) break
  }
  return target.lines
}
