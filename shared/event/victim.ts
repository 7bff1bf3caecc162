/**
 * The one answer to "who was the victim" for a reader of an event, in the app and every report: the
 * task the kernel killed (`Killed process N`), else the one it chose when the kill line is missing
 * (`Kill process N (comm) score S or sacrifice child`). The what-if compares its replay with the
 * kernel's *choice* instead (`recordedVictim`, shared/model/what-if-recorded.ts): a sacrificed child
 * is who died, not who the scoring picked.
 */
import type { MemEvent } from './types'

export function eventVictim(
  event: Pick<MemEvent, 'killed' | 'selected'>,
): { readonly pid: number; readonly comm: string } | null {
  const task = event.killed ?? event.selected
  return task ? { pid: task.pid, comm: task.comm } : null
}
