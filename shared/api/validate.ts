/**
 * Argument validators for every API method. The renderer is untrusted input (ARCHITECTURE §3):
 * main and the bridge run these before any handler sees its arguments. A validator returns the
 * typed arguments or a one-sentence reason.
 */
import { LANGS, isLang } from '../i18n/lang'
import { apiErr, apiOk } from './api-result'
import type { ApiResult } from './api-result'
import type { CaseContentItem, ExportOptions, ReportFormat, Settings, SourceRange, Theme } from './api-types'
import { MAX_CONTENT_BYTES, MAX_CONTENT_ITEMS, MAX_LINES_PER_READ } from './api-types'
import type { WhatIfSettings } from '../model/types'
import type { ApiMethod } from './methods'
import type { OomlensApi } from './oomlens-api'

/** The typed argument tuple of a method. */
export type ApiArgs<M extends ApiMethod> = Parameters<OomlensApi[M]>

type Validator<M extends ApiMethod> = (args: readonly unknown[]) => ApiArgs<M> | string

/** Longest path accepted (Linux PATH_MAX is 4096). */
const MAX_PATH_CHARS = 4096
/** Most paths one case may be opened from. */
const MAX_CASE_PATHS = 1000
/** Pinned what-if scenarios one export carries at most. */
const MAX_SCENARIOS = 50
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/
const FORMATS: readonly ReportFormat[] = ['pdf', 'html', 'md']
const THEMES: readonly Theme[] = ['system', 'light', 'dark']
const MIN_ZOOM_PERCENT = 30
const MAX_ZOOM_PERCENT = 300

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is string => typeof v === 'string' && ID_RE.test(v)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

/** An absolute POSIX or Windows path, no NUL, bounded length. Relative paths would resolve against main's cwd. */
export function isAbsolutePath(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_PATH_CHARS || v.includes('\0')) return false
  return v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\\\')
}

const noArgs = (args: readonly unknown[]): [] | string =>
  args.length === 0 ? [] : `expected no arguments, got ${args.length}`

function casePaths(v: unknown): readonly string[] | string {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_CASE_PATHS) return `expected 1 to ${MAX_CASE_PATHS} paths`
  const bad = v.findIndex((p) => !isAbsolutePath(p))
  return bad === -1 ? (v as string[]) : `path ${bad + 1} is not an absolute path`
}

/**
 * A content item's name: relative, `/`-separated, no empty, `.` or `..` segment, no control
 * character, and no `!/` (the member separator of input paths, which raw-line reads split on).
 */
export function contentNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_PATH_CHARS) return 'is not a name'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'holds a control character'
  if (name.includes('!/')) return 'holds "!/"'
  if (name.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'is not a relative path'
  return null
}

/**
 * A name the browser gave (a file's name, `webkitRelativePath`, a dropped entry's `fullPath`) made
 * into one {@link contentNameProblem} accepts: `\\` read as `/`, empty, `.` and `..` segments dropped,
 * control characters and the member separator `!/` replaced. `fallback` when nothing is left.
 */
export function toContentName(raw: string, fallback: string): string {
  const segments = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
  const name = segments.join('/').replaceAll('!/', '!_/').slice(-MAX_PATH_CHARS)
  return contentNameProblem(name) === null ? name : fallback
}

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/

/** Bytes a base64 text decodes to, or null when it is not base64. */
export function base64Bytes(text: unknown): number | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !BASE64_RE.test(text)) return null
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return (text.length / 4) * 3 - pad
}

