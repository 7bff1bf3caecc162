/**
 * The buddy chart: free blocks per order for every zone that printed a buddy line, with the migrate
 * types the kernel listed per order, and the failing request's order highlighted.
 */
import type { BuddyInfo, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import { MIGRATE_COLORS } from './chart-colors'
import type { BuddyChartRow, BuddyChartSpec, LegendItem } from './chart-spec-types'
import type { MessageKey } from './i18n/en'
import { t } from './i18n/translate'
import { zoneKey } from './zone-chart-spec'

const MIGRATE_LETTERS = ['U', 'M', 'E', 'C', 'H', 'R', 'I'] as const

function migrateName(lang: Lang, letter: string): string {
  return (MIGRATE_LETTERS as readonly string[]).includes(letter) ? t(lang, `migrate.${letter}` as MessageKey) : letter
}

function rowOf(
  node: number,
  zone: string,
  buddy: BuddyInfo,
  pageSizeKb: number,
  requestOrder: number | null,
  lang: Lang,
): BuddyChartRow {
  const order0Kb = buddy.order0Kb ?? pageSizeKb
  const cells = buddy.counts.map((count, order) => {
    const letters = buddy.types[order] ?? null
    return {
      order,
      count,
      freeKb: count * order0Kb * 2 ** order,
      migrateTypes: letters ? [...letters].map((l) => migrateName(lang, l)) : [],
      letters,
    }
  })
  const totalKb = buddy.totalKb ?? cells.reduce((sum, c) => sum + c.freeKb, 0)
  const atOrAboveRequestKb =
    requestOrder === null ? null : cells.filter((c) => c.order >= requestOrder).reduce((s, c) => s + c.freeKb, 0)
  return { key: zoneKey(node, zone), node, zone, order0Kb, totalKb, cells, atOrAboveRequestKb }
}

/** Build the buddy chart spec for one event (zones without a buddy line are left out). */
export function buildBuddyChartSpec(event: MemEvent, lang: Lang = 'en'): BuddyChartSpec {
  const order = event.trigger.order
  const requestOrder = order !== null && order >= 0 ? order : null
  const rows = event.zones.flatMap((z) =>
    z.buddy ? [rowOf(z.node, z.zone, z.buddy, event.pageSizeKb, requestOrder, lang)] : [],
  )
  const seen = new Set(rows.flatMap((r) => r.cells.flatMap((c) => [...(c.letters ?? '')])))
  const legend: LegendItem[] = [...seen].sort().map((letter) => ({
    id: `migrate-${letter}`,
    label: `${letter} ${migrateName(lang, letter)}`,
    color: MIGRATE_COLORS[letter] ?? '#757575',
  }))
  const maxOrder = Math.max(0, ...rows.map((r) => r.cells.length - 1))
  return { kind: 'buddy', title: t(lang, 'chart.buddy.title'), requestOrder, maxOrder, rows, legend }
}
