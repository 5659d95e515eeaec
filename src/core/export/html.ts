// HTML report: one self-contained page (inline CSS, no script, no external resources) with each article highlighted.
import { KIND_DESCRIPTIONS, KIND_LABELS } from '../model/kinds';
import { RELIABILITY_LABELS } from '../model/ratings';
import type { ExportArticle, ExportContext } from './article';
import { collectClaims, summarizeByKind, summarizeBySource, type ClaimRecord } from './collect';
import { escapeHtml as h } from './htmlEscape';
import { claimAnchor, highlightArticle, rowAnchor, stateSymbol } from './htmlHighlight';
import { REPORT_CSS } from './htmlStyle';
import { articleTally, describeTally } from './tally';

const LEGEND = `<section class="legend" aria-label="Legend">
<h2>Legend</h2>
<dl>
<dt><mark class="confirmed">confirmed</mark> ✓</dt><dd>a claim the reader confirmed (solid underline)</dd>
<dt><mark class="suggested">suggested</mark> ?</dt><dd>a claim detected automatically, not yet reviewed (dashed underline)</dd>
<dt><mark class="suggested overlap">overlap</mark></dt><dd>text that belongs to more than one claim (double underline)</dd>
<dt>⚠ orphan</dt><dd>a claim whose quote is no longer found in the article; listed in the table only</dd>
<dt>B2</dt><dd>Admiralty code: source reliability A (completely reliable) … F (cannot be judged), then information credibility 1 (confirmed) … 6 (cannot be judged)</dd>
</dl>
<p>Numbers in brackets lead to the claim's row in the table; the number in the table leads back to the text. Rejected claims are counted but not shown.</p>
</section>`;

function sourceTable(records: ClaimRecord[]): string {
  const summaries = summarizeBySource(records);
  if (summaries.length === 0) return '';
  const rows = summaries.map((s) => {
    const reliability = s.reliability === null ? '–' : `${s.reliability} — ${h(RELIABILITY_LABELS[s.reliability])}`;
    return `<tr><td>${s.name === null ? '<em>Untagged</em>' : h(s.name)}</td><td>${reliability}</td><td class="number">${s.claims}</td>` +
      `<td class="number">${s.confirmed}</td><td class="number">${s.suggested}</td><td>${h(s.codes.join(', '))}</td></tr>`;
  });
  return `<table class="sources">
<caption>Claims by source</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Reliability</th><th scope="col">Claims</th><th scope="col">Confirmed</th><th scope="col">Suggested</th><th scope="col">Ratings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The kind in words, its meaning on hover; "set by hand" when the reader chose it. */
function kindCell({ claim }: ClaimRecord): string {
  if (claim.kind === null) return '–';
  const by = claim.kindOrigin === 'manual' ? ' (set by hand)' : '';
  return `<abbr title="${h(KIND_DESCRIPTIONS[claim.kind])}">${h(KIND_LABELS[claim.kind])}</abbr>${by}`;
}

function claimRow(record: ClaimRecord, articleIndex: number): string {
  const { claim } = record;
  const number = claim.orphan ? `${record.number}` : `<a href="#${claimAnchor(articleIndex, record)}">${record.number}</a>`;
  const state = `${stateSymbol(record)} ${claim.state}${claim.orphan ? ', orphan' : ''}`;
  const details = [
    claim.hedges.length ? `Hedges: ${h(claim.hedges.map((x) => x.text).join(', '))}` : '',
    claim.note ? `Note: ${h(claim.note).replace(/\r\n|\r|\n/g, '<br>')}` : '',
    claim.tags.length ? `Tags: ${h(claim.tags.join(', '))}` : '',
  ].filter(Boolean);
  const source = record.source ? h(record.source.name) : `<em>Untagged</em>${claim.source ? ` (detected: ${h(claim.source.text)})` : ''}`;
  return `<tr id="${rowAnchor(articleIndex, record)}"><td class="number">${number}</td><td class="number">${record.line ?? '–'}</td>` +
    `<td>${source}</td><td>${record.rating ? `<abbr title="${h(record.rating)}">${h(record.code)}</abbr>` : '–'}</td>` +
    `<td>${h(state)}</td><td>${kindCell(record)}</td><td><blockquote>${h(claim.target.exact)}</blockquote></td><td>${details.join('<br>')}</td></tr>`;
}

function claimTable(records: ClaimRecord[], articleIndex: number): string {
  if (records.length === 0) return '';
  return `<table class="claims">
<caption>Claims</caption>
<thead><tr><th scope="col">#</th><th scope="col">Line</th><th scope="col">Source</th><th scope="col">Rating</th><th scope="col">State</th><th scope="col">Kind</th><th scope="col">Claim</th><th scope="col">Hedges, note, tags</th></tr></thead>
<tbody>
${records.map((r) => claimRow(r, articleIndex)).join('\n')}
</tbody>
</table>`;
}

function kindLine(records: ClaimRecord[]): string {
  const kinds = summarizeByKind(records);
  if (kinds.length === 0) return '';
  return `<p class="kinds">Kinds: ${kinds.map((k) => `${k.kind === null ? 'not known' : h(KIND_LABELS[k.kind])} ${k.claims}`).join(' · ')}.</p>\n`;
}

function articleSection(article: ExportArticle, index: number): string {
  const records = collectClaims(article, { rejected: false });
  return `<article>
<h2>${h(article.label)}</h2>
<p class="tally">${h(describeTally(articleTally(article.sidecar)))}</p>
${kindLine(records)}${sourceTable(records)}
<div class="text">${highlightArticle(article.text, records, index)}</div>
${claimTable(records, index)}
</article>`;
}

export function formatHtml(articles: ExportArticle[], context: ExportContext): string {
  const title = articles.length === 1 ? `ClaimLens report — ${articles[0].label}` : 'ClaimLens report';
  const generator = `${context.generator.name} ${context.generator.version}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="${h(generator)}">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
<p class="meta">Generated ${h(context.generated)} by ${h(generator)}.</p>
</header>
${LEGEND}
${articles.map(articleSection).join('\n')}
</body>
</html>
`;
}