function contentItems(v: unknown): readonly CaseContentItem[] | string {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_CONTENT_ITEMS)
    return `expected 1 to ${MAX_CONTENT_ITEMS} content items`
  const names = new Set<string>()
  let total = 0
  const items: CaseContentItem[] = []
  for (const [i, raw] of v.entries()) {
    if (!isRecord(raw)) return `item ${i + 1} is not an object`
    const { name, base64, modifiedMs } = raw
    const problem = contentNameProblem(name)
    if (problem) return `item ${i + 1}: the name ${problem}`
    if (names.has(name as string)) return `item ${i + 1}: the name ${String(name).slice(0, 80)} is given twice`
    names.add(name as string)
    const bytes = base64Bytes(base64)
    if (bytes === null) return `item ${i + 1} (${String(name).slice(0, 80)}): the content is not base64`
    total += bytes
    if (total > MAX_CONTENT_BYTES)
      return `more than ${MAX_CONTENT_BYTES / 1024 ** 2} MiB of content; open large evidence by path instead`
    if (modifiedMs !== null && modifiedMs !== undefined && (!isInt(modifiedMs) || modifiedMs < 0))
      return `item ${i + 1}: modifiedMs must be a non-negative integer or null`
    items.push({
      name: name as string,
      base64: base64 as string,
      modifiedMs: (modifiedMs as number | undefined) ?? null,
    })
  }
  return items
}

/** A bundled sample's file name: one plain name, never a path. */
const SAMPLE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

function sampleNames(v: unknown): readonly string[] | string {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_CASE_PATHS)
    return `expected 1 to ${MAX_CASE_PATHS} sample names`
  const bad = v.findIndex((n) => typeof n !== 'string' || !SAMPLE_NAME_RE.test(n))
  return bad === -1 ? (v as string[]) : `sample ${bad + 1} is not a sample file name`
}

function sourceRange(v: unknown): SourceRange | string {
  if (!isRecord(v)) return 'expected a source range object'
  const { caseId, path, fromLine, toLine } = v
  if (!isId(caseId)) return 'caseId is not a case id'
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_CHARS) return 'path is not an input path'
  if (!isInt(fromLine) || !isInt(toLine) || fromLine < 1 || toLine < fromLine) return 'expected 1 <= fromLine <= toLine'
  if (toLine - fromLine + 1 > MAX_LINES_PER_READ) return `at most ${MAX_LINES_PER_READ} lines per read`
  return { caseId, path, fromLine, toLine }
}

function whatIfSettings(v: unknown): ExportOptions['whatIf'] | string {
  if (v === null) return null
  if (!isRecord(v)) return 'whatIf must be an object or null'
  for (const key of SCALAR_KNOBS) {
    const n = v[key]
    if (n !== undefined && (!isInt(n) || n < 0)) return `whatIf.${key} must be a non-negative integer`
  }
  const ratios = v.lowmem_reserve_ratio
  if (ratios !== undefined && (!Array.isArray(ratios) || ratios.length > 8 || !ratios.every((r) => isInt(r) && r >= 0)))
    return 'whatIf.lowmem_reserve_ratio must be a list of at most 8 non-negative integers'
  const adj = v.oom_score_adj
  if (adj !== undefined) {
    if (!isRecord(adj)) return 'whatIf.oom_score_adj must be an object'
    for (const [pid, value] of Object.entries(adj))
      if (!/^\d{1,10}$/.test(pid) || !isInt(value) || value < -1000 || value > 1000)
        return 'whatIf.oom_score_adj maps pids to -1000..1000'
  }
  return v as ExportOptions['whatIf']
}

/** The numeric what-if settings (`ScenarioSettings`), each a non-negative integer. */
const SCALAR_KNOBS = [
  'min_free_kbytes',
  'watermark_scale_factor',
  'watermark_boost_factor',
  'cma_kb',
  'swap_kb',
  'memcg_limit_kb',
  'memcg_swap_max_kb',
  'memcg_memsw_limit_kb',
] as const

/** Scenarios pinned on one event each. */
function eventScenarios(v: unknown): ExportOptions['eventScenarios'] | string {
  if (v === undefined) return undefined
  if (!Array.isArray(v) || v.length > MAX_SCENARIOS)
    return `eventScenarios must be a list of at most ${MAX_SCENARIOS} scenarios`
  const out: { eventId: string; settings: WhatIfSettings }[] = []
  for (const raw of v) {
    if (!isRecord(raw) || !isId(raw.eventId)) return 'eventScenarios: each needs an eventId'
    const s = whatIfSettings(raw.settings ?? null)
    if (typeof s === 'string') return `eventScenarios: ${s}`
    if (s) out.push({ eventId: raw.eventId, settings: s })
  }
  return out
}

