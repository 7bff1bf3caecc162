/**
 * Issue 13: kernel rules live in shared/kernel and shared/model only; shared/diagnose reads the model's
 * verdicts. This scans every diagnose source (comments stripped) for the shapes a second reading of
 * the kernel takes: mask bits, version parsing, zone-order tables, watermark reductions, the
 * min_free_kbytes formula, costly-order and pageblock constants, lowmem_reserve indexing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const DIAGNOSE = join(ROOT, 'shared/diagnose')

const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a hex constant (mask bits)', pattern: /\b0x[0-9a-f]+\b/i },
  {
    what: 'kernel version parsing',
    pattern: /kernelVersion\s*[)\]]?\s*\.|\b(parseKernelVersion|kernelMajorMinor|atLeast)\b|\(\\d\+\)\\\.\(\\d\+\)/,
  },
  { what: 'an import of the kernel rules', pattern: /from\s+'(\.\.\/)+kernel\// },
  { what: 'a zone-order table', pattern: /\[\s*'DMA'\s*,\s*'DMA32'\s*,\s*'Normal'/ },
  {
    what: 'a watermark reduction (ALLOC_HIGH / ALLOC_HARDER)',
    pattern: /Math\.floor\(\s*\(?\s*\w*(min|mark)\w*[^)]*\/\s*[24]\s*\)/i,
  },
  { what: 'the min_free_kbytes formula', pattern: /Math\.sqrt/ },
  {
    what: 'a costly-order or pageblock constant',
    pattern: /\b(PAGE_ALLOC_)?COSTLY_ORDER\b|\bpageblock\w*\s*=\s*\d|\bMAX_ORDER\b/i,
  },
  { what: 'lowmem_reserve indexing', pattern: /lowmemReserve\??\.\[/ },
]

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : []
  })
}

/** Source without comments, line numbers kept. */
function code(text: string): string[] {
  const noBlocks = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
  return noBlocks.split('\n').map((line) => line.replace(/(^|[^:'"`\\])\/\/.*$/, '$1'))
}

describe('diagnose holds no kernel rules', () => {
  it('finds no mask bits, version parsing, zone order, watermark arithmetic or kernel constants in shared/diagnose', () => {
    const hits: string[] = []
    for (const path of sources(DIAGNOSE)) {
      const rel = relative(DIAGNOSE, path)
      code(readFileSync(path, 'utf8')).forEach((line, i) => {
        for (const { what, pattern } of FORBIDDEN)
          if (pattern.test(line)) hits.push(`${rel}:${i + 1} ${what}: ${line.trim()}`)
      })
    }
    expect(hits).toEqual([])
  })

  it('catches each forbidden shape when it is written into a rule', () => {
    const samples = [
      'if (mask & 0x400) canReclaim = true',
      'const v = kernelMajorMinor(event.kernelVersion)',
      "import { gfpZone } from '../../kernel/zones'",
      "const ZONE_ORDER = ['DMA', 'DMA32', 'Normal', 'HighMem']",
      'const wm = min - Math.floor(min / 2)',
      'const def = Math.sqrt(lowmemKb * 16)',
      'const COSTLY_ORDER = 3',
      'const r = zone.lowmemReserve?.[idx]',
    ]
    for (const [i, sample] of samples.entries()) {
      expect(FORBIDDEN[i]?.pattern.test(sample), sample).toBe(true)
    }
  })
})
