import { countBytes, type ByteStream } from './byte-stream'
import { InputError } from './input-error'
import type { ReadContext } from './read-context'
import { readEntry } from './read-entry'

/** The path that names standard input on a command line, and the name its events and warnings carry. */
export const STDIN_PATH = '-'

/** Standard input as a source: `open()` gives its bytes. */
export interface StdinSource {
  open(): ByteStream
}

/** Standard input read as one stream named `-`, through the same reader and limits as a file. */
export async function readStdin(stdin: StdinSource | undefined, ctx: ReadContext): Promise<void> {
  if (!stdin) throw new InputError('not-found', STDIN_PATH, `${STDIN_PATH}: standard input cannot be read here`)
  ctx.progress.reading(STDIN_PATH)
  await readEntry(
    {
      path: STDIN_PATH,
      name: STDIN_PATH,
      depth: 0,
      topLevel: true,
      sizeBytes: null,
      stream: countBytes(stdin.open(), (n) => ctx.progress.bytes(n)),
      handle: null,
      rotation: null,
      // A pipe has no modification time; its data is handed over now (`dmesg | oomlens analyze -`),
      // which is what a file's mtime stands for: the year assumed for stamps that print none.
      mtimeMs: Date.now(),
    },
    ctx,
  )
}
