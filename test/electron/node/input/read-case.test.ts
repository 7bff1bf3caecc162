import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCase } from '../../../../electron/node/input/read-case'
import {
  CORPUS,
  PLANTED,
  corpusText,
  hasTool,
  makeTempDir,
  manifestEvents,
  removeDir,
  run,
  treeState,
  writeTree,
} from './build-fixtures'

type Found = readonly [path: string, kind: string, line: number]

let dir: string
/** Events each planted log yields read plain, keyed by corpus file name. */
const baseline = new Map<string, Found[]>()

async function eventsOf(paths: readonly string[]): Promise<Found[]> {
  const parsed = await readCase(paths)
  return parsed.events.map((e) => [e.path, e.kind, e.line] as const)
}

/** The baseline events of `file`, moved to `path`. */
function expected(file: string, path: string): Found[] {
  return baseline.get(file)!.map(([, kind, line]) => [path, kind, line] as const)
}

const TREE = {
  'var/log/messages.1': PLANTED[0],
  'sos_commands/kernel/dmesg': PLANTED[2],
  'var/log/kern.log': PLANTED[1],
} as const

function plantTree(root: string): void {
  for (const [rel, file] of Object.entries(TREE)) {
    mkdirSync(join(root, rel, '..'), { recursive: true })
    copyFileSync(join(CORPUS, file), join(root, rel))
  }
  writeTree(root, { 'sos_commands/logs/noise.txt': 'nothing to see here\n'.repeat(100) })
}

function expectedTree(prefix: string): Found[] {
  return Object.entries(TREE).flatMap(([rel, file]) => expected(file, `${prefix}${rel}`))
}

function sorted(found: readonly Found[]): Found[] {
  return [...found].sort((a, b) => (a[0] + a[2]).localeCompare(b[0] + b[2]))
}

beforeAll(async () => {
  dir = makeTempDir()
  for (const file of PLANTED) {
    const plain = join(dir, 'plain', file)
    writeTree(dir, {})
    mkdirSync(join(dir, 'plain'), { recursive: true })
    copyFileSync(join(CORPUS, file), plain)
    baseline.set(file, await eventsOf([plain]))
  }
  plantTree(join(dir, 'tree'))
})

afterAll(() => removeDir(dir))

