import type { ImportProgress } from '../../../shared/analysis/types'

const REPORT_EVERY_MS = 100

/** Accumulates import progress and reports it at most every 100 ms (plus phase changes). */
export class ProgressTracker {
  private state: ImportProgress = {
    phase: 'scanning',
    path: null,
    bytesRead: 0,
    bytesTotal: null,
    filesDone: 0,
    filesTotal: null,
    eventsFound: 0,
  }
  private lastReportMs = 0

  constructor(private readonly listener: ((p: ImportProgress) => void) | undefined) {}

  get current(): ImportProgress {
    return this.state
  }

  phase(phase: ImportProgress['phase']): void {
    this.update({ phase }, true)
  }

  totals(bytesTotal: number | null, filesTotal: number | null): void {
    this.update({ bytesTotal, filesTotal }, true)
  }

  reading(path: string): void {
    this.update({ phase: 'reading', path }, false)
  }

  bytes(n: number): void {
    this.update({ bytesRead: this.state.bytesRead + n }, false)
  }

  fileDone(): void {
    this.update({ filesDone: this.state.filesDone + 1 }, false)
  }

  eventFound(): void {
    this.update({ eventsFound: this.state.eventsFound + 1 }, false)
  }

  private update(change: Partial<ImportProgress>, force: boolean): void {
    this.state = { ...this.state, ...change }
    if (!this.listener) return
    const now = Date.now()
    if (!force && now - this.lastReportMs < REPORT_EVERY_MS) return
    this.lastReportMs = now
    this.listener(this.state)
  }
}
