/**
 * The "Environment" facts of an event: kernel, arch, page size, RAM and swap, the decoded request, and
 * the inferred tunables (min_free_kbytes, watermark_scale_factor) with whether they look default.
 */
import type { MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult } from '../model/types'
import { formatKb, formatNumber } from '../i18n/format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { FactItem } from './report-doc-types'

/** watermark_scale_factor's default since it appeared in 4.6 (mm/page_alloc.c, `watermark_scale_factor = 10`). */
const DEFAULT_WATERMARK_SCALE_FACTOR = 10

function minFreeFact(model: ModelResult, lang: Lang): FactItem {
  const note = t(lang, `env.minFree.${model.minFreeSource}` as MessageKey)
  if (model.inferredMinFreeKbytes === null) return { label: 'min_free_kbytes', value: note }
  const value = formatKb(model.inferredMinFreeKbytes)
  const tone = model.minFreeSource === 'user' || model.minFreeSource === 'thp' ? 'warn' : undefined
  return { label: 'min_free_kbytes', value, note, ...(tone ? { tone } : {}) }
}

function scaleFactorFact(model: ModelResult, lang: Lang): FactItem {
  const wsf = model.watermarkScaleFactor
  if (wsf === null) return { label: 'watermark_scale_factor', value: t(lang, 'env.wsf.unknown') }
  if (wsf === DEFAULT_WATERMARK_SCALE_FACTOR) {
    return { label: 'watermark_scale_factor', value: String(wsf), note: t(lang, 'env.wsf.default') }
  }
  const key = wsf > DEFAULT_WATERMARK_SCALE_FACTOR ? 'env.wsf.raised' : 'env.wsf.lowered'
  return { label: 'watermark_scale_factor', value: String(wsf), note: t(lang, key), tone: 'warn' }
}

function requestFact(event: MemEvent, model: ModelResult, lang: Lang): FactItem {
  const tr = event.trigger
  const flags = model.gfp?.flags.length ? model.gfp.flags : (tr.gfpPrintedNames ?? [])
  const value = [tr.gfpMask ?? '—', flags.length ? `(${flags.join('|')})` : ''].join(' ').trim()
  const parts = [
    tr.order === null ? null : t(lang, tr.order < 0 ? 'env.order.manual' : 'env.order', { order: tr.order }),
    model.gfp ? t(lang, 'env.highestZone', { zone: model.gfp.highestZone }) : null,
    model.gfp ? `${model.gfp.migrateType}` : null,
    model.gfp?.cmaEligible ? 'CMA' : null,
  ]
  return { label: 'gfp_mask', value, note: parts.filter((p) => p !== null).join(' · ') }
}

/** The cgroup that hit its limit, with usage, limit, failcnt and swap as printed (kB). */
function memcgFacts(event: MemEvent, lang: Lang): FactItem[] {
  const m = event.memcg
  if (!m) return []
  // cgroup v1 prints "no limit" as PAGE_COUNTER_MAX pages (~2^63 bytes); anything past 2^50 kB is that.
  const limitText = (kb: number | null) => (kb !== null && kb >= 2 ** 50 ? t(lang, 'env.unlimited') : formatKb(kb))
  const pair = (used: number | null, limit: number | null) => `${formatKb(used)} / ${limitText(limit)}`
  const items: FactItem[] = [
    { label: t(lang, 'env.memcg'), value: m.path ?? '—' },
    { label: t(lang, 'env.memcgUsage'), value: pair(m.usageKb, m.limitKb), note: `failcnt ${formatNumber(m.failcnt)}` },
  ]
  if (m.swapLimitKb !== null || m.swapUsageKb !== null) {
    items.push({ label: t(lang, 'env.memcgSwap'), value: pair(m.swapUsageKb, m.swapLimitKb) })
  }
  return items
}

/** Facts for the environment block of one event. */
export function environmentFacts(event: MemEvent, model: ModelResult, lang: Lang): FactItem[] {
  const ramKb = event.ram.totalPages === null ? null : event.ram.totalPages * event.pageSizeKb
  const swap = event.swap
  const items: FactItem[] = [
    { label: t(lang, 'env.kernel'), value: event.kernelVersion ?? '—' },
    { label: t(lang, 'env.arch'), value: event.arch ?? '—' },
    {
      label: t(lang, 'env.pageSize'),
      value: `${event.pageSizeKb} kB`,
      note: t(lang, `env.pageSizeFrom.${event.pageSizeFrom}` as MessageKey),
    },
    { label: t(lang, 'env.ram'), value: formatKb(ramKb) },
    {
      label: t(lang, 'env.swap'),
      value:
        swap === null
          ? '—'
          : swap.totalKb === 0
            ? t(lang, 'env.swap.none')
            : `${formatKb(swap.freeKb)} / ${formatKb(swap.totalKb)}`,
      ...(swap?.totalKb === 0 ? { tone: 'warn' as const } : {}),
    },
    minFreeFact(model, lang),
    scaleFactorFact(model, lang),
    requestFact(event, model, lang),
  ]
  if (event.hardware) items.splice(2, 0, { label: t(lang, 'env.hardware'), value: event.hardware })
  items.push(...memcgFacts(event, lang))
  const constraint = event.oomKill?.constraint
  if (constraint) items.push({ label: t(lang, 'env.constraint'), value: constraint })
  if (event.cpuset?.cpuset)
    items.push({ label: 'cpuset', value: `${event.cpuset.cpuset} mems_allowed=${event.cpuset.memsAllowed ?? '—'}` })
  return items
}
