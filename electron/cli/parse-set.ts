import type { WhatIfSettings } from '../../shared/model/types'
import { UsageError } from './usage-error'

/** The `--set` names and their accepted ranges (the sysctl ranges, or sizes that cannot be negative). */
const RANGES = {
  min_free_kbytes: [0, 2 ** 40],
  // The sysctl table bounds watermark_scale_factor by SYSCTL_ONE..SYSCTL_THREE_THOUSAND (kernel/sysctl.c, later mm/page_alloc.c).
  watermark_scale_factor: [1, 3000],
  cma_kb: [0, 2 ** 44],
  swap_kb: [0, 2 ** 44],
} as const

type ScalarName = keyof typeof RANGES

const OOM_SCORE_ADJ = /^oom_score_adj\.(\d+)$/
const INTEGER = /^-?\d+$/

function isScalarName(name: string): name is ScalarName {
  return Object.hasOwn(RANGES, name)
}

function integerIn(name: string, raw: string, min: number, max: number): number {
  if (!INTEGER.test(raw)) throw new UsageError(`--set ${name}: expected an integer, got '${raw}'`)
  const value = Number(raw)
  if (value < min || value > max) throw new UsageError(`--set ${name}: ${value} is outside ${min}..${max}`)
  return value
}

/**
 * `--set name=value` options → what-if settings; null when none was given. Names: min_free_kbytes,
 * watermark_scale_factor, cma_kb, swap_kb, oom_score_adj.<pid>. Anything else is a UsageError.
 */
export function parseSet(values: readonly string[]): WhatIfSettings | null {
  if (values.length === 0) return null
  const scalars: Partial<Record<ScalarName, number>> = {}
  const adj: Record<number, number> = {}
  for (const item of values) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new UsageError(`--set expects name=value, got '${item}'`)
    const name = item.slice(0, eq).trim()
    const raw = item.slice(eq + 1).trim()
    const pid = OOM_SCORE_ADJ.exec(name)
    if (pid) {
      const pidNumber = integerIn(name, pid[1]!, 1, 2 ** 22)
      adj[pidNumber] = integerIn(name, raw, -1000, 1000)
    } else if (isScalarName(name)) {
      const [min, max] = RANGES[name]
      scalars[name] = integerIn(name, raw, min, max)
    } else {
      throw new UsageError(
        `--set: unknown name '${name}' (known: ${Object.keys(RANGES).join(', ')}, oom_score_adj.<pid>)`,
      )
    }
  }
  return Object.keys(adj).length > 0 ? { ...scalars, oom_score_adj: adj } : scalars
}
