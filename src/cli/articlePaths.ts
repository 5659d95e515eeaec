// Expands the paths given to `claimlens annotate`: files as given, folders searched for plain-text and Markdown articles.
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar';
import { readTextStart } from '../node/textFiles';
import { SKIPPED_FOLDERS } from './annotatedFiles';
import { isMarkdownPath } from './articleFile';
import { isReportStart } from './reportHeadings';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

function isArticlePath(file: string): boolean {
  return !file.endsWith(SIDECAR_SUFFIX) && (isMarkdownPath(file) || TEXT_EXTENSIONS.has(path.extname(file).toLowerCase()));
}

/** A Markdown report exported into the folder it reports on is no article: its quotes would be detected again. */
async function isReport(file: string): Promise<boolean> {
  if (!isMarkdownPath(file)) return false;
  const start = await readTextStart(file, 64).catch(() => undefined);
  return start !== undefined && isReportStart(start);
}

async function articlesBelow(folder: string, skipped: (report: string) => void): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) for (const file of await articlesBelow(full, skipped)) found.push(file);
    } else if (entry.isFile() && isArticlePath(entry.name)) {
      if (await isReport(full)) skipped(full);
      else found.push(full);
    }
  }
  return found;
}

/** The articles a path on the command line stands for: a folder's .txt and Markdown files in name order, else the path. */
export async function articlesNamed(named: string, skipped: (report: string) => void = () => undefined): Promise<string[]> {
  const isFolder = await stat(named).then((info) => info.isDirectory(), () => false);
  return isFolder ? articlesBelow(named, skipped) : [named];
}

/**
 * Each named file as given (a missing one is reported later, when read); each folder's .txt and Markdown files, in
 * name order, except ClaimLens' own Markdown reports, which are passed to `skipped`. An article named twice (`news`
 * and `/home/me/news`) comes once, under the name it was first given.
 */
export async function expandArticlePaths(paths: readonly string[], skipped: (report: string) => void = () => undefined): Promise<string[]> {
  const byPlace = new Map<string, string>();
  for (const named of paths) {
    for (const file of await articlesNamed(named, skipped)) if (!byPlace.has(path.resolve(file))) byPlace.set(path.resolve(file), file);
  }
  return [...byPlace.values()];
}
