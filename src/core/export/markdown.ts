// Markdown report: per article, a summary table by source, then every claim with its quote, rating and notes.
import { ENGLISH, type Words } from '../words';
import type { ExportArticle, ExportContext } from './article';
import { collectClaims, summarizeByKind, summarizeBySource, type ClaimRecord } from './collect';
import { sourceWording } from '../model/sourceNames';
import { escapeMarkdownInline as md, escapeMarkdownLines, markdownBlockQuote } from './markdownEscape';
import { MARKDOWN_REPORT_HEADING } from './exportTarget';
import { articleTally, describeTally } from './tally';

function sourceTable(records: ClaimRecord[], words: Words): string[] {
  const summaries = summarizeBySource(records);
  if (summaries.length === 0) return [];
  const w = words.report;
  return [
    `| ${[w.source, w.reliability, w.claims, w.confirmed, w.suggested, w.ratings].map(md).join(' | ')} |`,
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...summaries.map((s) => {
      const name = s.name === null ? `*${md(w.untagged)}*` : md(s.name);
      const reliability = s.reliability === null ? '–' : `${s.reliability} — ${md(words.rating.reliability[s.reliability])}`;
      return `| ${name} | ${reliability} | ${s.claims} | ${s.confirmed} | ${s.suggested} | ${s.codes.join(', ')} |`;
    }),
    '',
  ];
}

/** `Kinds: statement 3 · belief 1 · not known 1.`, or nothing when no claim is listed. */
function kindLine(records: ClaimRecord[], words: Words): string[] {
  const kinds = summarizeByKind(records);
  if (kinds.length === 0) return [];
  const counts = kinds.map((k) => `${md(k.kind === null ? words.claim.kindNotKnown : words.claim.kinds[k.kind])} ${k.claims}`);
  return [`${md(words.report.kinds)}: ${counts.join(' · ')}.`, ''];
}

function claimSection(record: ClaimRecord, words: Words): string[] {
  const { claim } = record;
  const w = words.report;
  const who = record.source ? `**${md(record.source.name)}**` : `*${md(w.untagged)}*`;
  const place = record.line === null ? md(words.claim.orphan) : md(w.line(record.line));
  const heading = `### ${record.number}. ${who}${record.code ? ` · ${record.code}` : ''} (${place})`;
  const detected = [claim.source && w.detectedSource(sourceWording(claim.source.text)), claim.cue && w.detectedCue(claim.cue.text)].filter((part) => part);
  const facts = [
    `- ${md(w.state)}: ${md(words.claim.states[claim.state])}${claim.orphan ? ` — ${md(w.orphanNotFound)}` : ''}`,
    ...(claim.kind ? [`- ${md(w.kind)}: ${md(words.claim.kinds[claim.kind])}${claim.kindOrigin === 'manual' ? ` (${md(words.claim.kindSetByHand)})` : ''}`] : []),
    ...(record.rating ? [`- ${md(w.rating)}: ${md(record.rating)}`] : []),
    ...(detected.length ? [`- ${md(w.detectedParts)}: ${detected.map((part) => md(String(part))).join(', ')}`] : []),
    ...(claim.hedges.length ? [`- ${md(w.hedges)}: ${claim.hedges.map((h) => md(h.text)).join(', ')}`] : []),
    ...(claim.note ? [`- ${md(w.note)}: ${escapeMarkdownLines(claim.note, '  ')}`] : []),
    ...(claim.tags.length ? [`- ${md(w.tags)}: ${claim.tags.map(md).join(', ')}`] : []),
  ];
  return [heading, '', markdownBlockQuote(claim.target.exact), '', ...facts, ''];
}

function articleSection(article: ExportArticle, words: Words): string[] {
  const records = collectClaims(article, { rejected: false, words: words.rating });
  const tally = articleTally(article.sidecar);
  return [
    `## ${md(article.label)}`,
    '',
    md(describeTally(tally, words.report) + (tally.byState.rejected ? ` ${words.report.rejectedNotListed}` : '')),
    '',
    ...kindLine(records, words),
    ...sourceTable(records, words),
    ...records.flatMap((record) => claimSection(record, words)),
  ];
}

/** How a Markdown report in `words` begins; an existing file that begins so may be written over by a new export. */
export function markdownReportHeading(words: Words): string {
  return words === ENGLISH ? MARKDOWN_REPORT_HEADING : `# ${md(words.report.title)}`;
}

/** The report in the words of `context` (English by default); its first line is always `# ClaimLens report` in English
 * or its translation, which is how a later export recognises the file as a report it may write over. */
export function formatMarkdown(articles: ExportArticle[], context: ExportContext): string {
  const words = context.words ?? ENGLISH;
  const total = articles.reduce((n, a) => n + articleTally(a.sidecar).claims, 0);
  const lines = [
    markdownReportHeading(words),
    '',
    md(`${words.report.articles(articles.length)}, ${words.claim.count(total)}. `) +
      md(words.report.generated(context.generated, `${context.generator.name} ${context.generator.version}`)),
    '',
    ...articles.flatMap((article) => articleSection(article, words)),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}
