import { describe, expect, it } from 'vitest'
import { parseBuddyLine } from '../../../../shared/parse/report/buddy-line'
import { parseFields } from '../../../../shared/parse/report/fields'
import { parseCounterLine } from '../../../../shared/parse/report/mem-info'
import { parseMemcgLine, parseMemcgStatLine } from '../../../../shared/parse/report/memcg'
import {
  parseHugepages,
  parseLowmemReserve,
  parseRamLine,
  parseSwapLine,
} from '../../../../shared/parse/report/memory-lines'
import { parseTaskHeader, parseTaskRow } from '../../../../shared/parse/report/task-table'
import { parseNodeLine, parseZoneLine } from '../../../../shared/parse/report/zone-line'

describe('zone-line', () => {
  it('reads every field with its unit and the flags', () => {
    const z = parseZoneLine(
      'Node 1 Normal free:79392kB boost:28672kB min:80308kB reserved_highatomic:2048KB pages_scanned:30 all_unreclaimable? yes',
    )
    expect(z).toEqual({
      node: 1,
      zone: 'Normal',
      fields: { free: 79392, boost: 28672, min: 80308, reserved_highatomic: 2048, pages_scanned: 30 },
      kbFields: ['free', 'boost', 'min', 'reserved_highatomic'],
      flags: { all_unreclaimable: true },
      problems: [],
    })
  })

  it('drops and reports a last field cut short by the terminal', () => {
    const z = parseZoneLine('Normal free:38764kB min:38828kB low:48532kB high:58236kB active_anon:0kB active_file:16')
    expect(z?.fields['active_file']).toBeUndefined()
    expect(z?.problems).toEqual(['field "active_file" looks cut short'])
  })

  it("tolerates a mail client's stray spaces", () => {
    expect(parseFields('isolated(file) :0kB active_file:28k B shmem_thp: 0kB').fields).toEqual({
      'isolated(file)': 0,
      active_file: 28,
      shmem_thp: 0,
    })
  })

  it('reads the per-node line and not a zone line as one', () => {
    expect(parseNodeLine('Node 0 active_anon:2644kB isolated(anon):0kB all_unreclaimable? no')).toMatchObject({
      node: 0,
      fields: { active_anon: 2644, 'isolated(anon)': 0 },
    })
    expect(parseNodeLine('Node 0 DMA free:1kB')).toBeNull()
  })
})

describe('buddy-line', () => {
  it('reads counts, migrate types and the total', () => {
    expect(parseBuddyLine('Node 0 DMA32: 4154*4kB (UMEHC) 2362*8kB (UMEHC) 0*16kB = 35480kB')).toEqual({
      node: 0,
      zone: 'DMA32',
      counts: [4154, 2362, 0],
      types: ['UMEHC', 'UMEHC', null],
      sizesKb: [4, 8, 16],
      totalKb: 35480,
      problems: [],
    })
  })

  it('reads 64 kB base pages and reports a line with no total', () => {
    const b = parseBuddyLine('Node 0 DMA32: 12*64kB (UM) 10*128kB (UM)')
    expect(b?.sizesKb[0]).toBe(64)
    expect(b?.problems).toHaveLength(1)
  })
})

