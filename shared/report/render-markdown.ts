/**
 * ReportDoc → Markdown. Every piece of text is escaped (`<`, `>` and `&` as entities, Markdown
 * punctuation backslashed, control and bidi characters made visible); raw log lines go into fenced
 * blocks whose fence is longer than any backtick run inside. Charts become tables of their numbers.
 */
import type { Lang } from '../i18n/lang'
import { chartTable } from './chart-table'
import { formatTime, shortPath } from './format'
import type { Block, ReportDoc, TableCell } from './report-doc-types'
import { escapeMarkdown as md, neutralizeText } from './safe-text'

function fence(lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))))
  const bar = '`'.repeat(longest + 1)
  return [`${bar}text`, ...lines, bar]
}

function cell(c: TableCell): string {
  const body = md(c.text) || ' '
  return c.tone === 'bad' ? `**${body}**` : body
}

function table(block: Extract<Block, { type: 'table' }>): string[] {
  const head = `| ${block.columns.map((c) => md(c.label) || ' ').join(' | ')} |`
  const rule = `|${block.columns.map((c) => (c.numeric ? ' ---: ' : ' --- ')).join('|')}|`
  const rows = block.rows.map((r) => `| ${r.cells.map(cell).join(' | ')} |`)
  return [
    ...(block.caption ? [`**${md(block.caption)}**`, ''] : []),
    head,
    rule,
    ...rows,
    ...(block.note ? ['', `_${md(block.note)}_`] : []),
  ]
}

function blockLines(block: Block, lang: Lang): string[] {
  switch (block.type) {
    case 'paragraph':
      return [md(block.text)]
    case 'facts':
      return block.items.map((f) => `- **${md(f.label)}:** ${md(f.value)}${f.note ? ` — ${md(f.note)}` : ''}`)
    case 'table':
      return table(block)
    case 'chart': {
      const asTable = chartTable(block.spec, lang)
      return asTable && asTable.type === 'table' ? [`**${md(block.caption)}**`, '', ...table(asTable)] : []
    }
    case 'findings':
      return block.items.flatMap((f) => [
        `#### ${md(`[${f.severityLabel}] ${f.title}`)} \`${f.code}\``,
        '',
        md(f.detail),
        '',
        `${md(block.evidenceLabel)}:`,
        '',
        ...fence(f.evidence.map((e) => `${shortPath(e.path)}:${e.line}  ${neutralizeText(e.text)}`)),
        '',
      ])
    case 'list':
      return block.items.map((item) => `- ${md(item)}`)
    case 'code': {
      const width = String(block.lines.reduce((m, l) => Math.max(m, l.line ?? 0), 0)).length
      const lines = block.lines.map((l) => `${String(l.line ?? '').padStart(width)} | ${neutralizeText(l.text)}`)
      return [
        ...(block.caption ? [`\`${neutralizeText(block.caption).replace(/`/g, "'")}\``, ''] : []),
        ...fence(lines),
      ]
    }
    case 'callout':
      return [`> **${md(block.title)}**`, '>', ...block.lines.map((l) => `> - ${md(l)}`)]
  }
}

/** Render the report as Markdown (CommonMark + GFM tables). */
export function renderMarkdown(doc: ReportDoc): string {
  const out: string[] = [
    `# ${md(doc.title)}`,
    '',
    `_${md(doc.labels.generated)}: ${md(formatTime(doc.generatedAt))}_`,
    '',
  ]
  out.push(`**${md(doc.labels.contents)}**`, '')
  for (const s of doc.sections.filter((x) => x.level === 1)) out.push(`- ${md(s.title)}`)
  out.push('')
  for (const section of doc.sections) {
    out.push(`${section.level === 1 ? '##' : '###'} ${md(section.title)}`, '')
    for (const block of section.blocks) out.push(...blockLines(block, doc.lang), '')
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
