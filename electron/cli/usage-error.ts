/** Bad command-line usage: exit code 2 with a one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