describe('memory-lines', () => {
  it('reads lowmem_reserve and 2.6.10 protections', () => {
    expect(parseLowmemReserve('lowmem_reserve[]: 0 1935 1935 1935')).toEqual([0, 1935, 1935, 1935])
    expect(parseLowmemReserve('protections[]: 0 0 0')).toEqual([0, 0, 0])
  })
  it('reads hugepages, swap and RAM lines', () => {
    expect(
      parseHugepages('Node 0 hugepages_total=2 hugepages_free=1 hugepages_surp=0 hugepages_size=1048576kB'),
    ).toEqual({ node: 0, total: 2, free: 1, surp: 0, sizeKb: 1048576 })
    expect(parseSwapLine('Free swap  = 774396kB')).toEqual({ kind: 'free-swap', kb: 774396 })
    expect(parseSwapLine('Swap cache stats: add 4, delete 4, find 0/0')).toEqual({ kind: 'swap-stats' })
    expect(parseRamLine('1766457 pages HighMem/MovableOnly')).toEqual({ key: 'highmemPages', pages: 1766457 })
    expect(parseRamLine('262128 pages of RAM')).toEqual({ key: 'totalPages', pages: 262128 })
    expect(parseRamLine('8192 pages cma reserved')).toEqual({ key: 'cmaReservedPages', pages: 8192 })
  })
  it('reads counters only when every token is a unit-less counter', () => {
    expect(parseCounterLine('active_anon:1 inactive_anon:2 isolated_anon:0')).toEqual({
      active_anon: 1,
      inactive_anon: 2,
      isolated_anon: 0,
    })
    expect(parseCounterLine('high:96kB active_anon:0kB')).toBeNull()
  })
  it('reads the whole pairs of a counter line cut in its last key, and nothing of a line cut into a unit', () => {
    const line =
      'active_anon:110175 inactive_anon:110433 isolated_anon:0 active_file:68 inactive_file:2679 isolated_file:0'
    const whole = { active_anon: 110175, inactive_anon: 110433, isolated_anon: 0, active_file: 68, inactive_file: 2679 }
    for (const width of [90, 93, 100]) expect(parseCounterLine(line.slice(0, width)), `cut at ${width}`).toEqual(whole)
    expect(parseCounterLine('high:96kB active_anon:0kB act')).toBeNull()
  })
})

describe('memcg', () => {
  it('reads the v1 and v2 lines', () => {
    expect(parseMemcgLine('Task in /a killed as a result of limit of /b')).toEqual({
      kind: 'task-in',
      taskPath: '/a',
      limitPath: '/b',
    })
    expect(parseMemcgLine('memory+swap: usage 2592556kB, limit 9007199254740988kB, failcnt 0')).toMatchObject({
      counter: 'memory+swap',
      usageKb: 2592556,
    })
    expect(parseMemcgLine('Memory cgroup stats for /leaker: cache:80KB rss:516948KB')).toEqual({
      kind: 'stats-title',
      path: '/leaker',
      inline: { cache: 80, rss: 516948 },
    })
    expect(parseMemcgLine('Memory cgroup stats for /foo:')).toEqual({ kind: 'stats-title', path: '/foo', inline: {} })
    expect(parseMemcgStatLine('kernel_stack 36864')).toEqual([{ key: 'kernel_stack', value: 36864 }])
    // Several run together (an rsyslog record, a joined paste).
    expect(parseMemcgStatLine('file_mapped 0 file_dirty 4096')).toEqual([
      { key: 'file_mapped', value: 0 },
      { key: 'file_dirty', value: 4096 },
    ])
    expect(parseMemcgStatLine('kernel_stack 36864 x')).toBeNull()
  })
})

describe('task-table', () => {
  it('reads every header generation and maps rows by column', () => {
    const old = parseTaskHeader('[ pid ]   uid  tgid total_vm      rss cpu oom_adj name')!
    expect(parseTaskRow('[ 1234]     0  1234     5000     1000   1     -17 sshd', old)).toMatchObject({
      pid: 1234,
      cpu: 1,
      oomAdj: -17,
      oomScoreAdj: null,
      name: 'sshd',
    })
    const v68 = parseTaskHeader(
      '[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj name',
    )!
    expect(
      parseTaskRow(
        '[   1888]  1001  1888 313563960  3774152  3774152        0        0 17367040        0             0 astar collator',
        v68,
      ),
    ).toMatchObject({
      rss: 3774152,
      rssAnon: 3774152,
      rssFile: 0,
      pgtablesBytes: 17367040,
      nrPtes: null,
      name: 'astar collator',
    })
  })
  it('guesses columns from their count when no header was printed', () => {
    expect(
      parseTaskRow('[  301]     0   301      807      232       3        0             0 upstart-udev-br', null),
    ).toMatchObject({ nrPtes: 3, swapents: 0, oomScoreAdj: 0 })
  })
})
