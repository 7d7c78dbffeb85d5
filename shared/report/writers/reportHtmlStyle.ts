// The report's HTML stylesheet, inlined so the file stands alone: a calm reading layout on screen, and for print A4
// pages with the title page, the contents and every section starting a page, and no table row, figure or quote split.
export const REPORT_HTML_STYLE = `
:root { color-scheme: light; --ink: #1d2125; --muted: #5b6370; --rule: #d5d9df; --tint: #f4f6f8; --accent: #2f5d8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef0f3; color: var(--ink); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.report { max-width: 52rem; margin: 2rem auto; padding: 3rem 3.5rem; background: #ffffff; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
.title-page { padding: 4rem 0 3rem; border-bottom: 2px solid var(--ink); margin-bottom: 2rem; }
.title-page .subtitle { margin: 0 0 0.5rem; color: var(--muted); font-size: 1rem; letter-spacing: 0.06em; text-transform: uppercase; }
.title-page h1 { margin: 0 0 1.25rem; font-size: 2.4rem; line-height: 1.2; }
.title-page .date-line { margin: 0; color: var(--muted); }
.contents { margin-bottom: 2.5rem; }
.contents h2 { font-size: 1.1rem; margin: 0 0 0.5rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); border: 0; padding: 0; }
.contents ol { margin: 0; padding-left: 1.5rem; }
.contents li { margin: 0.2rem 0; }
a { color: var(--accent); }
.report-section { margin-top: 2.5rem; }
h2, h3, h4, h5 { line-height: 1.3; margin: 1.75rem 0 0.6rem; }
.report-section > h2 { font-size: 1.7rem; margin-top: 0; padding-bottom: 0.35rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.3rem; }
h4 { font-size: 1.1rem; }
h5 { font-size: 1rem; }
p, ul, ol, dl { margin: 0 0 1rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.45em; vertical-align: baseline; }
.note { color: var(--muted); font-style: italic; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; padding: 0.75rem 1rem; background: var(--tint); border-radius: 6px; }
.facts div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.quote { margin: 0 0 1.25rem; padding: 0.6rem 1.1rem; border-left: 4px solid var(--accent); background: var(--tint); }
.quote p { margin: 0 0 0.4rem; font-size: 1.05rem; }
.quote footer { color: var(--muted); font-size: 0.9rem; }
.table-frame { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.7rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
tbody tr:nth-child(even) { background: var(--tint); }
.figure { margin: 1.5rem 0; text-align: center; }
.figure-drawing { display: inline-block; max-width: 100%; padding: 0.5rem; border: 1px solid var(--rule); border-radius: 6px; background: #ffffff; }
.figure-drawing svg { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: 0.5rem; color: var(--muted); font-size: 0.95rem; }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { background: #ffffff; font-size: 11pt; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .title-page { border-bottom: 0; padding-top: 30%; }
  .contents, .report-section { break-before: page; }
  .report-section { margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4, h5 { break-after: avoid; }
  tr, figure, blockquote, .facts div { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-frame { overflow: visible; }
  tbody tr:nth-child(even), .quote, .facts { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
