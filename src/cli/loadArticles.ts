// Loads every annotated article named on the command line for export or counting, reporting progress and problems.
import * as path from 'node:path';
import { relativeIri, type ExportArticle } from '../core/export';
import { findAnnotatedArticles } from './annotatedFiles';
import { keptTemporaryWarnings, readSidecarFor } from './sidecarFiles';
import { sidecarFileName } from '../core/sidecar';
import { readArticle } from './articleFile';
import { progressReporter } from './progress';

export interface LoadedArticles {
  articles: ExportArticle[];
  /** The path of every annotated article found, whether it could be loaded or not. */
  files: string[];
  /** Articles that could not be read, and names that were no articles; each message names its file. */
  problems: string[];
  /** Things worth knowing that did not stop anything (re-anchored claims, temporary files holding work a sidecar lacks). */
  notes: string[];
}

function slashed(file: string): string {
  return path.resolve(file).split(path.sep).join('/');
}

/**
 * `iriBase` is the folder relative IRIs are resolved against (where the output is written), or an absolute IRI
 * prefix such as `https://example.org/articles/` to publish under.
 */
export async function loadArticles(paths: string[], iriBase: { folder: string } | { iri: string }): Promise<LoadedArticles> {
  const found = await findAnnotatedArticles(paths);
  const loaded: LoadedArticles = { articles: [], files: found.articles, problems: [...found.problems], notes: [] };
  const progress = progressReporter('reading', found.articles.length);
  for (const file of found.articles) {
    progress.step();
    const label = path.relative(process.cwd(), file).split(path.sep).join('/');
    try {
      // Said before the sidecar is read: a kept copy matters most when the sidecar itself cannot be used.
      loaded.notes.push(...(await keptTemporaryWarnings(sidecarFileName(file))));
      const { text } = await readArticle(file);
      const sidecar = await readSidecarFor(file, text);
      if (!sidecar.ok) {
        loaded.problems.push(sidecar.error);
        continue;
      }
      if (sidecar.reanchored) loaded.notes.push(`${label}: changed since it was annotated; claims re-anchored for this run`);
      const relative = relativeIri(slashed('folder' in iriBase ? iriBase.folder : process.cwd()), slashed(file));
      const iri = 'iri' in iriBase ? new URL(relative, iriBase.iri).href : relative;
      loaded.articles.push({ label, iri, text, sidecar: sidecar.sidecar });
    } catch (err) {
      loaded.problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  progress.done();
  for (const sidecar of found.missingWithTemporaries) loaded.notes.push(...(await keptTemporaryWarnings(sidecar, false)));
  return loaded;
}
