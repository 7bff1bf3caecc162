// A real server's task table, from a small real report (issue 17): the report as plain dmesg (syslog
// prefix removed), its task table grown to `total` rows by repeating its own rows under fresh pids.
// Built in memory; the rows are the report's own, only pid and tgid are new.

/** `text` (a syslog- or dmesg-formatted report) as dmesg with a task table of `total` rows. */
export function grownTaskTable(text: string, total: number): string {
  const lines = text.split('\n').map((l) => l.replace(/^[A-Z][a-z]{2} +\d+ [\d:]{8} \S+ kernel: /, ''))
  const head = lines.findIndex((l) => /\[\s*pid\s*\]/.test(l))
  if (head < 0) throw new Error('no task table to grow')
  let end = head + 1
  while (/^\[\s*\d+\]/.test(lines[end] ?? '')) end++
  const rows = lines.slice(head + 1, end)
  const extra = Array.from({ length: total - rows.length }, (_, i) =>
    (rows[i % rows.length] ?? '').replace(/^\[\s*\d+\]\s+(\d+)\s+\d+/, (_m, uid: string) => {
      const pid = String(200_000 + i)
      return `[${pid.padStart(6)}] ${uid.padStart(5)} ${pid.padStart(5)}`
    }),
  )
  return [...lines.slice(0, end), ...extra, ...lines.slice(end)].join('\n')
}
