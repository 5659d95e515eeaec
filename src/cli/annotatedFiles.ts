// Finds the annotated articles named on the command line: files as given, folders searched for sidecars.
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar';
import { temporaryToken } from '../core/sidecar/temporaryFiles';

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
  /** Sidecars that do not exist but have temporary files of writes to them beside them (a save that failed), sorted. */
  missingWithTemporaries: string[];
}

/** `.NAME.claims.json.<token>.tmp` → `NAME.claims.json`; undefined for any other name. */
function temporaryTarget(fileName: string): string | undefined {
  const target = /^\.(.+)\.[0-9a-z]+(?:\.[0-9a-z]+)?\.tmp$/.exec(fileName)?.[1];
  // The token pattern may also match the last part of the target's name: try both readings.
  const candidates = target === undefined ? [] : [target, target.slice(0, target.lastIndexOf('.'))];
  return candidates.find((name) => name.endsWith(SIDECAR_SUFFIX) && temporaryToken(fileName, name) !== null);
}

async function kind(file: string): Promise<'file' | 'folder' | null> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** The sidecars in and below `folder`; the sidecars that temporary files were written for go to `temporaryTargets`. */
async function sidecarsBelow(folder: string, temporaryTargets: Set<string>): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) for (const sidecar of await sidecarsBelow(full, temporaryTargets)) found.push(sidecar);
    } else if (entry.name.endsWith(SIDECAR_SUFFIX)) {
      found.push(full);
    } else {
      const target = temporaryTarget(entry.name);
      if (target !== undefined) temporaryTargets.add(path.join(folder, target));
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
  const temporaryTargets = new Set<string>();
  for (const named of paths) {
    const what = await kind(named);
    if (what === null) {
      problems.push(`${named}: no such file or folder`);
    } else if (what === 'folder') {
      for (const sidecar of await sidecarsBelow(named, temporaryTargets)) {
        const article = sidecar.slice(0, -SIDECAR_SUFFIX.length);
        if ((await kind(article)) === 'file') articles.add(article);
        else problems.push(`${sidecar}: its article ${path.basename(article)} is missing`);
      }
    } else {
      const article = named.endsWith(SIDECAR_SUFFIX) ? named.slice(0, -SIDECAR_SUFFIX.length) : named;
      if ((await kind(article)) !== 'file') problems.push(`${named}: its article ${path.basename(article)} is missing`);
      else if ((await kind(article + SIDECAR_SUFFIX)) !== 'file') {
        problems.push(`${article}: no annotations (${path.basename(article)}${SIDECAR_SUFFIX} not found)`);
        temporaryTargets.add(article + SIDECAR_SUFFIX);
      } else articles.add(article);
    }
  }
  const missingWithTemporaries: string[] = [];
  for (const sidecar of temporaryTargets) if ((await kind(sidecar)) === null) missingWithTemporaries.push(sidecar);
  return { articles: [...byPlace.values()].sort(), problems, missingWithTemporaries: missingWithTemporaries.sort() };
}
