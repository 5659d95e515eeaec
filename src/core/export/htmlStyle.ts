// The inline stylesheet of the HTML report: readable on screen (light and dark), and on paper.

/**
 * Claim state is carried by the underline style and a symbol (✓ confirmed, ? suggested, ⚠ orphan) as well as by colour,
 * so the report stays readable in greyscale print and for colour-blind readers.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #ffffff; --muted: #5c5c5c; --rule: #d0d0d0;
  --confirmed: #fff0a8; --confirmed-line: #8a6d00; --suggested: #e3efff; --suggested-line: #2f5fa7; --overlap-line: #7a2e8a; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e6e6e6; --paper: #1e1e1e; --muted: #a8a8a8; --rule: #444444;
    --confirmed: #5a4a00; --confirmed-line: #ffd84d; --suggested: #1f3556; --suggested-line: #8ab4f8; --overlap-line: #d08ee0; }
}
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper);
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2 { line-height: 1.2; overflow-wrap: anywhere; }
.meta, .tally { color: var(--muted); }
.legend { border: 1px solid var(--rule); padding: .5rem 1rem; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .25rem 0; }
.legend dt, .legend dd { margin: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid var(--rule); padding-left: 1rem; }
mark { color: inherit; padding: 0 .05em; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.confirmed { background: var(--confirmed); text-decoration: underline solid var(--confirmed-line); }
mark.suggested { background: var(--suggested); text-decoration: underline dashed var(--suggested-line); }
mark.overlap { text-decoration: underline double var(--overlap-line); }
a.ref { font-size: .75em; vertical-align: super; line-height: 0; text-decoration: none; color: var(--muted); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
/* A URL or other long word in a source, quote or note wraps instead of widening the page; a window too narrow for
   the columns scrolls the table, not the page. */
td.source, td.quote, td.details { overflow-wrap: anywhere; }
td.source { min-width: 6em; }
td.quote { min-width: 10em; }
td.details { min-width: 8em; }
.table-scroll { overflow-x: auto; }
blockquote { margin: 0; }
@media print {
  :root { --ink: #000000; --paper: #ffffff; --muted: #333333; --rule: #888888;
    --confirmed: #fff0a8; --confirmed-line: #8a6d00; --suggested: #e3efff; --suggested-line: #2f5fa7; --overlap-line: #7a2e8a; }
  body { max-width: none; margin: 0; font-size: 11pt; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  tr, .legend { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  h2 { break-after: avoid; }
  article + article { break-before: page; }
}
`;
