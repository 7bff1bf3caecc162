import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, symlinkSync, truncateSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { zipSync } from 'fflate'
import { pack } from 'tar-stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ParsedCase } from '../../../../shared/analysis/types'
import { readCase } from '../../../../electron/node/input/read-case'
import { readPlannedFile } from '../../../../electron/node/input/read-planned-file'
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/node/input/import-limits'
import { quietContext } from '../../../../electron/node/input/read-context'
import { corpusText, makeTempDir, removeDir, run, treeState, writeTree } from './build-fixtures'

const REPORT = corpusText('011-x86-4.18-3.10-vmware-memcg-leaker.log')
const REPORT_EVENTS = 3

let dir: string

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => removeDir(dir))

async function tarOf(
  entries: readonly { name: string; type?: string; body?: string; linkname?: string }[],
): Promise<Buffer> {
  const p = pack()
  for (const e of entries) {
    const header = { name: e.name, type: (e.type ?? 'file') as 'file', ...(e.linkname ? { linkname: e.linkname } : {}) }
    if (e.body !== undefined) p.entry(header, e.body)
    else p.entry({ ...header, size: 0 })
  }
  p.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of p) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function codes(parsed: ParsedCase): string[] {
  return parsed.issues.map((i) => i.code)
}

function warningFor(parsed: ParsedCase, code: string): string {
  const issue = parsed.issues.find((i) => i.code === code)
  expect(issue, `a ${code} warning`).toBeDefined()
  return `${issue!.path} ${issue!.message}`
}

