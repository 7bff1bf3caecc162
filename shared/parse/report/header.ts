import { toInt } from '../../base/text'

/** A report's first line: what asked for memory and how. */
export interface ParsedHeader {
  readonly kind: 'oom' | 'alloc-failure'
  readonly comm: string | null
  readonly gfpMask: string | null
  readonly gfpPrintedNames: string[] | null
  readonly order: number | null
  readonly oomScoreAdj: number | null
  /** The pre-2.6.36 `oom_adj=` value (a different scale), when printed. */
  readonly oomAdj: number | null
  readonly nodemask: string | null
  /** 5.0+ allocation failures append `cpuset=…,mems_allowed=…` to the header. */
  readonly cpuset: string | null
  readonly memsAllowed: string | null
  /** Text after the known parameters that was not understood. */
  readonly leftover: string
  /**
   * A warn_alloc() report: its message between the task name and `, mode:` (`page allocation failure:
   * order:4`, `vmalloc error: size 0, vm_struct allocation failed`); null for OOM headers.
   */
  readonly warning?: string | null
  /** `page allocation stalls for Nms`: the allocation had not failed, it had been retrying this long. */
  readonly stallMs?: number | null
}

const MASK = /^(0x[0-9a-fA-F]+)(?:\(([^)]*)\))?/

function names(text: string | undefined): string[] | null {
  if (text === undefined) return null
  return text === '' ? [] : text.split('|')
}

function param(text: string, key: string): RegExpExecArray | null {
  return new RegExp(`(?:^|[\\s,])${key}[=:]\\s?(\\(null\\)|[^,\\s]*)`).exec(text)
}

function stripParams(text: string): string {
  return text
    .replace(/(?:^|[\s,]+)(?:gfp_mask|mode)[=:]\s?0x[0-9a-fA-F]+(?:\([^)]*\))?/, '')
    .replace(
      /(?:^|[\s,]+)(?:nodemask|order|oom_adj|oomkilladj|oom_score_adj|cpuset|mems_allowed)[=:]\s?(?:\(null\)|[^,\s]*)/g,
      '',
    )
    .replace(/^[\s,]+|[\s,.]+$/g, '')
}

function fromParams(kind: ParsedHeader['kind'], comm: string | null, params: string, maskKey: string): ParsedHeader {
  const maskAt = new RegExp(`(?:^|[\\s,])${maskKey}[=:]\\s?`).exec(params)
  const mask = maskAt ? MASK.exec(params.slice(maskAt.index + maskAt[0].length)) : null
  return {
    kind,
    comm,
    gfpMask: mask?.[1] ?? null,
    gfpPrintedNames: names(mask?.[2]),
    order: toInt(param(params, 'order')?.[1]),
    oomScoreAdj: toInt(param(params, 'oom_score_adj')?.[1]),
    // RHEL 5 (2.6.18) spells it `oomkilladj=`.
    oomAdj: toInt(param(params, 'oom_adj')?.[1] ?? param(params, 'oomkilladj')?.[1]),
    nodemask: param(params, 'nodemask')?.[1] || null,
    cpuset: param(params, 'cpuset')?.[1] ?? null,
    memsAllowed: param(params, 'mems_allowed')?.[1] ?? null,
    leftover: stripParams(params),
  }
}

const OOM = /^(.*?) invoked oom-killer: (.*)$/
const OOM_OLD = /^oom-killer: (gfp_mask=.*)$/
const ALLOC = /^(.*?): page allocation failure[.:,]?\s*(order:.*)$/
/**
 * Every warn_alloc() report (mm/page_alloc.c): `pr_warn("%s: ", current->comm)`, the caller's message,
 * then `", mode:%#x(%pGg)"` and since 4.12 `", nodemask="` — page allocation stalls (mm/page_alloc.c), `vmalloc error: size N,
 * …` / `vmalloc: allocation failure: N bytes` (mm/vmalloc.c), `vmemmap alloc failure: order:N`
 * (mm/sparse-vmemmap.c) and any later caller. Before 4.10 the message was always `page allocation
 * failure` and the mode printed no names (ALLOC above).
 */
const WARN_ALLOC = /^(.*?): (\S.*?), (mode:0x[0-9a-fA-F]+\([^)]*\)(?:, nodemask=.*)?)$/
const STALL = /^page allocation stalls for (\d+)ms\b/

/**
 * Parse an OOM header (`python invoked oom-killer: gfp_mask=0x2084d0, order=0, oom_score_adj=0`, every
 * version's parameter set, and 2.6.10's `oom-killer: gfp_mask=0xd0`) or a warn_alloc() report's first
 * line (`ethtool: page allocation failure: order:5, mode:0x60c0c0(GFP_KERNEL|__GFP_COMP), nodemask=(null)`,
 * 2.6.32's `failure. order:1, mode:0x20`, 5.0+ with the cpuset appended, stalls, vmalloc and vmemmap
 * failures). Null when it is neither.
 */
export function parseHeader(message: string): ParsedHeader | null {
  let m = OOM.exec(message)
  if (m) return fromParams('oom', m[1] || null, m[2] ?? '', 'gfp_mask')
  m = OOM_OLD.exec(message)
  if (m) return fromParams('oom', null, m[1] ?? '', 'gfp_mask')
  m = ALLOC.exec(message)
  if (m)
    return {
      ...fromParams('alloc-failure', m[1] || null, m[2] ?? '', 'mode'),
      warning: 'page allocation failure',
      stallMs: null,
    }
  m = WARN_ALLOC.exec(message)
  if (!m) return null
  const warning = m[2] ?? ''
  // The message may carry the order (`order:9`, `stalls for 10646ms, order:0`); vmalloc prints a size instead.
  const params = fromParams('alloc-failure', m[1] || null, `${warning}, ${m[3] ?? ''}`, 'mode')
  const order = /(?:^|[\s,])order:(\d+)/.exec(warning)
  return {
    ...params,
    order: order ? toInt(order[1]) : null,
    leftover: stripParams(m[3] ?? ''),
    warning,
    stallMs: toInt(STALL.exec(warning)?.[1]),
  }
}

/** `apt-check cpuset=/ mems_allowed=0` (≤ 4.20). */
export function parseCpusetLine(message: string): { comm: string; cpuset: string; memsAllowed: string } | null {
  const m = /^(.*?) ?cpuset=(\S*) mems_allowed=(\S*)$/.exec(message)
  if (!m) return null
  return { comm: m[1] ?? '', cpuset: m[2] ?? '', memsAllowed: m[3] ?? '' }
}
