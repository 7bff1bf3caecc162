/**
 * ReportDoc → one self-contained HTML file: inline CSS and inline SVG, no script, no external
 * resource, and a Content-Security-Policy that forbids script even if some text slipped through
 * unescaped — safe to attach to a ticket or mail. The same file is the print view for PDF.
 */
import { formatTime, shortPath } from './format'
import { HTML_STYLES } from './html-styles'
import type { Block, FactItem, ReportDoc, ReportSection, TableCell, TableColumn, Tone } from './report-doc-types'
import { escapeHtml as h } from './safe-text'
import { renderChartSvg } from './svg/render-chart-svg'

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const toneClass = (tone: Tone | undefined) => (tone ? ` class="tone-${tone}"` : '')

function fact(f: FactItem): string {
  const note = f.note ? ` <span class="note">— ${h(f.note)}</span>` : ''
  return `<dt>${h(f.label)}</dt><dd><span${toneClass(f.tone)}>${h(f.value)}</span>${note}</dd>`
}

function td(c: TableCell, column: TableColumn | undefined): string {
  const classes = [
    column?.numeric ? 'num' : null,
    column?.nowrap ? 'nowrap' : null,
    column?.wide ? 'wide' : null,
    c.tone ? `tone-${c.tone}` : null,
  ].filter((x) => x !== null)
  return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}>${h(c.text)}</td>`
}

function table(block: Extract<Block, { type: 'table' }>): string {
  const head = block.columns.map((c) => `<th${c.numeric ? ' class="num"' : ''}>${h(c.label)}</th>`).join('')
  const rows = block.rows
    .map(
      (r) =>
        `<tr${r.tone ? ` class="tone-${r.tone}"` : ''}>${r.cells.map((c, i) => td(c, block.columns[i])).join('')}</tr>`,
    )
    .join('\n')
  const caption = block.caption ? `<caption>${h(block.caption)}</caption>` : ''
  const note = block.note ? `<p class="table-note">${h(block.note)}</p>` : ''
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${note}`
}

function block(b: Block, doc: ReportDoc): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${h(b.text)}</p>`
    case 'facts':
      return `<dl class="facts">${b.items.map(fact).join('')}</dl>`
    case 'table':
      return table(b)
    case 'chart':
      return `<figure><figcaption>${h(b.caption)}</figcaption>${renderChartSvg(b.spec, doc.lang)}</figure>`
    case 'findings':
      return b.items
        .map((f) => {
          const evidence = f.evidence
            .map(
              (e) =>
                `<div class="line"><span class="ln">${h(`${shortPath(e.path)}:${e.line}`)}</span>  ${h(e.text)}</div>`,
            )
            .join('')
          return [
            `<div class="finding sev-${h(f.severity)}">`,
            `<h4><span class="badge">${h(f.severityLabel)}</span>${h(f.title)}<span class="code mono">${h(f.code)}</span></h4>`,
            `<p>${h(f.detail)}</p>`,
            evidence
              ? `<div class="evidence-label">${h(b.evidenceLabel)}</div><div class="code">${evidence}</div>`
              : '',
            '</div>',
          ].join('')
        })
        .join('\n')
    case 'list':
      return `<ul class="plain">${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`
    case 'code': {
      const width = String(Math.max(0, ...b.lines.map((l) => l.line ?? 0))).length
      // A hanging indent as wide as the line numbers keeps wrapped log lines clear of the numbers.
      const indent = `style="padding-left: ${width + 2}ch; text-indent: -${width + 2}ch"`
      const lines = b.lines.map(
        (l) =>
          `<div class="line" ${indent}><span class="ln">${String(l.line ?? '').padStart(width)}</span>  ${h(l.text)}</div>`,
      )
      return `${b.caption ? `<p class="mono">${h(b.caption)}</p>` : ''}<div class="code">${lines.join('')}</div>`
    }
    case 'callout':
      return `<div class="callout${b.tone === 'warn' ? ' warn' : ''}"><h4>${h(b.title)}</h4><ul>${b.lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul></div>`
  }
}

function section(s: ReportSection, doc: ReportDoc): string {
  const tag = s.level === 1 ? 'h2' : 'h3'
  const body = `<${tag} id="${h(s.id)}">${h(s.title)}</${tag}>\n${s.blocks.map((b) => block(b, doc)).join('\n')}`
  return s.level === 1 ? body : `<section>${body}</section>`
}

/** Group level-2 sections under their level-1 part, so a part can start a printed page. */
function parts(doc: ReportDoc): string[] {
  const out: string[] = []
  let current: string[] = []
  let breakBefore = false
  const flush = () => {
    if (current.length)
      out.push(`<section class="${breakBefore ? 'part' : 'part-first'}">\n${current.join('\n')}\n</section>`)
  }
  for (const s of doc.sections) {
    if (s.level === 1) {
      flush()
      current = []
      breakBefore = s.pageBreakBefore === true
    }
    current.push(section(s, doc))
  }
  flush()
  return out
}

/** Render the report as a complete HTML document (a string). */
export function renderHtml(doc: ReportDoc): string {
  const toc = doc.sections
    .filter((s) => s.level === 1)
    .map((s) => `<li><a href="#${h(s.id)}">${h(s.title)}</a></li>`)
    .join('')
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(doc.title)}</title>`,
    `<style>${HTML_STYLES}</style>`,
    '</head>',
    '<body>',
    `<header class="cover"><h1>${h(doc.title)}</h1><p class="meta">${h(doc.labels.generated)}: ${h(formatTime(doc.generatedAt))} · OOMLens</p></header>`,
    `<nav class="toc"><strong>${h(doc.labels.contents)}</strong><ol>${toc}</ol></nav>`,
    ...parts(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
