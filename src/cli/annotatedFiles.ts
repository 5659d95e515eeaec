// Finds the annotated articles named on the command line: files as given, folders searched for sidecars.
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar';

/**
 * Folders never searched besides hidden ones (.git, .vscode…): dependencies hold no articles of the user's. A folder
 * named `out` or `dist` may well hold articles, and the editor's Workspace view searches it too.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);

export interface FoundArticles {
  /** Article paths, each with a sidecar beside it, sorted, without repeats. */
  articles: string[];
  /** What was named but cannot be used, one message each. */
  problems: string[];
}

async function kind(file: string): Promise<'file' | 'folder' | null> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

async function sidecarsBelow(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) for (const sidecar of await sidecarsBelow(full)) found.push(sidecar);
    } else if (entry.name.endsWith(SIDECAR_SUFFIX)) {
      found.push(full);
    }
  }
  return found;
}

/** An article may be named by itself or by its sidecar; folders yield every article that has a sidecar. */
export async function findAnnotatedArticles(paths: string[]): Promise<FoundArticles> {
  // Keyed by the absolute path, so an article named twice (`news` and `/home/me/news`) is counted and exported once.
  const byPlace = new Map<string, string>();
  const articles = { add: (article: string) => { if (!byPlace.has(path.resolve(article))) byPlace.set(path.resolve(article), article); } };
  const problems: string[] = [];
  for (const named of paths) {
    const what = await kind(named);
    if (what === null) {
      problems.push(`${named}: no such file or folder`);
    } else if (what === 'folder') {
      for (const sidecar of await sidecarsBelow(named)) {
        const article = sidecar.slice(0, -SIDECAR_SUFFIX.length);
        if ((await kind(article)) === 'file') articles.add(article);
        else problems.push(`${sidecar}: its article ${path.basename(article)} is missing`);
      }
    } else {
      const article = named.endsWith(SIDECAR_SUFFIX) ? named.slice(0, -SIDECAR_SUFFIX.length) : named;
      if ((await kind(article)) !== 'file') problems.push(`${named}: its article ${path.basename(article)} is missing`);
      else if ((await kind(article + SIDECAR_SUFFIX)) !== 'file') problems.push(`${article}: no annotations (${path.basename(article)}${SIDECAR_SUFFIX} not found)`);
      else articles.add(article);
    }
  }
  return { articles: [...byPlace.values()].sort(), problems };
}
