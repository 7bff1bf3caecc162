/**
 * The report's inline stylesheet: screen and print. Print rules keep a table row, a chart, a finding
 * and a callout on one page, repeat table headers on every page, start each event on a new page, and
 * wrap long log lines instead of cutting them at the margin.
 */
export const HTML_STYLES = `
:root { --ink:#1d2330; --muted:#5b6475; --rule:#d8dde6; --bad:#b71c1c; --warn:#a85d00; --good:#1b5e20;
  --bad-bg:#fdecea; --warn-bg:#fff4e0; --good-bg:#e8f5e9; --accent:#2f6fd6; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "WenQuanYi Micro Hei",
  system-ui, sans-serif; font-size: 9.5pt; color: var(--ink); line-height: 1.45; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 8mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; padding-bottom: 1.5mm; border-bottom: 2px solid var(--accent); }
h3 { font-size: 12pt; margin: 6mm 0 2mm; color: #24324a; }
h4 { font-size: 10.5pt; margin: 0 0 1mm; }
p { margin: 1.5mm 0; }
code, pre, .mono { font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", monospace; font-size: 8.6pt; }
.cover { border-bottom: 1px solid var(--rule); padding-bottom: 3mm; margin-bottom: 4mm; }
.cover .meta { color: var(--muted); }
nav.toc ol { margin: 1mm 0 0 5mm; padding: 0; }
nav.toc a { color: var(--ink); text-decoration: none; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 5mm; margin: 2mm 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts .note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 8pt; }
th, td { border-bottom: 1px solid var(--rule); padding: 1mm 1.2mm; text-align: left; vertical-align: top; }
th { background: #f1f4f8; font-weight: 600; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.tone-bad td:first-child { box-shadow: inset 3px 0 0 var(--bad); }
tr.tone-good td:first-child { box-shadow: inset 3px 0 0 var(--good); }
tr.tone-muted td { color: var(--muted); }
td.tone-bad, span.tone-bad { color: var(--bad); font-weight: 600; }
td.tone-warn, span.tone-warn { color: var(--warn); }
td.tone-good, span.tone-good { color: var(--good); }
td.nowrap { white-space: nowrap; }
td.wide { min-width: 24mm; }
.table-note { color: var(--muted); font-size: 8.5pt; margin-top: -1mm; }
.callout { border-left: 4px solid var(--bad); background: var(--bad-bg); padding: 2.5mm 4mm; margin: 3mm 0; }
.callout.warn { border-color: var(--warn); background: var(--warn-bg); }
.callout h4 { margin-bottom: 1mm; }
.callout ul { margin: 0; padding-left: 5mm; }
.finding { border: 1px solid var(--rule); border-left: 4px solid var(--muted); padding: 2.5mm 4mm; margin: 2.5mm 0; }
.finding.sev-critical { border-left-color: var(--bad); }
.finding.sev-warning { border-left-color: var(--warn); }
.finding.sev-info { border-left-color: var(--accent); }
.badge { display: inline-block; font-size: 8pt; font-weight: 700; text-transform: uppercase; padding: 0.2mm 1.6mm;
  border-radius: 2px; background: #e3e7ee; margin-right: 1.5mm; vertical-align: 1px; }
.sev-critical .badge { background: var(--bad); color: #fff; }
.sev-warning .badge { background: var(--warn); color: #fff; }
.finding .code { color: var(--muted); font-size: 8pt; margin-left: 1.5mm; }
.evidence-label { color: var(--muted); font-size: 8.5pt; margin-top: 1.5mm; }
.code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", monospace; font-size: 8pt;
  background: #f6f7f9; border: 1px solid #e6e9ef; padding: 1.5mm 2.5mm; margin: 1mm 0; }
.code .line { white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 4ch; text-indent: -4ch; }
.code .ln { color: #8a93a3; user-select: none; }
figure { margin: 3mm 0; }
figcaption { font-weight: 600; font-size: 9.5pt; margin-bottom: 1mm; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
ul.plain { padding-left: 5mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2, h3, h4, figcaption { break-after: avoid; page-break-after: avoid; }
  .part { break-before: page; page-break-before: always; }
  figure, .callout, tr, dl.facts > *, .code .line { break-inside: avoid; page-break-inside: avoid; }
  /* Widows and orphans for a block of log lines (each line is its own box, so the properties of that
     name do not apply): no page starts with a block's last two lines or ends after its first two. */
  .code .line:nth-last-child(-n + 2), .code .line:nth-child(2), .code .line:nth-child(3) { break-before: avoid; page-break-before: avoid; }
  /* A long finding may continue on the next page, but its title stays with its first lines. */
  .finding h4, .finding p { break-inside: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  nav.toc a::after { content: ""; }
  a { color: inherit; text-decoration: none; }
}
`
