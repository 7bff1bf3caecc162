/**
 * pagetable-bloat — page tables hold a large share of memory. They are kernel memory per process,
 * unreclaimable while the mapping lives (only swap-out of the pages lets them shrink), and scale with
 * the touched virtual address space, not with RSS: a sparse huge mapping costs RAM twice.
 */
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { bucketOf, type EventRule, managedAmount, MIB_KB, share, shortOfMemory } from '../rule-context'

/** Page tables are 0.5–2 % of RAM on ordinary machines; 10 % is an anomaly worth a finding. */
const PAGETABLE_SHARE = 0.1
/** A booted kernel's own page tables and the first processes' take a few MiB on any machine.
 * The one absolute amount here, on purpose: it is a fixed footprint (what a booted kernel and its
 * first processes hold whatever the RAM), not a threshold for the machine — the relative test is the
 * share above. A 32 MiB board that boots into an OOM holds several MiB of it and is not bloated
 * (test/corpus/diagnose-metamorphic.test.ts says so where it scales reports).
 */
const PAGETABLE_FLOOR_KB = 32 * MIB_KB

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const pagetableBloat: EventRule = (ctx) => {
  const { event } = ctx
  const managed = managedAmount(ctx)
  if (!shortOfMemory(ctx) || !managed) return null
  const pt = bucketOf(ctx.balance?.total, ['pagetables', 'sec_pagetables'])
  if (!pt || pt.kb < PAGETABLE_FLOOR_KB || share(pt.kb, managed.kb) < PAGETABLE_SHARE) return null
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...pt.at.map((at) => ({ at, role: 'pagetables' })),
  ]
  const facts: FactSpec[] = [
    { name: 'pagetables', value: pt.kb, unit: 'kB', at: pt.at },
    { name: 'managed', value: managed.kb, unit: 'kB', at: managed.at },
  ]
  const top = topPagetableTask(event)
  const recs: RecSpec[] = []
  if (top) {
    evidence.push({ at: top.at, role: 'task' })
    facts.push({ name: `${top.name} page tables`, value: top.ptKb, unit: 'kB', at: [top.at] })
    recs.push({ key: 'rec.pagetable-bloat.task', params: { comm: top.name, pid: top.pid, vm: top.vmKb } })
  }
  recs.push({ key: 'rec.pagetable-bloat.thp' })
  return {
    code: 'pagetable-bloat',
    detailKey: top ? 'finding.pagetable-bloat.detail-task' : 'finding.pagetable-bloat.detail',
    params: {
      pt: pt.kb,
      pct: share(pt.kb, managed.kb),
      managed: managed.kb,
      comm: top?.name ?? '',
      pid: top?.pid ?? 0,
      taskPt: top?.ptKb ?? 0,
      vm: top?.vmKb ?? 0,
    },
    evidence,
    facts,
    recs,
    holdsKb: pt.kb,
  }
}

/** The task whose page tables are largest: pgtables_bytes (4.15+) or nr_ptes + nr_pmds pages (≤ 4.14). */
function topPagetableTask(event: Parameters<EventRule>[0]['event']) {
  const sized = event.tasks.map((task) => {
    const ptKb =
      task.pgtablesBytes !== null
        ? task.pgtablesBytes / 1024
        : task.nrPtes !== null
          ? (task.nrPtes + (task.nrPmds ?? 0)) * event.pageSizeKb
          : null
    return { task, ptKb }
  })
  const top = sized.filter((s) => s.ptKb !== null).sort((a, b) => (b.ptKb ?? 0) - (a.ptKb ?? 0))[0]
  if (!top || top.ptKb === null) return null
  return {
    pid: top.task.pid,
    name: top.task.name,
    ptKb: top.ptKb,
    vmKb: (top.task.totalVm ?? 0) * event.pageSizeKb,
    at: top.task.at,
  }
}
