// Expands the paths given to `claimlens annotate`: files as given, folders searched for plain-text and Markdown articles.
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar';
import { SKIPPED_FOLDERS } from './annotatedFiles';
import { isMarkdownPath } from './articleFile';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

function isArticlePath(file: string): boolean {
  return !file.endsWith(SIDECAR_SUFFIX) && (isMarkdownPath(file) || TEXT_EXTENSIONS.has(path.extname(file).toLowerCase()));
}

async function articlesBelow(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) for (const file of await articlesBelow(full)) found.push(file);
    } else if (entry.isFile() && isArticlePath(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** Each named file as given (a missing one is reported later, when read); each folder's .txt and Markdown files, in name order. */
export async function expandArticlePaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const named of paths) {
    const isFolder = await stat(named).then((info) => info.isDirectory(), () => false);
    for (const file of isFolder ? await articlesBelow(named) : [named]) out.push(file);
  }
  return [...new Set(out)];
}
