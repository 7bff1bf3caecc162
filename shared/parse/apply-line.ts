import type { Draft, DraftZone } from './draft'
import { parseIssue, type ParseIssueCode } from './issue-defs'
import type { LogicalLine } from './logical-line'
import type { AssemblerSink } from './report-assembler'
import { STAGE, type LineClass } from './report/classify-line'
import { stripReason } from './report/kill-lines'
import { parseTaskRow } from './report/task-table'

function problem(
  sink: AssemblerSink,
  l: LogicalLine,
  code: ParseIssueCode,
  what: string,
  problems: readonly string[],
): void {
  if (problems.length === 0) return
  const message = `The ${what} line was only partly understood: ${problems.join('; ')}.`
  sink.issue(parseIssue(code, l.path, l.parts[0]?.line ?? null, message))
}

function registerName(message: string): string | null {
  const m = /^([A-Za-z$][\w$]*)\s*:/.exec(message)
  return m ? (m[1] ?? null) : null
}

function zoneFor(d: Draft, node: number, zone: string, at: number): DraftZone {
  const found = d.zones.find((z) => z.node === node && z.zone === zone)
  if (found) return found
  const z: DraftZone = { parsed: null, at, lowmemReserve: null, lowmemReserveAt: null, buddy: null, node, zone }
  d.zones.push(z)
  return z
}

function applyMemory(d: Draft, c: LineClass, at: number, l: LogicalLine, sink: AssemblerSink): void {
  switch (c.k) {
    case 'mem-info':
      d.sawMemInfo = true
      return
    case 'per-cpu': {
      const p = c.p
      if (p.kind === 'title') d.pcpZone = { node: p.node, zone: p.zone }
      else if (p.kind === 'hot-cold') {
        const zone = d.pcpZone
        if (zone)
          for (const [list, v] of [
            ['hot', p.hot],
            ['cold', p.cold],
          ] as const)
            d.pcp.push({ ...zone, cpu: p.cpu, list, low: null, high: v.high, batch: v.batch, count: v.count, at })
      } else if (d.pcpZone)
        d.pcp.push({
          ...d.pcpZone,
          cpu: p.cpu,
          list: p.list,
          low: p.low,
          high: p.high,
          batch: p.batch,
          count: p.count,
          at,
        })
      return
    }
    case 'counters':
      Object.assign(d.counters, c.fields)
      d.countersAt.push(at)
      return
    case 'node':
      d.nodes.push({ node: c.n.node, fields: c.n.fields, kbFields: c.n.kbFields, flags: c.n.flags, at })
      problem(sink, l, 'partial-node-line', 'per-node', c.n.problems)
      return
    case 'zone':
      d.zones.push({
        parsed: c.z,
        at,
        lowmemReserve: null,
        lowmemReserveAt: null,
        buddy: null,
        node: c.z.node,
        zone: c.z.zone,
      })
      problem(sink, l, 'partial-zone-line', 'zone', c.z.problems)
      return
    case 'lowmem': {
      const z = [...d.zones].reverse().find((x) => x.parsed !== null)
      if (z && z.lowmemReserve === null) {
        z.lowmemReserve = c.values
        z.lowmemReserveAt = at
      } else {
        problem(sink, l, 'orphan-lowmem-reserve', 'lowmem_reserve', ['no zone line before it'])
      }
      return
    }
    case 'buddy': {
      const z = zoneFor(d, c.b.node, c.b.zone, at)
      z.buddy = { ...c.b, at }
      problem(sink, l, 'partial-buddy-line', 'buddy', c.b.problems)
      if (!z.parsed)
        problem(sink, l, 'zone-line-missing', 'buddy', [`no zone line for ${c.b.zone}; its free kB is the buddy total`])
      return
    }
    case 'hugepages':
      d.hugepages.push({ ...c.h, at })
      return
    case 'swap':
      if (c.s.kind === 'pagecache') d.pagecachePages = c.s.pages
      else if (c.s.kind === 'swapcache') d.swapCachePages = c.s.pages
      else if (c.s.kind === 'free-swap') d.freeSwapKb = c.s.kb
      else if (c.s.kind === 'total-swap') d.totalSwapKb = c.s.kb
      return
    case 'ram':
      if (c.r.key) d.ram[c.r.key] = c.r.pages
      if (d.ram.at === null) d.ram.at = at
      return
    case 'slab-row':
      d.slab.push({ name: c.name, usedKb: c.usedKb, totalKb: c.totalKb, at })
      return
    default:
      return
  }
}

