// `claimlens import`: turns a W3C Web Annotation file into sidecars beside the articles it targets, merging with existing ones.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument, mergeImported, readW3C, type ReadDocument } from '../../core/export';
import type { Sidecar } from '../../core/model/types';
import { serializeSidecar, sidecarFileName } from '../../core/sidecar';
import { readSidecarFor, writeFileAtomic } from '../sidecarFiles';
import { readArticle } from '../articleFile';
import { readTextFile } from '../textFiles';
import { describeError, EXIT, parseCommandArgs, warn } from '../commandLine';
import type { CliCommand } from './index';

const USAGE = `Usage: claimlens import [--article FILE] [--dry-run] ANNOTATIONS.jsonld

Reads W3C Web Annotations (a collection, a page, one annotation or an array) and writes each targeted article's
sidecar (<article>.claims.json). An existing sidecar is merged: a claim on both sides keeps its latest version.
A sidecar that cannot be read is never overwritten.

Targets are found from their IRI: file: URIs, or paths relative to the annotation file's folder.

Options:
      --article FILE  the article the annotations belong to (for a file that targets a single document)
      --dry-run       report what would be written, write nothing
  -h, --help          this help

Exit codes: 0 done, 1 some documents could not be imported (the others are), 2 wrong usage or unreadable file.`;

/** The local file a target IRI names: a `file:` URI, or a relative reference resolved against the annotation file. */
function localPath(iri: string, annotationFolder: string): string | null {
  if (iri.startsWith('file:')) return fileURLToPath(iri);
  if (/^[a-z][a-z0-9+.-]*:/i.test(iri)) return null;
  return path.resolve(annotationFolder, ...iri.split('/').map(decodeURIComponent));
}

async function existingSidecar(article: string, text: string): Promise<{ ok: true; sidecar: Sidecar | null } | { ok: false; error: string }> {
  try {
    await readFile(sidecarFileName(article));
  } catch {
    return { ok: true, sidecar: null };
  }
  const loaded = await readSidecarFor(article, text);
  return loaded.ok ? { ok: true, sidecar: loaded.sidecar } : { ok: false, error: `${loaded.error}; it is left untouched and nothing was imported into it` };
}

async function importInto(article: string, document: ReadDocument, dryRun: boolean): Promise<string | null> {
  let text: string;
  try {
    ({ text } = await readArticle(article));
  } catch (err) {
    return `${err instanceof Error ? err.message : String(err)} (the article of ${document.source})`;
  }
  const result = importDocument(document, { file: path.basename(article), text }, new Date().toISOString());
  if (!result.ok) return result.error;
  const existing = await existingSidecar(article, text);
  if (!existing.ok) return existing.error;
  const merged = existing.sidecar ? mergeImported(existing.sidecar, result.sidecar) : result.sidecar;
  for (const warning of result.warnings) warn(warning);
  const target = sidecarFileName(article);
  const before = existing.sidecar?.claims.length ?? 0;
  const counts = `${merged.claims.length} claims (${merged.claims.length - before} new, ${document.annotations.length} annotations read)`;
  if (dryRun) {
    warn(`would write ${path.relative(process.cwd(), target)}: ${counts}`);
    return null;
  }
  try {
    await writeFileAtomic(target, serializeSidecar(merged));
  } catch (err) {
    return `cannot write ${target}: ${describeError(err)}`;
  }
  warn(`wrote ${path.relative(process.cwd(), target)}: ${counts}`);
  return null;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import W3C Web Annotations into sidecars',
  async run(args) {
    const parsed = parseCommandArgs('import', USAGE, args, { article: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      warn('import: name exactly one annotation file');
      return EXIT.usage;
    }
    const [file] = positionals;
    let raw: string | undefined;
    try {
      raw = await readTextFile(file);
    } catch (err) {
      warn(`import: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT.usage;
    }
    if (raw === undefined) {
      warn(`import: ${file}: no such file or folder`);
      return EXIT.usage;
    }
    const read = readW3C(raw, file);
    if (!read.ok) {
      warn(`import: ${read.error}`);
      return EXIT.usage;
    }
    for (const skipped of read.skipped) warn(`skipped ${skipped}`);
    if (values.article !== undefined && read.documents.length !== 1) {
      warn(`import: ${file} annotates ${read.documents.length} documents; --article can only stand for one`);
      return EXIT.usage;
    }
    let failures = 0;
    for (const document of read.documents) {
      const article = values.article ?? localPath(document.source, path.dirname(file));
      const error = article === null
        ? `${document.source}: not a local file; name the article with --article`
        : await importInto(article, document, values['dry-run'] === true);
      if (error !== null) {
        warn(error);
        failures++;
      }
    }
    return failures > 0 ? EXIT.problems : EXIT.ok;
  },
};