describe('read-case', () => {
  it('finds every manifest event in each planted log when read plain', () => {
    for (const file of PLANTED) expect(baseline.get(file)!.length, file).toBe(manifestEvents(file))
  })

  it('finds the planted events at their paths when given a sosreport-shaped directory', async () => {
    const root = join(dir, 'tree')
    expect(sorted(await eventsOf([root]))).toEqual(sorted(expectedTree(`${root}/`)))
  })

  it('finds the planted events in a supportconfig layout, below its section headers', async () => {
    const root = join(dir, 'scc_db17_260101_1200')
    const header = (what: string): string => `#==[ Log File ]=====================================#\n# ${what}\n`
    writeTree(root, {
      'messages.txt': header('/var/log/messages') + corpusText(PLANTED[0]),
      'boot.txt': header('/bin/dmesg') + corpusText(PLANTED[2]),
    })
    const moved = (file: string, path: string): Found[] =>
      expected(file, path).map(([p, k, l]) => [p, k, l + 2] as const)
    expect(sorted(await eventsOf([root]))).toEqual(
      sorted([...moved(PLANTED[0], join(root, 'messages.txt')), ...moved(PLANTED[2], join(root, 'boot.txt'))]),
    )
  })

  const singles = [
    ['gzip', ['-k', '-9'], '.gz'],
    ['xz', ['-k'], '.xz'],
    ['zstd', ['-q', '-k'], '.zst'],
    ['bzip2', ['-k'], '.bz2'],
  ] as const
  for (const [tool, args, ext] of singles) {
    it.skipIf(!hasTool(tool))(`reads a single ${ext} file with line numbers after decompression`, async () => {
      const file = join(dir, `single${ext}`, 'messages')
      mkdirSync(join(file, '..'), { recursive: true })
      copyFileSync(join(CORPUS, PLANTED[1]), file)
      run(tool, [...args, file])
      expect(await eventsOf([`${file}${ext}`])).toEqual(expected(PLANTED[1], `${file}${ext}`))
    })
  }

  const tars = [
    ['bundle.tar', []],
    ['bundle.tar.gz', ['-z']],
    ['bundle.tgz', ['-z']],
    ['bundle.tar.xz', ['-J']],
    ['bundle.tar.zst', ['--zstd']],
    ['bundle.tar.bz2', ['-j']],
  ] as const
  for (const [name, flags] of tars) {
    it(`finds the planted events as ${name}!/member paths`, async () => {
      const archive = join(dir, name)
      run('tar', ['-c', ...flags, '-f', archive, '-C', join(dir, 'tree'), '.'])
      const before = treeState(dir)
      expect(sorted(await eventsOf([archive]))).toEqual(sorted(expectedTree(`${archive}!/`)))
      expect(treeState(dir)).toEqual(before)
    })
  }

  it.skipIf(!hasTool('zip'))('finds the planted events in a zip archive', async () => {
    const archive = join(dir, 'bundle.zip')
    run('zip', ['-q', '-r', archive, '.'], join(dir, 'tree'))
    expect(sorted(await eventsOf([archive]))).toEqual(sorted(expectedTree(`${archive}!/`)))
  })

  it.skipIf(!hasTool('zip'))('reads archives inside archives with chained member paths', async () => {
    const nest = join(dir, 'nest')
    mkdirSync(nest, { recursive: true })
    run('tar', ['-czf', join(nest, 'inner.tar.gz'), '-C', join(dir, 'tree'), '.'])
    run('zip', ['-q', '-r', join(nest, 'inner.zip'), 'var'], join(dir, 'tree'))
    const outer = join(dir, 'outer.tar')
    run('tar', ['-cf', outer, '-C', nest, 'inner.tar.gz', 'inner.zip'])
    const found = await eventsOf([outer])
    const viaZip = Object.entries(TREE)
      .filter(([rel]) => rel.startsWith('var/'))
      .flatMap(([rel, file]) => expected(file, `${outer}!/inner.zip!/${rel}`))
    expect(sorted(found)).toEqual(sorted([...expectedTree(`${outer}!/inner.tar.gz!/`), ...viaZip]))
  })

  it('lists every member it read as an input with its kind', async () => {
    const archive = join(dir, 'kinds.tar.gz')
    const root = join(dir, 'kinds')
    plantTree(root)
    copyFileSync(join(CORPUS, 'proc/debian-11-5.10.0-10-qemu/meminfo'), join(root, 'meminfo'))
    mkdirSync(join(root, 'proc/sys/vm'), { recursive: true })
    copyFileSync(
      join(CORPUS, 'proc/rhcos-4.18.0-80-xeon/sys/vm/min_free_kbytes'),
      join(root, 'proc/sys/vm/min_free_kbytes'),
    )
    run('tar', ['-czf', archive, '-C', root, '.'])
    const parsed = await readCase([archive])
    const kinds = Object.fromEntries(parsed.inputs.map((i) => [i.path, i.kind]))
    expect(kinds[archive]).toBe('archive')
    expect(kinds[`${archive}!/var/log/messages.1`]).toBe('kernel-log')
    expect(kinds[`${archive}!/meminfo`]).toBe('meminfo')
    expect(kinds[`${archive}!/proc/sys/vm/min_free_kbytes`]).toBe('sysctl')
    expect(parsed.snapshots.map((s) => [s.path, s.kind]).sort()).toEqual([
      [`${archive}!/meminfo`, 'meminfo'],
      [`${archive}!/proc/sys/vm/min_free_kbytes`, 'sysctl'],
    ])
  })
})
