import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfText } from './pdf-tools'
import { GIVEN } from '../../support/given'
import { runOomlens, type CliRun } from '../../support/run-oomlens'

const SEED = `${GIVEN}/seeds/000_837a5290c71a1525.txt`
const SEED_CMA = `${GIVEN}/seeds/004_ea3218911f7eb801.txt`

function oomlens(args: readonly string[], cwd: string): CliRun {
  return runOomlens(args, { cwd })
}

function caseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-cli-report-'))
  copyFileSync(SEED, join(dir, 'messages'))
  return dir
}

describe('oomlens report', () => {
  it('writes the -o file only, nothing next to the input and nothing on stdout', () => {
    const dir = caseDir()
    const outDir = mkdtempSync(join(tmpdir(), 'oomlens-cli-out-'))
    const run = oomlens(['report', join(dir, 'messages'), '-o', join(outDir, 'case.html')], outDir)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(readdirSync(dir)).toEqual(['messages'])
    expect(readFileSync(join(outDir, 'case.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
    expect(run.stderr).toMatch(/wrote .*case\.html \(html, 1 event\(s\)/)
  })

  it('prints a Letter PDF in Chinese with the pinned what-if scenario when given --lang, --paper and --set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oomlens-cli-report-'))
    copyFileSync(SEED_CMA, join(dir, 'messages'))
    const args = ['report', 'messages', '-o', 'r.pdf', '--lang', 'zh-CN', '--paper', 'Letter']
    const run = oomlens([...args, '--set', 'min_free_kbytes=1024'], dir)
    expect(run.code).toBe(0)
    const pdf = readFileSync(join(dir, 'r.pdf'))
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/)
    const { text } = await pdfText(pdf)
    expect(text).toContain('min_free_kbytes=1024')
    expect(text).toContain('oncealloc2 (1440)')
  })

  it('exits 2 when the output extension is not .pdf, .html or .md', () => {
    const dir = caseDir()
    const run = oomlens(['report', 'messages', '-o', 'case.docx'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/case\.docx.*\.pdf, \.html or \.md/)
    expect(existsSync(join(dir, 'case.docx'))).toBe(false)
  })

  it('exits 2 and keeps the evidence when -o names one of the inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oomlens-cli-report-'))
    copyFileSync(SEED, join(dir, 'pasted.md'))
    const run = oomlens(['report', 'pasted.md', '-o', join(dir, 'pasted.md')], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/pasted\.md is an input or lies inside one; refusing to write into the evidence/)
    expect(readFileSync(join(dir, 'pasted.md'))).toEqual(readFileSync(SEED))
  })

  it('exits 2 and writes nothing when -o lies inside an input folder', () => {
    const dir = caseDir()
    const run = oomlens(['report', dir, '-o', join(dir, 'inside.md')], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/inside\.md is an input or lies inside one/)
    expect(existsSync(join(dir, 'inside.md'))).toBe(false)
  })

  it('exits 3 naming the path when an input cannot be read', () => {
    const dir = caseDir()
    const run = oomlens(['report', join(dir, 'nope.log'), '-o', join(dir, 'r.md')], dir)
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('nope.log')
    expect(existsSync(join(dir, 'r.md'))).toBe(false)
  })

  it('exits 2 with a way out when the Chromium given for the PDF does not exist', () => {
    const dir = caseDir()
    const run = oomlens(['report', 'messages', '-o', 'r.pdf', '--chromium', '/nonexistent/chromium'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/no Chromium found.*\/nonexistent\/chromium.*--chromium PATH/)
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false)
  })
})
