/** Why a top-level input could not be read. Stable: the app maps these to ApiResult error codes. */
export type InputErrorCode = 'not-found' | 'unreadable' | 'unsupported' | 'corrupt' | 'empty-case' | 'cancelled'

/**
 * An input the user named cannot be read at all (missing, permission denied, not a format we read,
 * corrupt before anything could be read). The CLI turns it into exit 3 with `message` on stderr;
 * problems inside a readable input are warnings instead.
 */
export class InputError extends Error {
  override readonly name = 'InputError'

  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

export function isInputError(value: unknown): value is InputError {
  return value instanceof InputError
}

/** Node's fs error → an InputError naming the path in one sentence. */
export function inputErrorFromFs(path: string, error: unknown): InputError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return new InputError('not-found', path, `${path}: no such file or directory`)
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', path, `${path}: permission denied`)
  if (code === 'EISDIR') return new InputError('unreadable', path, `${path}: is a directory`)
  // Opened without following links (a file found in a folder that became a link since): not read.
  if (code === 'ELOOP') return new InputError('unsupported', path, `${path}: a symbolic link, not followed`)
  const reason = error instanceof Error ? error.message : String(error)
  return new InputError('unreadable', path, `${path}: cannot be read (${reason})`)
}
