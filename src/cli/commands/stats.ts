// `claimlens stats`: counts the claims of articles and folders by state, source, rating code and kind, and the orphans.
import { addTallies, articleTally, describeTally, emptyTally, type ClaimTally } from '../../core/export';
import { loadArticles } from '../loadArticles';
import { EXIT, parseCommandArgs, warn } from '../commandLine';
import type { CliCommand } from './index';

const USAGE = `Usage: claimlens stats [--json] FILE|FOLDER...

Counts the claims of each article that has a sidecar: by state, by source, by rating code (e.g. B2), by kind
(statement, belief, evidence…), and orphans.
Folders are searched recursively.

Options:
      --json  machine-readable output: { "articles": [{ "file", ...counts }], "total": counts }
  -h, --help  this help

Exit codes: 0 done, 1 some articles could not be read (the others are counted) or none was found, 2 wrong usage.`;

/** `KCNA 3 · Yonhap 2`, most frequent first. */
function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  return entries.length === 0 ? '–' : entries.map(([key, n]) => `${key} ${n}`).join(' · ');
}

function summary(articles: number, total: ClaimTally): string {
  const { confirmed, suggested, rejected } = total.byState;
  return [
    `Total: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${total.claims} ${total.claims === 1 ? 'claim' : 'claims'}`,
    `  By state:   confirmed ${confirmed} · suggested ${suggested} · rejected ${rejected}`,
    `  Orphans:    ${total.orphans}`,
    `  By source:  ${breakdown(total.bySource)}`,
    `  By rating:  ${breakdown(total.byCode)}`,
    `  By kind:    ${breakdown(total.byKind)}`,
  ].join('\n');
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'count claims by state, source, rating and kind, and orphans',
  async run(args) {
    const parsed = parseCommandArgs('stats', USAGE, args, { json: { type: 'boolean' } });
    if ('exit' in parsed) return parsed.exit;
    if (parsed.positionals.length === 0) {
      warn('stats: name at least one article or folder');
      return EXIT.usage;
    }
    const { articles, problems, notes } = await loadArticles(parsed.positionals, { folder: process.cwd() });
    for (const message of [...notes, ...problems]) warn(message);
    if (articles.length === 0 && problems.length === 0) warn(`stats: no annotated articles (no <article>.claims.json) in ${parsed.positionals.join(', ')}`);
    const perArticle = articles.map((a) => ({ file: a.label, ...articleTally(a.sidecar) }));
    const total = perArticle.reduce<ClaimTally>(addTallies, emptyTally());
    if (parsed.values.json) {
      process.stdout.write(`${JSON.stringify({ articles: perArticle, total }, null, 2)}\n`);
    } else {
      const width = Math.max(0, ...perArticle.map((a) => a.file.length));
      const lines = perArticle.map((a) => `${a.file.padEnd(width)}  ${describeTally(a)}`);
      process.stdout.write(`${[...lines, ...(lines.length ? [''] : []), summary(articles.length, total)].join('\n')}\n`);
    }
    return problems.length > 0 || articles.length === 0 ? EXIT.problems : EXIT.ok;
  },
};
