import { STDIN_PATH, type StdinSource } from '../../node/case-service'

/** Standard input as the source of `-`, when it is among the paths (read once, as a stream). */
export function stdinSource(paths: readonly string[]): { stdin?: StdinSource } {
  return paths.includes(STDIN_PATH) ? { stdin: { open: () => process.stdin } } : {}
}
