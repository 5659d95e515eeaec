// `claimlens annotate FILE...`: detects claims and merges them into each article's sidecar, keeping every user tag, state and note.
import { parseArgs } from 'node:util';
import { reanchor } from '../../core/anchor';
import { detectAttributions } from '../../core/detect';
import { emptySidecar, mergeDetections } from '../../core/model/annotations';
import { resolveClaimSources } from '../../core/resolve';
import type { Sidecar } from '../../core/model/types';
import { chunksEqual, documentInfo, parseSidecar, sidecarChunks, sidecarFileName } from '../../core/sidecar';
import { readArticle } from '../articleFile';
import { expandArticlePaths } from '../articlePaths';
import { mergedNote } from '../mergedNote';
import { keptTemporaries, readSidecarText } from '../sidecarFiles';
import { writeSidecar } from '../sidecarWrite';
import type { CliCommand } from './index';

export const ANNOTATE_HELP = `Usage: claimlens annotate [--dry-run] FILE...

Detects attributed claims in each FILE and merges them into its sidecar
FILE.claims.json (created when missing). A folder stands for every .txt and
Markdown file in it and below (hidden folders, node_modules and ClaimLens' own
Markdown reports excepted). Claims already in the sidecar are first
re-anchored to the file's current text; every tag, note, rating, source and state
is kept, rejected claims are never suggested again, and claims that can no longer
be placed stay in the sidecar as orphans. Untouched suggestions the detector no
longer finds are dropped.

Options:
  -n, --dry-run  report what would change, write nothing
  -h, --help     show this help

The sidecar is written atomically (temporary file + rename, keeping its
permissions and any symbolic link) and only when its content changes. Right
before the write it is compared with what was read: if the editor, an import
or git changed it meanwhile, both are merged claim by claim instead of one
overwriting the other. A sidecar that cannot be read (corrupt, not UTF-8, or
from a newer ClaimLens) is left byte for byte as it is and reported.

Exit status: 0 when every file was annotated; 1 when a file or its sidecar could
not be read or written (the other files are still processed); 2 for a usage error.
`;

function summary(before: Sidecar, after: Sidecar): string {
  const old = new Set(before.claims.map((c) => c.id));
  const now = new Set(after.claims.map((c) => c.id));
  const count = (pred: (c: Sidecar['claims'][number]) => boolean) => after.claims.filter(pred).length;
  const parts = [
    `${after.claims.length} claim${after.claims.length === 1 ? '' : 's'}`,
    `${after.claims.filter((c) => !old.has(c.id)).length} new`,
    `${before.claims.filter((c) => !now.has(c.id)).length} dropped`,
    `${count((c) => c.orphan)} orphaned`,
    `${count((c) => c.state === 'confirmed')} confirmed`,
    `${count((c) => c.state === 'rejected')} rejected`,
  ];
  return parts.join(', ');
}

/** Annotates one article; returns the line to print. Throws with a one-line reason. */
async function annotate(file: string, dryRun: boolean, now: string): Promise<string> {
  const article = await readArticle(file);
  const sidecarPath = sidecarFileName(file);
  const raw = await readSidecarText(sidecarPath);
  const kept = await keptTemporaries(sidecarPath, raw !== undefined, dryRun);
  if ('error' in kept) throw new Error(kept.error);
  for (const warning of kept.warnings) process.stderr.write(`claimlens annotate: ${warning}\n`);
  let stored = emptySidecar(file, article.text);
  if (raw !== undefined) {
    const parsed = parseSidecar(raw, sidecarPath);
    if (!parsed.ok) throw new Error(`${parsed.error} — left unchanged`);
    stored = parsed.sidecar;
  }
  const anchored = reanchor(stored, article.text);
  const detected = detectAttributions(article.text, { markdown: article.markdown });
  // Claims the user kept were detected in another run: their sources are resolved again with the rest.
  const withDetections = (sidecar: Sidecar): Sidecar =>
    resolveClaimSources(mergeDetections(sidecar, article.text, detected, now), article.text, article.markdown);
  const merged: Sidecar = { ...withDetections(anchored), document: documentInfo(file, article.text) };
  if (dryRun) {
    const verb = chunksEqual(sidecarChunks(merged), raw) ? 'unchanged' : 'would write';
    return `${sidecarPath}: ${verb} — ${summary(stored, merged)}`;
  }
  const outcome = await writeSidecar({
    file: sidecarPath,
    article: { file, text: article.text },
    seen: raw,
    base: stored,
    ours: merged,
    reapply: withDetections,
  });
  if (outcome.kind === 'refused') throw new Error(outcome.error);
  const verb = outcome.kind === 'unchanged' ? 'unchanged' : raw === undefined ? 'created' : 'updated';
  const race = outcome.merged !== null ? ` (${mergedNote(outcome.merged)})` : '';
  return `${sidecarPath}: ${verb}${race} — ${summary(stored, outcome.sidecar)}`;
}

function usageError(message: string): number {
  process.stderr.write(`claimlens annotate: ${message}. Run 'claimlens annotate --help'.\n`);
  return 2;
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean', short: 'n' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    return usageError((err as Error).message.split('\n')[0].replace(/\.$/, ''));
  }
  if (parsed.values.help) {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) return usageError('no FILE given');
  const now = new Date().toISOString();
  let failed = false;
  const skipReport = (report: string) => process.stderr.write(`claimlens annotate: skipped ${report}: a ClaimLens report, not an article (name it to annotate it anyway)\n`);
  const files = await expandArticlePaths(parsed.positionals, skipReport);
  if (files.length === 0) {
    process.stderr.write(`claimlens annotate: no .txt or Markdown articles in ${parsed.positionals.join(', ')}\n`);
    return 1;
  }
  for (const file of files) {
    if (file.endsWith('.claims.json')) {
      process.stderr.write(`claimlens annotate: ${file} is a sidecar; name its article (${file.slice(0, -'.claims.json'.length)}) instead\n`);
      failed = true;
      continue;
    }
    try {
      process.stdout.write(`${await annotate(file, parsed.values['dry-run'] === true, now)}\n`);
    } catch (err) {
      failed = true;
      process.stderr.write(`claimlens annotate: ${(err as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

export const annotateCommand: CliCommand = {
  name: 'annotate',
  summary: 'detect claims and merge them into each file’s sidecar, keeping user tags, states and notes',
  run,
};