function applyTasks(d: Draft, c: LineClass, at: number, l: LogicalLine, sink: AssemblerSink): void {
  if (c.k === 'task-header') {
    d.taskColumns = ['pid', ...c.columns, 'name']
    return
  }
  if (c.k !== 'task-row') return
  const columns = d.taskColumns ? d.taskColumns.slice(1, -1) : null
  const row = parseTaskRow(l.message, columns)
  if (!row) {
    problem(sink, l, 'unparsed-task-row', 'task-table', ['the row does not match the table header'])
    return
  }
  if (!columns && d.tasks.length === 0) {
    problem(sink, l, 'task-columns-guessed', 'task-table', [
      'no header was printed; columns were guessed from their count',
    ])
  }
  const { rssAnon, rssFile, rssShmem, cpu, oomAdj, ...rest } = row
  d.tasks.push({
    ...rest,
    ...(rssAnon !== null || rssFile !== null || rssShmem !== null ? { rssAnon, rssFile, rssShmem } : {}),
    ...(cpu !== null ? { cpu } : {}),
    ...(oomAdj !== null ? { oomAdj } : {}),
    at,
  })
}

function applyMemcg(d: Draft, c: LineClass, at: number): void {
  if (c.k !== 'memcg') return
  const m = (d.memcg ??= { taskPath: null, limitPath: null, statsPath: null, counters: {}, stat: {}, at })
  if (c.m.kind === 'task-in') {
    m.taskPath = c.m.taskPath
    m.limitPath = c.m.limitPath
  } else if (c.m.kind === 'counter') {
    m.counters[c.m.counter] = { usageKb: c.m.usageKb, limitKb: c.m.limitKb, failcnt: c.m.failcnt }
  } else if (m.statsPath === null) {
    m.statsPath = c.m.path
    Object.assign(m.stat, c.m.inline)
    d.memcgStatOpen = true
  } else {
    // v1 goes on with each descendant's stats (for_each_mem_cgroup_tree); the OOM memcg's came first.
    d.memcgStatOpen = false
  }
}

function applyKill(d: Draft, c: LineClass, at: number): void {
  switch (c.k) {
    case 'kill-choice':
      d.selected = { pid: c.c.pid, comm: c.c.comm, score: c.c.score, reason: c.c.reason, at }
      return
    case 'killed':
      if (!d.killed) d.killed = { ...c.d, at }
      else if (d.oomGroup) d.oomGroup.kills.push(stripReason({ ...c.d, at }))
      return
    case 'oom-group':
      d.oomGroup ??= { path: c.path, kills: [], exiting: [], at }
      return
    case 'victim-exiting':
      if (d.oomGroup) d.oomGroup.exiting.push({ pid: c.pid, comm: c.comm, at })
      return
    case 'summary':
      d.oomKill = { constraint: c.constraint, fields: c.fields, at }
      // 5.0+ moved the cpuset and mems_allowed from their own line into this one.
      if (!d.cpuset && (c.fields['cpuset'] !== undefined || c.fields['mems_allowed'] !== undefined)) {
        d.cpuset = { cpuset: c.fields['cpuset'] ?? null, memsAllowed: c.fields['mems_allowed'] ?? null, at }
      }
      return
    case 'reaper':
      if (!d.reaper) d.reaper = { pid: c.pid, comm: c.comm, at }
      return
    case 'panic':
      d.panic = { message: c.text, at }
      return
    default:
      return
  }
}

function applyDump(d: Draft, c: LineClass, at: number, l: LogicalLine): void {
  if (d.panic) return // The dump a panic prints again belongs to the panic, not to the report's fields.
  switch (c.k) {
    case 'header':
      if (c.h.cpuset !== null || c.h.memsAllowed !== null)
        d.cpuset = { cpuset: c.h.cpuset, memsAllowed: c.h.memsAllowed, at }
      return
    case 'cpuset':
      d.cpuset = { cpuset: c.cpuset, memsAllowed: c.memsAllowed, at }
      return
    case 'task-line':
      if (!d.taskLine) d.taskLine = { ...c.t, at }
      // 2.6.x's `Pid: N, comm: x Not tainted <release> #1 <hardware>` carries the hardware name.
      if (c.t.cpu === null && c.t.tail !== null) d.hardware ??= c.t.tail
      return
    case 'hardware':
      d.hardware ??= c.text
      return
    case 'frame':
      d.callTrace.push({ ...c.f, at })
      return
    case 'dump': {
      const reg = registerName(l.message)
      if (reg) d.registers.add(reg)
      return
    }
    default:
      return
  }
}

/** Put one classified line into the report being assembled (the line is already in `d.lines` at `at`). */
export function applyLine(d: Draft, c: LineClass, at: number, l: LogicalLine, sink: AssemblerSink): void {
  if (c.k !== 'unknown' && !d.panic) d.stage = Math.max(d.stage, STAGE[c.k])
  if (c.k === 'header') {
    const problems: string[] = []
    if (c.h.leftover !== '') problems.push(`unexpected text "${c.h.leftover.slice(0, 60)}"`)
    // Every OOM header since 2.6.x prints order=; without it the line was cut short.
    if (c.h.kind === 'oom' && c.h.order === null && c.h.comm !== null) problems.push('no order= (line cut short?)')
    problem(sink, l, 'partial-header', 'report header', problems)
  }
  applyDump(d, c, at, l)
  applyMemory(d, c, at, l, sink)
  applyTasks(d, c, at, l, sink)
  applyMemcg(d, c, at)
  applyKill(d, c, at)
}
