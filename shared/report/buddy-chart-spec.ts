/**
 * The buddy chart: free blocks per order for every zone that printed a buddy line, with the migrate
 * types the kernel listed per order, and the failing request's order highlighted. With a what-if
 * scenario it shows what that scenario's order check saw: the letters it re-lettered (a CMA area
 * removed turns `C` blocks into `M` ones) and, at the request's order and above, whether a block sat
 * on a list the request may use.
 */
import type { BuddyInfo, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ScenarioResult } from '../model/what-if-types'
import { MIGRATE_COLORS } from './chart-colors'
import type { BuddyChartRow, BuddyChartSpec, LegendItem } from './chart-spec-types'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import { zoneLabel } from '../event/zone-label'

/**
 * The letters the buddy lines print per migrate type (show_migration_types() in mm/page_alloc.c) and
 * the kernel's names for the types (migratetype_names[]); `R` is MIGRATE_RESERVE, gone in 4.4.
 */
const MIGRATE_TYPES: Readonly<Record<string, string>> = {
  U: 'Unmovable',
  M: 'Movable',
  E: 'Reclaimable',
  C: 'CMA',
  H: 'HighAtomic',
  R: 'Reserve',
  I: 'Isolate',
}

function migrateName(lang: Lang, letter: string): string {
  return letter in MIGRATE_TYPES ? t(lang, `migrate.${letter}` as MessageKey) : letter
}

/** Whether the order check could take a block of this cell (see `BuddyOrderCell.usable`). */
function usableCell(
  count: number,
  letters: string | null,
  order: number,
  request: number | null,
  usable: string | null,
) {
  if (request === null || request === 0 || order < request) return null
  if (count === 0) return false
  if (usable === null || letters === null || letters === '') return true
  return [...letters].some((l) => usable.includes(l))
}

function rowOf(
  node: number,
  zone: string,
  buddy: BuddyInfo,
  pageSizeKb: number,
  requestOrder: number | null,
  lang: Lang,
  scenario: { readonly types: readonly (string | null)[] | null; readonly usable: string | null } | null,
): BuddyChartRow {
  const order0Kb = buddy.order0Kb ?? pageSizeKb
  const cells = buddy.counts.map((count, order) => {
    const printed = buddy.types[order] ?? null
    const letters = scenario?.types ? (scenario.types[order] ?? null) : printed
    return {
      order,
      count,
      freeKb: count * order0Kb * 2 ** order,
      migrateTypes: letters ? [...letters].map((l) => migrateName(lang, l)) : [],
      letters,
      ...(scenario ? { usable: usableCell(count, letters, order, requestOrder, scenario.usable) } : {}),
      ...(scenario && letters !== printed ? { recordedLetters: printed } : {}),
    }
  })
  const totalKb = buddy.totalKb ?? cells.reduce((sum, c) => sum + c.freeKb, 0)
  const atOrAboveRequestKb =
    requestOrder === null ? null : cells.filter((c) => c.order >= requestOrder).reduce((s, c) => s + c.freeKb, 0)
  return { key: zoneLabel({ node, zone }), node, zone, order0Kb, totalKb, cells, atOrAboveRequestKb }
}

/**
 * Build the buddy chart spec for one event (zones without a buddy line are left out). `scenario`: a
 * what-if result (`runScenario`) whose order check the chart should show.
 */
export function buildBuddyChartSpec(
  event: MemEvent,
  lang: Lang = 'en',
  scenario: ScenarioResult | null = null,
  basisZones: readonly { readonly node: number; readonly zone: string }[] = [],
): BuddyChartSpec {
  const order = event.trigger.order
  const requestOrder = order !== null && order >= 0 ? order : null
  const usable = scenario?.usableLetters ?? null
  const rows = event.zones.flatMap((z) => {
    if (!z.buddy) return []
    const i = basisZones.findIndex((b) => b.node === z.node && b.zone === z.zone)
    const state = scenario ? { types: i >= 0 ? (scenario.buddyTypes[i] ?? null) : null, usable } : null
    return [rowOf(z.node, z.zone, z.buddy, event.pageSizeKb, requestOrder, lang, state)]
  })
  const seen = new Set(rows.flatMap((r) => r.cells.flatMap((c) => [...(c.letters ?? '')])))
  const legend: LegendItem[] = [...seen].sort().map((letter) => ({
    id: `migrate-${letter}`,
    label: `${letter} ${migrateName(lang, letter)}`,
    color: MIGRATE_COLORS[letter] ?? '#757575',
    ...(MIGRATE_TYPES[letter] ? { term: MIGRATE_TYPES[letter] } : {}),
  }))
  const maxOrder = Math.max(0, ...rows.map((r) => r.cells.length - 1))
  return {
    kind: 'buddy',
    title: t(lang, 'chart.buddy.title'),
    requestOrder,
    maxOrder,
    rows,
    legend,
    ...(scenario ? { usableLetters: usable } : {}),
  }
}