function exportOptions(v: unknown): ExportOptions | string {
  if (!isRecord(v)) return 'expected export options'
  if (!FORMATS.includes(v.format as ReportFormat)) return `format must be one of ${FORMATS.join(', ')}`
  if (!isLang(v.lang)) return `lang must be one of ${LANGS.join(', ')}`
  const whatIf = whatIfSettings(v.whatIf ?? null)
  if (typeof whatIf === 'string') return whatIf
  const rawScenarios = v.scenarios ?? []
  if (!Array.isArray(rawScenarios) || rawScenarios.length > MAX_SCENARIOS)
    return `scenarios must be a list of at most ${MAX_SCENARIOS} what-if settings`
  const scenarios: WhatIfSettings[] = []
  for (const raw of rawScenarios) {
    const s = whatIfSettings(raw)
    if (typeof s === 'string') return `scenarios: ${s}`
    if (s) scenarios.push(s)
  }
  const pinned = eventScenarios(v.eventScenarios)
  if (typeof pinned === 'string') return pinned
  const eventIds = v.eventIds
  if (eventIds !== undefined && (!Array.isArray(eventIds) || !eventIds.every(isId)))
    return 'eventIds must be a list of event ids'
  return {
    format: v.format as ReportFormat,
    lang: v.lang,
    whatIf,
    scenarios,
    ...(pinned ? { eventScenarios: pinned } : {}),
    ...(eventIds ? { eventIds: eventIds as string[] } : {}),
  }
}

function settingsPatch(v: unknown): Partial<Settings> | string {
  if (!isRecord(v)) return 'expected a settings object'
  const patch: { theme?: Theme; lang?: Settings['lang']; zoomPercent?: number } = {}
  for (const key of Object.keys(v)) {
    const value = v[key]
    if (key === 'theme' && THEMES.includes(value as Theme)) patch.theme = value as Theme
    else if (key === 'lang' && isLang(value)) patch.lang = value
    else if (key === 'zoomPercent' && isInt(value) && value >= MIN_ZOOM_PERCENT && value <= MAX_ZOOM_PERCENT)
      patch.zoomPercent = value
    else return `setting ${key.slice(0, 40)} is unknown or has a bad value`
  }
  return patch
}

const one = <M extends ApiMethod, A>(check: (v: unknown) => A | string) =>
  ((args: readonly unknown[]) => {
    if (args.length !== 1) return `expected 1 argument, got ${args.length}`
    const a = check(args[0])
    return typeof a === 'string' ? a : [a]
  }) as Validator<M>

/** One validator per method; the mapped type makes a missing method a compile error. */
export const API_VALIDATORS: { readonly [M in ApiMethod]: Validator<M> } = {
  getAppInfo: noArgs,
  openCase: one(casePaths),
  openCaseContent: one(contentItems),
  openSamples: one(sampleNames),
  cancelImport: noArgs,
  pickCaseFiles: noArgs,
  pickCaseFolder: noArgs,
  getEvent: (args) =>
    args.length === 2 && isId(args[0]) && isId(args[1]) ? [args[0], args[1]] : 'expected a case id and an event id',
  getMachineState: (args) =>
    args.length === 2 && isId(args[0]) && isId(args[1]) ? [args[0], args[1]] : 'expected a case id and a state id',
  readLines: one(sourceRange),
  exportReport: (args) => {
    if (args.length !== 2 || !isId(args[0])) return 'expected a case id and export options'
    const options = exportOptions(args[1])
    return typeof options === 'string' ? options : [args[0], options]
  },
  getSettings: noArgs,
  updateSettings: one(settingsPatch),
  getRecentCases: noArgs,
  clearRecentCases: noArgs,
}

/** Validate the raw arguments of `method`; a `bad-argument` result names the method and the reason. */
export function validateApiArgs<M extends ApiMethod>(method: M, args: unknown): ApiResult<ApiArgs<M>> {
  if (!Array.isArray(args)) return apiErr('bad-argument', `${method}: expected an argument list`)
  const checked = (API_VALIDATORS[method] as Validator<M>)(args)
  return typeof checked === 'string' ? apiErr('bad-argument', `${method}: ${checked}`) : apiOk(checked)
}
