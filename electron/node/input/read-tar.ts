import { Readable } from 'node:stream'
import type { Header } from 'tar-stream'
import type { ByteStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { normaliseMemberName, unsafeMemberReason } from './member-name'
import { leadsToTarget, type ReadContext } from './read-context'
import { readEntry } from './read-entry'
import { rotationPlace } from './rotation'

/** A tar-stream entry: a streamx Readable (iterable over Buffers) plus its header. */
type TarMember = AsyncIterable<Buffer> & { readonly header: Header }

/** Walks a tar stream member by member; each member is read as a stream, never extracted. */
export async function readTar(entry: InputEntry, ctx: ReadContext): Promise<void> {
  ctx.addInput({ path: entry.path, kind: 'archive', bytes: entry.sizeBytes ?? 0 })
  // Loaded when the first tar comes: a case of plain or compressed logs never pays for it.
  const { extract: tarExtract } = await import('tar-stream')
  const extract = tarExtract()
  const input = Readable.from(entry.stream, { objectMode: false })
  input.on('error', (error) => extract.destroy(error))
  input.pipe(extract)
  let members = 0
  try {
    for await (const member of extract) {
      members++
      await readMember(member as unknown as TarMember, entry, ctx)
      if (ctx.target?.done || ctx.budget.exhausted) break
    }
  } catch (error) {
    if (members > 0 || !entry.topLevel || ctx.signal?.aborted || error instanceof InputError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError('corrupt', entry.path, `${entry.path}: not a readable tar archive (${reason})`)
  }
}

async function readMember(member: TarMember, entry: InputEntry, ctx: ReadContext): Promise<void> {
  const header = member.header
  const name = normaliseMemberName(header.name)
  const path = `${entry.path}!/${name}`
  const stream = drainingStream(member, ctx)
  const unsafe = unsafeMemberReason(header.name)
  if (!leadsToTarget(path, ctx.target)) {
    await consume(stream)
    return
  }
  if (unsafe) {
    ctx.warn('unsafe-member', path, null, `${path} was skipped: its name is ${unsafe}.`)
    await consume(stream)
    return
  }
  if (header.type === 'directory') {
    await consume(stream)
    return
  }
  if (header.type !== 'file' && header.type !== 'contiguous-file') {
    const target = header.linkname ? ` -> ${header.linkname}` : ''
    ctx.warn(
      'special-member',
      path,
      null,
      `${path} was skipped: it is a ${header.type}${target}, not a regular file.`,
      'info',
    )
    await consume(stream)
    return
  }
  const child: InputEntry = {
    path,
    name,
    depth: entry.depth + 1,
    topLevel: false,
    sizeBytes: header.size ?? null,
    stream,
    handle: null,
    rotation: rotationPlace(`${entry.path}!/${name}`).family,
    mtimeMs: header.mtime ? header.mtime.getTime() : null,
  }
  try {
    await readEntry(child, ctx)
  } finally {
    await consume(stream)
  }
}

/**
 * Destroying a tar-stream entry destroys the whole extract, so readers that stop early (limits,
 * unsupported content) never end the member: whatever they leave is read and dropped here.
 */
async function* drainingStream(member: AsyncIterable<Buffer>, ctx: ReadContext): ByteStream {
  const iterator = member[Symbol.asyncIterator]()
  let done = false
  try {
    for (;;) {
      const next = await iterator.next()
      if (next.done) {
        done = true
        return
      }
      yield next.value
    }
  } finally {
    while (!done && !ctx.signal?.aborted) done = (await iterator.next()).done === true
  }
}

async function consume(stream: ByteStream): Promise<void> {
  for await (const chunk of stream) void chunk
}
