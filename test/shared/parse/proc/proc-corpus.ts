import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ParseIssue } from '../../../../shared/base/issue'
import { GIVEN } from '../../../support/given'

export const PROC = `${GIVEN}/corpus/public/proc`

/** Every proc set's directory name. */
export const SETS: string[] = readdirSync(PROC).filter((d) => d !== 'MANIFEST.json')

/** The sets that have `file` (relative path), with its text. */
export function setsWith(file: string): Array<[string, string]> {
  return SETS.filter((s) => existsSync(join(PROC, s, file))).map((s) => [s, readFileSync(join(PROC, s, file), 'utf8')])
}

/** An issue collector. */
export function collector(): { issues: ParseIssue[]; onIssue: (i: ParseIssue) => void } {
  const issues: ParseIssue[] = []
  return { issues, onIssue: (i) => void issues.push(i) }
}

/** Non-empty lines. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '')
}
