// `claimlens export`: writes the annotations of articles and folders as W3C Web Annotation, CSV, Markdown, HTML or ClaimReview.
import { lstat } from 'node:fs/promises';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { claimLensContext, claimReviewCounts, exportTargetProblem, folderIri, FORMATS, formatInfo, isExportFormat, type ClaimReviewOptions } from '../../core/export';
import { SIDECAR_SUFFIX } from '../../core/sidecar';
import { writeFileAtomic } from '../sidecarFiles';
import { landingPath } from '../../node/atomicWrite';
import { readTextStart } from '../../node/textFiles';
import { loadArticles } from '../loadArticles';
import { REPORT_HEADINGS } from '../reportHeadings';
import { describeError, EXIT, parseCommandArgs, warn } from '../commandLine';
import type { CliCommand } from './index';

const NAME_WIDTH = Math.max(...FORMATS.map((f) => f.format.length)) + 2;

const USAGE = `Usage: claimlens export --format w3c|csv|md|html [-o OUT] [--base IRI] FILE|FOLDER...
       claimlens export --format claimreview --reviewer NAME [--reviewer-url URL] [--reviewer-person]
                        [--review-url URL] [--base URL] [-o OUT] FILE|FOLDER...

Exports the annotations of each article that has a sidecar (<article>.claims.json).
An article is named by itself or by its sidecar; folders are searched recursively.
Without -o the export goes to stdout.

Formats:
${FORMATS.map((f) => `  ${f.format.padEnd(NAME_WIDTH)}${f.label} — ${f.description}`).join('\n')}

Options:
  -f, --format FORMAT  one of ${FORMATS.map((f) => f.format).join(', ')} (required)
  -o, --output OUT     file to write; W3C targets are then relative to its folder. Never an
                       article, a sidecar, or an existing text file that is not a ClaimLens report
      --base IRI       publish W3C targets under this absolute folder IRI, e.g. https://example.org/news/
                       (ClaimReview: where the articles appeared, unless their front matter has a url)
  -h, --help           this help

ClaimReview (schema.org, for fact-check publishing):
      --reviewer NAME      the reviewing organisation (required for claimreview)
      --reviewer-url URL   its web site
      --reviewer-person    the reviewer is a person, not an organisation
      --review-url URL     the fact-check page that publishes the reviews

Exit codes: 0 done, 1 some articles could not be read (the others are exported), 2 wrong usage.`;

function isWebUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

/** The reviewer and fact-check page of a ClaimReview export, or what is wrong with the options given. */
function claimReviewOptions(values: { reviewer?: string; 'reviewer-url'?: string; 'reviewer-person'?: boolean; 'review-url'?: string }): ClaimReviewOptions | string {
  const name = values.reviewer?.trim();
  if (!name) return 'a ClaimReview needs the reviewing organisation: add --reviewer NAME';
  for (const option of ['reviewer-url', 'review-url'] as const) {
    const url = values[option];
    if (url !== undefined && !isWebUrl(url)) return `--${option} must be an absolute http(s) URL, not '${url}'`;
  }
  const author = { type: values['reviewer-person'] ? 'Person' as const : 'Organization' as const, name, ...(values['reviewer-url'] ? { url: values['reviewer-url'] } : {}) };
  return { author, ...(values['review-url'] ? { reviewUrl: values['review-url'] } : {}) };
}

/** `/`-separated and with links followed (a link to a file not written yet too), as the core's export-target rule compares paths. */
async function realSlashed(file: string): Promise<string> {
  return (await landingPath(file)).split(path.sep).join('/');
}

/** Why the export must not go to `output` (an article, a sidecar, someone's text file), or null. */
async function outputProblem(output: string, articles: readonly string[]): Promise<string | null> {
  const target = await realSlashed(output);
  let existing: string | undefined;
  try {
    existing = await readTextStart(target, 256);
  } catch (err) {
    // A folder, a pipe or a device is never an earlier export, so it is never written over.
    return err instanceof Error ? err.message.replace(/^cannot read [^:]*: /, '') : String(err);
  }
  const hasSidecar = await lstat(target + SIDECAR_SUFFIX).then(() => true, () => false);
  return exportTargetProblem({ path: target, existing: existing ?? null, hasSidecar }, await Promise.all(articles.map(realSlashed)), REPORT_HEADINGS);
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export annotations as W3C Web Annotation, CSV, Markdown, HTML or schema.org ClaimReview',
  async run(args) {
    const parsed = parseCommandArgs('export', USAGE, args, {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      base: { type: 'string' },
      reviewer: { type: 'string' },
      'reviewer-url': { type: 'string' },
      'reviewer-person': { type: 'boolean' },
      'review-url': { type: 'string' },
    });
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    const format = values.format;
    if (format === undefined || !isExportFormat(format)) {
      warn(`export: ${format === undefined ? 'missing --format' : `unknown format '${format}'`}; use one of ${FORMATS.map((f) => f.format).join(', ')}`);
      return EXIT.usage;
    }
    if (positionals.length === 0) {
      warn('export: name at least one article or folder');
      return EXIT.usage;
    }
    if (values.base !== undefined && !URL.canParse(values.base)) {
      warn(`export: --base must be an absolute IRI such as https://example.org/news/, not '${values.base}'`);
      return EXIT.usage;
    }
    const claimReview = format === 'claimreview' ? claimReviewOptions(values) : undefined;
    if (typeof claimReview === 'string') {
      warn(`export: ${claimReview}`);
      return EXIT.usage;
    }
    const output = values.output === undefined ? undefined : path.resolve(values.output);
    const iriBase = values.base !== undefined ? { iri: folderIri(values.base) } : { folder: output ? path.dirname(output) : process.cwd() };
    const { articles, files, problems, notes } = await loadArticles(positionals, iriBase);
    for (const message of [...notes, ...problems]) warn(message);
    const refusal = output === undefined ? null : await outputProblem(output, files);
    if (refusal !== null) {
      warn(`export: will not write ${values.output}: ${refusal}; nothing was written`);
      return EXIT.usage;
    }
    if (articles.length === 0) {
      warn('export: no annotated articles to export');
      return EXIT.problems;
    }
    if (format === 'claimreview') {
      const { reviewed, unrated } = claimReviewCounts(articles);
      if (unrated > 0) warn(`export: ${unrated} confirmed ${unrated === 1 ? 'claim has' : 'claims have'} no credibility and ${unrated === 1 ? 'is' : 'are'} left out of the ClaimReview export`);
      if (reviewed === 0) {
        warn('export: no confirmed claim with a credibility to review; nothing written');
        return EXIT.problems;
      }
      // Google's fact-check markup requires the page hosting the fact check; the reviews are still valid schema.org.
      if (claimReview?.reviewUrl === undefined) warn('export: the reviews have no url: search engines need the fact-check page that publishes them; add --review-url URL');
    }
    const content = formatInfo(format).write(articles, { ...claimLensContext(version, new Date().toISOString()), claimReview });
    if (output) {
      try {
        await writeFileAtomic(output, content);
      } catch (err) {
        warn(`export: ${err instanceof Error ? err.message : describeError(err)}`);
        return EXIT.problems;
      }
      const what = `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`;
      const reviews = format === 'claimreview' ? claimReviewCounts(articles).reviewed : 0;
      warn(`exported ${format === 'claimreview' ? `${reviews} ${reviews === 1 ? 'review' : 'reviews'} of ${what}` : what} to ${values.output}`);
    } else {
      process.stdout.write(content);
    }
    return problems.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
