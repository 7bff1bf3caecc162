/**
 * Input problems: never thrown, collected with a stable code and a position (the `yaml` library's
 * onError idea). They become the contract's `warnings`.
 */
export type IssueSeverity = 'error' | 'data-loss' | 'info'

export interface ParseIssue {
  /** Stable kebab-case code, never renamed: `unknown-prefix`, `truncated-report`, `year-inferred`, ... */
  readonly code: string
  readonly severity: IssueSeverity
  readonly path: string
  readonly line: number | null
  /** One sentence: what was expected and what was found. */
  readonly message: string
}

export type IssueSink = (issue: ParseIssue) => void