describe('hostile inputs', () => {
  it('skips ../ and absolute tar members with a warning naming them, writes nothing and reads the rest', async () => {
    const archive = join(dir, 'escape.tar')
    writeFileSync(
      archive,
      await tarOf([
        { name: '../evil.log', body: REPORT },
        { name: '/etc/abs.log', body: REPORT },
        { name: 'ok/messages', body: REPORT },
      ]),
    )
    const before = treeState(dir)
    const parsed = await readCase([archive])
    expect(parsed.events.map((e) => e.path)).toEqual(Array(REPORT_EVENTS).fill(`${archive}!/ok/messages`))
    const unsafe = parsed.issues.filter((i) => i.code === 'unsafe-member').map((i) => i.path)
    expect(unsafe).toEqual([`${archive}!/../evil.log`, `${archive}!//etc/abs.log`])
    expect(treeState(dir)).toEqual(before)
    expect(existsSync(join(dir, '..', 'evil.log'))).toBe(false)
  })

  it('skips symlink, hard link and device members with a warning', async () => {
    const archive = join(dir, 'links.tar')
    writeFileSync(
      archive,
      await tarOf([
        { name: 'var/log/link', type: 'symlink', linkname: '/etc/shadow' },
        { name: 'var/log/hard', type: 'link', linkname: 'var/log/messages' },
        { name: 'dev/sda', type: 'block-device' },
        { name: 'dev/tty0', type: 'character-device' },
        { name: 'var/log/messages', body: REPORT },
      ]),
    )
    const parsed = await readCase([archive])
    expect(parsed.events).toHaveLength(REPORT_EVENTS)
    const special = parsed.issues.filter((i) => i.code === 'special-member').map((i) => i.path.split('!/')[1])
    expect(special).toEqual(['var/log/link', 'var/log/hard', 'dev/sda', 'dev/tty0'])
    expect(warningFor(parsed, 'special-member')).toContain('symlink -> /etc/shadow')
  })

  it('skips ../ zip members and symlinks stored in a zip', async () => {
    const archive = join(dir, 'escape.zip')
    writeFileSync(archive, zipSync({ '../evil.log': Buffer.from(REPORT), 'ok/messages': Buffer.from(REPORT) }))
    const parsed = await readCase([archive])
    expect(parsed.events.map((e) => e.path)).toEqual(Array(REPORT_EVENTS).fill(`${archive}!/ok/messages`))
    expect(warningFor(parsed, 'unsafe-member')).toContain('../evil.log')
    writeTree(dir, { 'ziptree/messages': REPORT })
    symlinkSync('/etc/passwd', join(dir, 'ziptree', 'passwd'))
    run('zip', ['-q', '-y', '-r', join(dir, 'links.zip'), '.'], join(dir, 'ziptree'))
    const linked = await readCase([join(dir, 'links.zip')])
    expect(linked.events).toHaveLength(REPORT_EVENTS)
    expect(warningFor(linked, 'special-member')).toContain('links.zip!/passwd')
  })

  it('stops a gzip bomb of gigabytes of zeros at the ratio limit with a warning', async () => {
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 })
    const bomb = join(dir, 'bomb.log.gz')
    writeFileSync(bomb, Buffer.concat(Array(256).fill(member)))
    const parsed = await readCase([bomb])
    const message = warningFor(parsed, 'ratio-limit')
    expect(message).toContain(bomb)
    expect(message).toMatch(/expands more than 250 times/)
    expect(parsed.inputs[0]!.bytes).toBeLessThan(256 * 1024 * 1024)
  })

  it('stops reading once the case-wide decompressed total is reached', async () => {
    writeTree(dir, { 'total/a.log': REPORT.repeat(50), 'total/b.log': REPORT })
    const parsed = await readCase([join(dir, 'total')], { limits: { maxTotalBytes: 10_000 } })
    expect(warningFor(parsed, 'total-limit')).toContain('10000 decompressed bytes')
  })

  it('skips archives nested deeper than the depth limit with a warning', async () => {
    let data: Buffer = Buffer.from(REPORT)
    for (let i = 0; i < 9; i++) data = gzipSync(data)
    const deep = join(dir, 'deep.log.gz')
    writeFileSync(deep, data)
    const parsed = await readCase([deep])
    expect(parsed.events).toHaveLength(0)
    expect(warningFor(parsed, 'depth-limit')).toMatch(/nested 6 levels deep/)
    const shallow = await readCase([deep], { limits: { maxDepth: 12 } })
    expect(shallow.events).toHaveLength(REPORT_EVENTS)
  })

  it('keeps what a truncated tar.gz yielded before the cut and warns about the rest', async () => {
    writeTree(dir, { 'trunc/a/messages': REPORT, 'trunc/b/filler': randomBytes(200_000).toString('base64') })
    const archive = join(dir, 'trunc.tar.gz')
    run('tar', ['-czf', archive, '-C', join(dir, 'trunc'), 'a', 'b'])
    truncateSync(archive, Math.floor(statSync(archive).size * 0.8))
    const parsed = await readCase([archive])
    expect(parsed.events.map((e) => e.path)).toEqual(Array(REPORT_EVENTS).fill(`${archive}!/a/messages`))
    expect(warningFor(parsed, 'read-error')).toMatch(/could not be read to the end/)
  })

  it('refuses a top-level archive cut before its first member with the path in the error', async () => {
    const archive = join(dir, 'stub.tar.gz')
    writeFileSync(archive, gzipSync(await tarOf([{ name: 'x', body: REPORT.repeat(20) }])).subarray(0, 30))
    await expect(readCase([archive])).rejects.toMatchObject({ name: 'InputError', code: 'corrupt', path: archive })
  })

  it('refuses random bytes named on the command line, and skips them inside a directory', async () => {
    writeTree(dir, { 'rand/noise.bin': randomBytes(100_000), 'rand/messages': REPORT })
    const named = join(dir, 'rand', 'noise.bin')
    await expect(readCase([named])).rejects.toMatchObject({ code: 'unsupported', path: named })
    const parsed = await readCase([join(dir, 'rand')])
    expect(parsed.events).toHaveLength(REPORT_EVENTS)
    expect(warningFor(parsed, 'unsupported-member')).toContain(named)
  })

  it('reads an empty file as a case with no events and a note', async () => {
    writeTree(dir, { 'empty.log': '' })
    const parsed = await readCase([join(dir, 'empty.log')])
    expect(parsed.events).toHaveLength(0)
    expect(warningFor(parsed, 'empty-input')).toContain('empty.log is empty')
  })

  it('finds a report after a 50 MB line at its true line number', async () => {
    const file = join(dir, 'long.log')
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('first\n'), Buffer.alloc(50 * 1024 * 1024, 0x61), Buffer.from(`\n${REPORT}`)]),
    )
    const parsed = await readCase([file])
    const plain = await readCase([writeAndPath('long-plain.log', `first\nx\n${REPORT}`)])
    expect(parsed.events.map((e) => e.line)).toEqual(plain.events.map((e) => e.line))
    expect(parsed.issues.find((i) => i.code === 'line-truncated')).toMatchObject({ path: file, line: 2 })
  })

  it('reads reports in files with invalid UTF-8, NUL runs and CR-only line ends at the right lines', async () => {
    const plain = await readCase([writeAndPath('ref.log', `a\nb\n${REPORT}`)])
    const lines = plain.events.map((e) => e.line)
    const nul = await readCase([writeAndPath('nul.log', `\0\0\0a\n\xffb\n${REPORT}`)])
    expect(nul.events.map((e) => e.line)).toEqual(lines)
    expect(codes(nul)).toContain('nul-bytes')
    const cr = await readCase([writeAndPath('cr.log', `a\nb\n${REPORT}`.replaceAll('\n', '\r'))])
    expect(cr.events.map((e) => e.line)).toEqual(lines)
    const latin1 = join(dir, 'bad-utf8.log')
    writeFileSync(latin1, Buffer.concat([Buffer.from([0xc3, 0x28, 0x0a, 0xa0, 0xa1, 0x0a]), Buffer.from(REPORT)]))
    expect((await readCase([latin1])).events.map((e) => e.line)).toEqual(lines)
  })

  it('reports a named file that does not exist as not-found', async () => {
    const missing = join(dir, 'missing.log')
    await expect(readCase([missing])).rejects.toMatchObject({
      code: 'not-found',
      path: missing,
      message: `${missing}: no such file or directory`,
    })
  })

  it('warns and carries on when a file inside a directory vanishes before it is read', async () => {
    const issues: string[] = []
    const ctx = quietContext(DEFAULT_IMPORT_LIMITS, {
      warn: (code, path, _line, message) => issues.push(`${code} ${path} ${message}`),
    })
    const gone = join(dir, 'gone.log')
    await readPlannedFile(
      {
        filePath: gone,
        path: gone,
        name: 'gone.log',
        sizeBytes: 10,
        topLevel: false,
        rotation: gone,
        mtimeMs: 0,
        localDisk: true,
      },
      ctx,
    )
    expect(issues).toEqual([`unreadable-file ${gone} ${gone}: no such file or directory; it was skipped.`])
  })

  it.skipIf(process.getuid?.() === 0)('refuses a named file it may not read, naming it', async () => {
    const locked = writeAndPath('locked.log', REPORT)
    chmodSync(locked, 0)
    await expect(readCase([locked])).rejects.toMatchObject({
      code: 'unreadable',
      message: `${locked}: permission denied`,
    })
  })
})

function writeAndPath(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content.includes('\xff') ? Buffer.from(content, 'latin1') : content)
  return path
}
