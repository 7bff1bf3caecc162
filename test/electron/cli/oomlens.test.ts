import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS, makeTempDir, removeDir, run } from '../node/input/build-fixtures'
import { OOMLENS_BIN, runOomlens, type CliRun } from '../../support/run-oomlens'

const MEMCG = '009-x86-5.2-rc7-memcg-v1-leaker.log'
const LOWMEM = '005-i686-pae-4.10-debian-updatedb-syslog.log'

function oomlens(...args: string[]): CliRun {
  return runOomlens(args, { env: { CI: 'true' } })
}

interface Json {
  schema: string
  inputs: { path: string; kind: string }[]
  events: {
    id: string
    kind: string
    source: { path: string; line: number }
    findings: { title: string }[]
    whatIf: unknown
  }[]
  warnings: unknown[]
}

let dir: string

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => removeDir(dir))

describe('oomlens', () => {
  it('prints nothing but the contract JSON on stdout and exits 0 when analysing a log', () => {
    const r = oomlens('analyze', join(CORPUS, MEMCG), '--json')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const json = JSON.parse(r.stdout) as Json
    expect(json.schema).toBe('oomlens.analysis/1')
    expect(json.events.map((e) => [e.kind, e.source.line])).toEqual([['memcg-oom', 1]])
    expect(json.events[0]!.whatIf).toBeNull()
  })

  it('reports archive members as archive!/member paths in the JSON', () => {
    const tree = join(dir, 'tree')
    run('mkdir', ['-p', join(tree, 'var/log')])
    copyFileSync(join(CORPUS, MEMCG), join(tree, 'var/log/messages.1'))
    run('tar', ['-czf', join(dir, 'bundle.tar.gz'), '-C', tree, 'var'])
    const r = oomlens('analyze', join(dir, 'bundle.tar.gz'), '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Json
    expect(json.events.map((e) => e.source)).toEqual([
      { path: `${join(dir, 'bundle.tar.gz')}!/var/log/messages.1`, line: 1 },
    ])
    expect(json.inputs.map((i) => i.kind)).toEqual(['archive', 'kernel-log'])
  })

  it('runs the what-if when --set is given', () => {
    const r = oomlens(
      'analyze',
      join(CORPUS, LOWMEM),
      '--json',
      '--set',
      'min_free_kbytes=16384',
      '--set',
      'watermark_scale_factor=10',
    )
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Json
    expect(json.events[0]!.whatIf).toMatchObject({ settings: { min_free_kbytes: 16384, watermark_scale_factor: 10 } })
  })

  it('writes titles in Chinese when --lang zh-CN is given', () => {
    const en = JSON.parse(oomlens('analyze', join(CORPUS, LOWMEM), '--json').stdout) as Json
    const zh = JSON.parse(oomlens('analyze', join(CORPUS, LOWMEM), '--json', '--lang', 'zh-CN').stdout) as Json
    expect(en.events[0]!.findings.length).toBeGreaterThan(0)
    expect(zh.events[0]!.findings.map((f) => f.title).join('')).toMatch(/[\u4e00-\u9fff]/)
    expect(en.events[0]!.findings.map((f) => f.title).join('')).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('prints a table of events without --json', () => {
    const r = oomlens('analyze', join(CORPUS, MEMCG))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ID\s+KIND\s+WHEN\s+SOURCE/)
    expect(r.stdout).toContain(`e1  memcg-oom`)
    expect(r.stdout).toContain(`${join(CORPUS, MEMCG)}:1`)
  })

  it.each([
    [['analyze', 'x.log', '--set', 'foo=1'], "unknown name 'foo'"],
    [['analyze', 'x.log', '--set', 'min_free_kbytes=lots'], 'expected an integer'],
    [['analyze', 'x.log', '--lang', 'fr'], '--lang must be one of en, zh-CN, zh-TW'],
    [['analyze', 'x.log', '--bogus'], 'Unknown option `--bogus`'],
    [['analyze'], 'missing required args'],
    [[], 'no command given'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['report', 'x.log'], 'report needs -o <file>'],
  ])('exits 2 with one line on stderr and nothing on stdout for %j', (args, message) => {
    const r = oomlens(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(message)
  })

  it('exits 3 naming the path when an input is missing, even next to a good one', () => {
    const missing = join(dir, 'nope.log')
    const r = oomlens('analyze', join(CORPUS, MEMCG), missing, '--json')
    expect(r.code).toBe(3)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`oomlens: ${missing}: no such file or directory\n`)
  })

  it('exits 3 naming the path for binary data and for a truncated archive', () => {
    const noise = join(dir, 'noise.bin')
    writeFileSync(noise, randomBytes(50_000))
    const r = oomlens('analyze', noise, '--json')
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`oomlens: ${noise}: not a log, a proc snapshot or a supported archive (binary data)\n`)
    const cut = join(dir, 'cut.tar.xz')
    writeFileSync(cut, Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]))
    const t = oomlens('analyze', cut)
    expect(t.code).toBe(3)
    expect(t.stderr).toMatch(new RegExp(`^oomlens: ${cut}: cannot be read \\(.+\\)\\n$`))
  })

  it('exits quietly when the reader of stdout goes away early', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${OOMLENS_BIN}" analyze "${CORPUS}" --json | head -c 20`],
      {
        encoding: 'utf8',
      },
    )
    expect(r.stdout).toBe('{\n  "schema": "oomle')
    expect(r.stderr).toBe('')
  })

  it('exits 0 with no events and a warning for an empty file', () => {
    const empty = join(dir, 'empty.log')
    writeFileSync(empty, '')
    const r = oomlens('analyze', empty, '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as Json
    expect(json.events).toEqual([])
    expect(json.warnings).toEqual([expect.objectContaining({ path: empty, line: null, message: `${empty} is empty.` })])
  })
})
