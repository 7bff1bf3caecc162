/**
 * The report model: a document of sections and typed blocks holding *plain text* (never markup) and
 * chart specs. The Markdown and HTML renderers only lay it out and escape it, so both formats carry
 * exactly the same facts.
 */
import type { Severity } from '../diagnose/types'
import type { Lang } from '../i18n/lang'
import type { ChartSpec } from './chart-spec-types'

/** How a value should look: `bad` (red), `warn`, `good` (green), `muted`. */
export type Tone = 'bad' | 'warn' | 'good' | 'muted'

export interface FactItem {
  readonly label: string
  readonly value: string
  readonly note?: string
  readonly tone?: Tone
}

export interface TableCell {
  readonly text: string
  readonly tone?: Tone
}

export interface TableColumn {
  readonly label: string
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean
  /** Never wrap (zone names, pids). */
  readonly nowrap?: boolean
  /** Needs room for a short sentence (verdicts); the renderer gives it a minimum width. */
  readonly wide?: boolean
}

/** A finding as the report shows it (text already in the report's language). */
export interface FindingView {
  readonly code: string
  readonly severity: Severity
  readonly severityLabel: string
  readonly title: string
  readonly detail: string
  readonly evidence: readonly { readonly path: string; readonly line: number; readonly text: string }[]
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'facts'; readonly items: readonly FactItem[] }
  | {
      readonly type: 'table'
      readonly caption?: string
      readonly columns: readonly TableColumn[]
      readonly rows: readonly { readonly cells: readonly TableCell[]; readonly tone?: Tone }[]
      readonly note?: string
    }
  | { readonly type: 'chart'; readonly caption: string; readonly spec: ChartSpec }
  | { readonly type: 'findings'; readonly items: readonly FindingView[]; readonly evidenceLabel: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | {
      readonly type: 'code'
      readonly caption?: string
      readonly lines: readonly { readonly line: number | null; readonly text: string }[]
    }
  | { readonly type: 'callout'; readonly tone: Tone; readonly title: string; readonly lines: readonly string[] }

export interface ReportSection {
  /** Stable anchor, e.g. `summary`, `e1`, `e1-zones`, `appendix-e1`. */
  readonly id: string
  readonly title: string
  /** 1 = part (case summary, an event, the appendix); 2 = section within it. */
  readonly level: 1 | 2
  /** Start on a new printed page. */
  readonly pageBreakBefore?: boolean
  readonly blocks: readonly Block[]
}

export interface ReportDoc {
  readonly lang: Lang
  /** `OOMLens report — <case>`. */
  readonly title: string
  readonly caseName: string
  /** ISO 8601. */
  readonly generatedAt: string
  /** Localised labels the renderers print around the content (table of contents, page header). */
  readonly labels: { readonly contents: string; readonly generated: string; readonly line: string }
  readonly sections: readonly ReportSection[]
}
