// HTML report: one self-contained page (inline CSS, no script, no external resources) with each article highlighted.
import { ENGLISH, type Words } from '../words';
import type { ExportArticle, ExportContext } from './article';
import { collectClaims, summarizeByKind, summarizeBySource, type ClaimRecord } from './collect';
import { sourceWording } from '../model/sourceNames';
import { escapeHtml as h } from './htmlEscape';
import { claimAnchor, highlightArticle, rowAnchor, stateSymbol } from './htmlHighlight';
import { REPORT_CSS } from './htmlStyle';
import { articleTally, describeTally } from './tally';

function legend(words: Words): string {
  const w = words.report;
  const states = words.claim.states;
  return `<section class="legend" aria-label="${h(w.legend)}">
<h2>${h(w.legend)}</h2>
<dl>
<dt><mark class="confirmed">${h(states.confirmed)}</mark> ✓</dt><dd>${h(w.legendConfirmed)}</dd>
<dt><mark class="suggested">${h(states.suggested)}</mark> ?</dt><dd>${h(w.legendSuggested)}</dd>
<dt><mark class="suggested overlap">${h(w.legendOverlapTerm)}</mark></dt><dd>${h(w.legendOverlap)}</dd>
<dt>⚠ ${h(words.claim.orphan)}</dt><dd>${h(w.legendOrphan)}</dd>
<dt>B2</dt><dd>${h(w.legendCode)}</dd>
</dl>
<p>${h(w.legendNavigation)}</p>
</section>`;
}

function sourceTable(records: ClaimRecord[], words: Words): string {
  const summaries = summarizeBySource(records);
  if (summaries.length === 0) return '';
  const w = words.report;
  const rows = summaries.map((s) => {
    const reliability = s.reliability === null ? '–' : `${s.reliability} — ${h(words.rating.reliability[s.reliability])}`;
    return `<tr><td class="source">${s.name === null ? `<em>${h(w.untagged)}</em>` : h(s.name)}</td><td>${reliability}</td><td class="number">${s.claims}</td>` +
      `<td class="number">${s.confirmed}</td><td class="number">${s.suggested}</td><td>${h(s.codes.join(', '))}</td></tr>`;
  });
  const headings = [w.source, w.reliability, w.claims, w.confirmed, w.suggested, w.ratings].map((title) => `<th scope="col">${h(title)}</th>`);
  return `<div class="table-scroll"><table class="sources">
<caption>${h(w.claimsBySource)}</caption>
<thead><tr>${headings.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

/** The kind in words, its meaning on hover; "set by hand" when the reader chose it. */
function kindCell({ claim }: ClaimRecord, words: Words): string {
  if (claim.kind === null) return '–';
  const by = claim.kindOrigin === 'manual' ? ` (${h(words.claim.kindSetByHand)})` : '';
  return `<abbr title="${h(words.claim.kindDescriptions[claim.kind])}">${h(words.claim.kinds[claim.kind])}</abbr>${by}`;
}

function claimRow(record: ClaimRecord, articleIndex: number, words: Words): string {
  const { claim } = record;
  const w = words.report;
  const number = claim.orphan ? `${record.number}` : `<a href="#${claimAnchor(articleIndex, record)}">${record.number}</a>`;
  const state = `${stateSymbol(record)} ${words.claim.states[claim.state]}${claim.orphan ? `, ${words.claim.orphan}` : ''}`;
  const details = [
    claim.hedges.length ? `${h(w.hedges)}: ${h(claim.hedges.map((x) => x.text).join(', '))}` : '',
    claim.note ? `${h(w.note)}: ${h(claim.note).replace(/\r\n|\r|\n/g, '<br>')}` : '',
    claim.tags.length ? `${h(w.tags)}: ${h(claim.tags.join(', '))}` : '',
  ].filter(Boolean);
  const source = record.source ? h(record.source.name) : `<em>${h(w.untagged)}</em>${claim.source ? ` (${h(w.detectedSourceInline(sourceWording(claim.source.text)))})` : ''}`;
  return `<tr id="${rowAnchor(articleIndex, record)}"><td class="number">${number}</td><td class="number">${record.line ?? '–'}</td>` +
    `<td class="source">${source}</td><td>${record.rating ? `<abbr title="${h(record.rating)}">${h(record.code)}</abbr>` : '–'}</td>` +
    `<td>${h(state)}</td><td>${kindCell(record, words)}</td><td class="quote"><blockquote>${h(claim.target.exact)}</blockquote></td><td class="details">${details.join('<br>')}</td></tr>`;
}

function claimTable(records: ClaimRecord[], articleIndex: number, words: Words): string {
  if (records.length === 0) return '';
  const w = words.report;
  const headings = [w.number, w.lineColumn, w.source, w.rating, w.state, w.kind, w.claim, w.hedgesNoteTags].map((title) => `<th scope="col">${h(title)}</th>`);
  return `<div class="table-scroll"><table class="claims">
<caption>${h(w.claims)}</caption>
<thead><tr>${headings.join('')}</tr></thead>
<tbody>
${records.map((r) => claimRow(r, articleIndex, words)).join('\n')}
</tbody>
</table></div>`;
}

function kindLine(records: ClaimRecord[], words: Words): string {
  const kinds = summarizeByKind(records);
  if (kinds.length === 0) return '';
  const counts = kinds.map((k) => `${h(k.kind === null ? words.claim.kindNotKnown : words.claim.kinds[k.kind])} ${k.claims}`);
  return `<p class="kinds">${h(words.report.kinds)}: ${counts.join(' · ')}.</p>\n`;
}

function articleSection(article: ExportArticle, index: number, words: Words): string {
  const records = collectClaims(article, { rejected: false, words: words.rating });
  return `<article>
<h2>${h(article.label)}</h2>
<p class="tally">${h(describeTally(articleTally(article.sidecar), words.report))}</p>
${kindLine(records, words)}${sourceTable(records, words)}
<div class="text">${highlightArticle(article.text, records, index, words)}</div>
${claimTable(records, index, words)}
</article>`;
}

/** One page in the words of `context` (English by default), its `lang` the language of those words. */
export function formatHtml(articles: ExportArticle[], context: ExportContext): string {
  const words = context.words ?? ENGLISH;
  const title = articles.length === 1 ? words.report.titleOf(articles[0].label) : words.report.title;
  const generator = `${context.generator.name} ${context.generator.version}`;
  return `<!DOCTYPE html>
<html lang="${h(words.language)}">
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
<p class="meta">${h(words.report.generated(context.generated, generator))}</p>
</header>
${legend(words)}
${articles.map((article, index) => articleSection(article, index, words)).join('\n')}
</body>
</html>
`;
}
