// Reading a printed PDF back: text through pdf-parse (never pdfjs-dist in the same process), pages
// through poppler's pdftoppm as greyscale PGM, so "not blank" is a count of inked pixels.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFParse } from 'pdf-parse'

/** The PDF's text, pages joined; runs of whitespace collapsed to one space so wrapped text still matches. */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    const result = await parser.getText()
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total }
  } finally {
    await parser.destroy()
  }
}

/**
 * Fraction of pixels darker than light grey in each page's body, rendered at `dpi`. The running
 * header and footer (inside the top and bottom margins) are cut off, so a page holding only them
 * counts as blank.
 */
export function inkPerPage(pdf: Uint8Array, dpi = 30, margins = { topMm: 18, bottomMm: 16 }): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-pdf-'))
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf)
    try {
      execFileSync('pdftoppm', ['-gray', '-r', String(dpi), join(dir, 'r.pdf'), join(dir, 'p')])
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      throw missing ? new Error('pdftoppm not found: apt-get install -y --no-install-recommends poppler-utils') : error
    }
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => {
        const rows = (mm: number) => Math.ceil((mm / 25.4) * dpi)
        return inkOf(readFileSync(join(dir, f)), rows(margins.topMm), rows(margins.bottomMm))
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Binary PGM (P5): header `P5 w h max`, then one byte per pixel; rows `skipTop` and `skipBottom` ignored. */
function inkOf(pgm: Buffer, skipTop: number, skipBottom: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a binary PGM')
  const width = Number(header[1])
  const height = Number(header[2])
  const start = header[0].length
  const pixels = pgm.subarray(start + skipTop * width, start + (height - skipBottom) * width)
  let inked = 0
  for (const value of pixels) if (value < 200) inked++
  return inked / pixels.length
}
