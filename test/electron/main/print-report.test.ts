import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { parseText } from '../../../shared/parse'
import { CORPUS } from '../node/input/build-fixtures'

// What the fake Electron saw: the window options, the HTML it was asked to load, the PDF options.
const seen: {
  options?: Record<string, unknown>
  html?: string
  htmlPath?: string
  pdfOptions?: unknown
  destroyed?: boolean
} = {}
const FAKE_PDF = Buffer.from('%PDF-1.7 fake')

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      printToPDF: async (o: unknown) => ((seen.pdfOptions = o), FAKE_PDF),
    }
    constructor(options: Record<string, unknown>) {
      seen.options = options
    }
    async loadFile(path: string) {
      seen.htmlPath = path
      seen.html = readFileSync(path, 'utf8')
    }
    destroy() {
      seen.destroyed = true
    }
  },
}))

const { writeReportWithElectron } = await import('../../../electron/main/print-report')

const SEED = join(CORPUS, '..', '..', 'seeds', '000_837a5290c71a1525.txt')
const out = mkdtempSync(join(tmpdir(), 'oomlens-print-test-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

function seedCase(): CaseAnalysis {
  const text = readFileSync(SEED, 'utf8')
  const parsed = parseText('seed-000.txt', text)
  return analyzeCase({ inputs: [{ path: 'seed-000.txt', kind: 'kernel-log', bytes: text.length }], ...parsed })
}

describe('print-report', () => {
  it('prints a PDF with Electron from a script-free hidden window and removes the print view', async () => {
    const target = join(out, 'case.pdf')
    await writeReportWithElectron(seedCase(), target, {
      format: 'pdf',
      lang: 'en',
      whatIf: null,
      scenarios: [{ min_free_kbytes: 1024 }],
    })
    expect(readFileSync(target)).toEqual(FAKE_PDF)
    expect(seen.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    })
    expect(seen.html).toContain('pgd_alloc')
    expect(seen.html).toContain('min_free_kbytes')
    expect(seen.html).not.toMatch(/<script/i)
    expect(seen.pdfOptions).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true })
    expect(seen.destroyed).toBe(true)
    expect(existsSync(seen.htmlPath!)).toBe(false)
  })

  it('writes Markdown in the language asked for, re-diagnosing in that language', async () => {
    const target = join(out, 'case.md')
    await writeReportWithElectron(seedCase(), target, { format: 'md', lang: 'zh-CN', whatIf: null })
    const md = readFileSync(target, 'utf8')
    expect(md).toMatch(/[\u4e00-\u9fff]/)
    expect(md).toContain('lowmem-exhausted')
  })
})
