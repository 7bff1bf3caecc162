// Test helper: metamorphic transformations of a parsed report — the same machine at another size or
// page size, or with its zones named as another architecture names them.
import type { MemEvent, Zone } from '../../../shared/event/types'

/**
 * Every size in the report × `factor`, on a machine whose pages are `pageFactor` × larger: kB values
 * × factor, page counts × factor / pageFactor (integer when factor is a multiple of pageFactor).
 */
export function scaleEvent(event: MemEvent, factor: number, pageFactor = 1): MemEvent {
  const kb = (x: number): number => x * factor
  const pages = (x: number): number => (x * factor) / pageFactor
  const kbOrNull = (x: number | null): number | null => (x === null ? null : kb(x))
  const pagesOrNull = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : pages(x))
  const zone = (z: Zone): Zone => ({
    ...z,
    fields: Object.fromEntries(
      Object.entries(z.fields).map(([k, x]) => [
        k,
        z.kbFields.includes(k) ? kb(x) : k === 'pages_scanned' ? x : pages(x),
      ]),
    ),
    freeKb: kb(z.freeKb),
    minKb: kbOrNull(z.minKb),
    lowKb: kbOrNull(z.lowKb),
    highKb: kbOrNull(z.highKb),
    boostKb: kbOrNull(z.boostKb),
    reservedHighatomicKb: kbOrNull(z.reservedHighatomicKb),
    presentKb: kbOrNull(z.presentKb),
    managedKb: kbOrNull(z.managedKb),
    freeCmaKb: kbOrNull(z.freeCmaKb),
    lowmemReserve: z.lowmemReserve ? z.lowmemReserve.map(pages) : null,
    buddy: z.buddy
      ? {
          ...z.buddy,
          counts: z.buddy.counts.map(pages),
          totalKb: kbOrNull(z.buddy.totalKb),
          order0Kb: z.buddy.order0Kb === null ? null : z.buddy.order0Kb * pageFactor,
        }
      : null,
  })
  return {
    ...event,
    pageSizeKb: event.pageSizeKb * pageFactor,
    zones: event.zones.map(zone),
    counters: Object.fromEntries(Object.entries(event.counters).map(([k, x]) => [k, pages(x)])),
    nodes: event.nodes.map((n) => ({
      ...n,
      fields: Object.fromEntries(
        Object.entries(n.fields).map(([k, x]) => [k, n.kbFields.includes(k) ? kb(x) : pages(x)]),
      ),
    })),
    swap: event.swap ? { totalKb: kb(event.swap.totalKb), freeKb: kb(event.swap.freeKb) } : null,
    ram: {
      ...event.ram,
      totalPages: pagesOrNull(event.ram.totalPages),
      highmemPages: pagesOrNull(event.ram.highmemPages),
      reservedPages: pagesOrNull(event.ram.reservedPages),
      cmaReservedPages: pagesOrNull(event.ram.cmaReservedPages),
    },
    tasks: event.tasks.map((t) => ({
      ...t,
      totalVm: pagesOrNull(t.totalVm),
      rss: pagesOrNull(t.rss),
      swapents: pagesOrNull(t.swapents),
      nrPtes: pagesOrNull(t.nrPtes),
      nrPmds: pagesOrNull(t.nrPmds),
      pgtablesBytes: t.pgtablesBytes === null ? null : t.pgtablesBytes * factor,
    })),
  }
}

/** The report with its zones renamed (`from` → `to`) and the architecture it would come from. */
export function renameZones(event: MemEvent, names: Readonly<Record<string, string>>, arch: string): MemEvent {
  return {
    ...event,
    arch,
    zones: event.zones.map((z) => ({ ...z, zone: names[z.zone] ?? z.zone })),
  }
}
