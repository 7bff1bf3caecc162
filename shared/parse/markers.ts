/**
 * Cheap tests the input layer uses to find candidate report regions in huge files without running the
 * full parser on every line.
 *
 * Window rule for the input layer: when a line matches {@link REPORT_START_PATTERN}, feed the parser
 * from 5 lines before it (a `warn_alloc: N callbacks suppressed` or sysrq line may precede the header)
 * and keep feeding while a {@link SectionTracker} says the line is part of a report — whatever its
 * prefix, so a report section, once open, runs to its end — stopping only after more consecutive lines
 * that are no report's than the parser itself waits before giving up a report (then the parser has
 * already closed it, with a warning naming the last line it read). Call `endOfInput(path)` only at the
 * real end of the file; gaps between windows are harmless (the parser ends an open report on its own).
 */

/**
 * Matches every line that can START a report, whatever its prefix: OOM headers (all versions, including
 * 2.6.10's bare `oom-killer: gfp_mask=`), every warn_alloc() first line, the lines that make a report
 * whose header was lost (Mem-Info, memcg usage, the kill lines), and the stack dump's first line, with
 * which such a report may begin. Every alternative holds one of the input layer's literal anchors, and
 * none uses `\s` or `\S`: the input layer tests both a latin1 view and the decoded text, and JavaScript
 * counts U+00A0 and U+FEFF as space, so a class over non-ASCII bytes would answer differently.
 */
export const REPORT_START_PATTERN: RegExp = new RegExp(
  [
    // Every report marker (REPORT_MARKER below), so no line that must yield an event or a warning is skipped.
    'invoked oom-killer|allocation failure|alloc failure|page allocation stalls|vmalloc error|Mem-[Ii]nfo',
    'Out of memory|Memory cgroup out of memory|Killed process|oom-kill:',
    // 2.6.10's bare header, warn_alloc()'s mode, memcg usage, and the dump's first line (a report whose
    // header was cut begins there). Lines that only ever follow one of these (SysRq-f, `Task in`, the
    // task table, a memory.oom.group list) are reached through the window's lookback or its run.
    '(?:^|[ \\t\\]:>])oom-killer: gfp_mask=|, mode:0x[0-9a-fA-F]+\\(|memory: usage \\d+kB, limit',
    'PID: \\d+ Comm: |Pid: \\d+, comm: ',
  ].join('|'),
)

// Only ever tested (never matched for its text), so an alternative's leading `x+` is written `x`: a
// line holds `[\w.]+\+0x…` exactly when it holds `[\w.]\+0x…`, and the single character spares the
// regex engine backtracking through every word of every line (it halved this test's cost).
const INSIDE =
  /Mem-[Ii]nfo:|lowmem_reserve\[\]|protections\[\]|\d\*\d+kB|hugepages_total=|total pagecache pages|pages in swap cache|Swap cache|Free swap|Total swap|pages RAM|pages reserved|pages HighMem|pages cma reserved|pages hwpoisoned|\[\s*pid\s*\]|Tasks state|oom-kill:|oom_reaper|Memory cgroup|Task in \S+ killed|usage \d+kB, limit|Call [Tt]race:|[\w.]\+0x[0-9a-f]+\/0x[0-9a-f]+|CPU: \d+ |Pid: \d+, comm:|Hardware name:| free:\d+|active_anon:|inactive_file:|per-cpu:|cpuset=|mems_allowed=|Out of [Mm]emory|panic|\[\s*\d+\]\s+-?\d+\s+\d+\s+\d+|free_cma:|slab_reclaimable:|[a-z_]:\d+kB/

/**
 * True for lines that start a report ({@link REPORT_START_PATTERN}) and for lines typically inside one
 * (Mem-Info, zone, buddy, swap, task table, kill, memcg, stack lines), so the input layer's windows
 * extend over a whole report. Cheap: a couple of regex tests, no allocation.
 */
export function looksLikeKernelMemoryLine(text: string): boolean {
  const t = text.length > 8192 ? text.slice(0, 8192) : text
  return REPORT_START_PATTERN.test(t) || INSIDE.test(t)
}

/**
 * The words every memory report carries in at least one line (issue 12's never-silent list, plus
 * warn_alloc()'s own first-line words): a line with one of them yields an event or a warning.
 */
export const REPORT_MARKER: RegExp =
  /invoked oom-killer|allocation failure|alloc failure|page allocation stalls|vmalloc error|Mem-[Ii]nfo|Out of memory|Memory cgroup out of memory|Killed process|oom-kill:/
