// Markdown report: per article, a summary table by source, then every claim with its quote, rating and notes.
import { KIND_LABELS } from '../model/kinds';
import { RELIABILITY_LABELS } from '../model/ratings';
import type { ExportArticle, ExportContext } from './article';
import { collectClaims, summarizeByKind, summarizeBySource, type ClaimRecord } from './collect';
import { escapeMarkdownInline as md, markdownBlockQuote } from './markdownEscape';
import { MARKDOWN_REPORT_HEADING } from './exportTarget';
import { articleTally, describeTally } from './tally';

function sourceTable(records: ClaimRecord[]): string[] {
  const summaries = summarizeBySource(records);
  if (summaries.length === 0) return [];
  return [
    '| Source | Reliability | Claims | Confirmed | Suggested | Ratings |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...summaries.map((s) => {
      const name = s.name === null ? '*Untagged*' : md(s.name);
      const reliability = s.reliability === null ? '–' : `${s.reliability} — ${md(RELIABILITY_LABELS[s.reliability])}`;
      return `| ${name} | ${reliability} | ${s.claims} | ${s.confirmed} | ${s.suggested} | ${s.codes.join(', ')} |`;
    }),
    '',
  ];
}

/** `Kinds: statement 3 · belief 1 · not known 1.`, or nothing when no claim is listed. */
function kindLine(records: ClaimRecord[]): string[] {
  const kinds = summarizeByKind(records);
  if (kinds.length === 0) return [];
  return [`Kinds: ${kinds.map((k) => `${k.kind === null ? 'not known' : KIND_LABELS[k.kind]} ${k.claims}`).join(' · ')}.`, ''];
}

function claimSection(record: ClaimRecord): string[] {
  const { claim } = record;
  const who = record.source ? `**${md(record.source.name)}**` : '*Untagged*';
  const place = record.line === null ? 'orphan' : `line ${record.line}`;
  const heading = `### ${record.number}. ${who}${record.code ? ` · ${record.code}` : ''} (${place})`;
  const facts = [
    `- State: ${claim.state}${claim.orphan ? ' — orphan: this quote is no longer found in the article' : ''}`,
    ...(claim.kind ? [`- Kind: ${KIND_LABELS[claim.kind]}${claim.kindOrigin === 'manual' ? ' (set by hand)' : ''}`] : []),
    ...(record.rating ? [`- Rating: ${md(record.rating)}`] : []),
    ...(claim.source || claim.cue
      ? [`- Detected: ${[claim.source && `source “${md(claim.source.text)}”`, claim.cue && `cue “${md(claim.cue.text)}”`].filter(Boolean).join(', ')}`]
      : []),
    ...(claim.hedges.length ? [`- Hedges: ${claim.hedges.map((h) => md(h.text)).join(', ')}`] : []),
    ...(claim.note ? [`- Note: ${md(claim.note)}`] : []),
    ...(claim.tags.length ? [`- Tags: ${claim.tags.map(md).join(', ')}`] : []),
  ];
  return [heading, '', markdownBlockQuote(claim.target.exact), '', ...facts, ''];
}

function articleSection(article: ExportArticle): string[] {
  const records = collectClaims(article, { rejected: false });
  const tally = articleTally(article.sidecar);
  return [
    `## ${md(article.label)}`,
    '',
    describeTally(tally) + (tally.byState.rejected ? ' Rejected claims are not listed.' : ''),
    '',
    ...kindLine(records),
    ...sourceTable(records),
    ...records.flatMap(claimSection),
  ];
}

export function formatMarkdown(articles: ExportArticle[], context: ExportContext): string {
  const total = articles.reduce((n, a) => n + a.sidecar.claims.length, 0);
  const lines = [
    MARKDOWN_REPORT_HEADING,
    '',
    `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, ${total} ${total === 1 ? 'claim' : 'claims'}. ` +
      `Generated ${context.generated} by ${md(context.generator.name)} ${md(context.generator.version)}.`,
    '',
    ...articles.flatMap(articleSection),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}
