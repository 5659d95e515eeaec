// `claimlens import`: turns a W3C Web Annotation file into sidecars beside the articles it targets, merging with existing ones field by field.
import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { reanchor } from '../../core/anchor';
import { describeConflict, describeImport, folderIri, importDocument, importTargetPath, mergeImported, readW3C, underFolderIri, type ReadDocument } from '../../core/export';
import { emptySidecar } from '../../core/model/annotations';
import type { Sidecar } from '../../core/model/types';
import { documentInfo, parseSidecar, sidecarFileName } from '../../core/sidecar';
import { readArticle } from '../articleFile';
import { EXIT, parseCommandArgs, warn } from '../commandLine';
import { mergedNote } from '../mergedNote';
import { keptTemporaries, readSidecarText } from '../sidecarFiles';
import { writeSidecar } from '../sidecarWrite';
import { readTextFile } from '../../node/textFiles';
import type { CliCommand } from './index';

const USAGE = `Usage: claimlens import [--root FOLDER] [--base IRI] [--article FILE] [--dry-run] ANNOTATIONS.jsonld

Reads W3C Web Annotations (a collection, a page, one annotation or an array) and writes each targeted article's
sidecar (<article>.claims.json). An existing sidecar is merged field by field: what it leaves open (a suggestion's
state, no source, no rating, no note) is filled from the import, tags are joined, and where both differ the
sidecar's value is kept and the clash is listed — a confirmed, tagged, rated or noted claim is never replaced.
Annotations whose quote is not in the article are kept as orphans. A sidecar that cannot be read is never
overwritten, and one changed by someone else during the import is merged, not overwritten.

Targets are found from their IRI: paths relative to the annotation file's folder, or file: URIs, or web addresses
under --base. Sidecars are only written inside that folder (or inside --root): targets that lead elsewhere (../,
%2e%2e, absolute paths, file: URIs) are refused.

Options:
      --root FOLDER   the folder imports may write in (default: the annotation file's folder)
      --base IRI      the web folder the annotations were published under (export --base): a target under it is
                      the file at the same place under --root (or the annotation file's folder)
      --article FILE  the article the annotations belong to (for a file that targets a single document)
      --dry-run       report what would be written, write nothing
  -h, --help          this help

Exit codes: 0 done, 1 some documents could not be imported (the others are), 2 wrong usage or unreadable file.`;

/** A file path as the `/`-separated absolute path the core's target rules use (`C:\\a` → `/C:/a`). */
function slashed(file: string): string {
  const forward = path.resolve(file).split(path.sep).join('/');
  return forward.startsWith('/') ? forward : `/${forward}`;
}

function unslashed(slashedPath: string): string {
  return path.sep === '/' ? slashedPath : slashedPath.replace(/^\/(?=[A-Za-z]:)/, '').split('/').join(path.sep);
}

function isInside(folder: string, root: string): boolean {
  const rel = path.relative(root, folder);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The article a document's target names, refused when it leads outside `root` (through `..`, encodings or links). */
async function articleFor(document: ReadDocument, annotationFolder: string, root: string, base: string | undefined): Promise<{ article: string } | { error: string }> {
  // A target published under --base is the file at the same place under the root, confined like any relative one.
  const published = base === undefined ? null : underFolderIri(document.source, base);
  const target = published !== null ? importTargetPath(published, slashed(root), [slashed(root)]) : importTargetPath(document.source, slashed(annotationFolder), [slashed(root)]);
  if (!target.ok) {
    const hint = target.reason === 'elsewhere'
      ? `; name the article with --article${base === undefined ? ', or the web folder it was published under with --base' : ''}`
      : target.reason === 'outside' ? '; to allow it, name a folder that holds it with --root' : '';
    return { error: `${target.error}${hint}` };
  }
  const article = unslashed(target.path);
  // A folder inside the root may be a symbolic link to somewhere else; a missing one is reported when the article is read.
  const folder = await realpath(path.dirname(article)).catch(() => null);
  if (folder !== null && !isInside(folder, root)) {
    return { error: `${document.source}: its folder is a symbolic link to ${folder}, outside ${root}; nothing was imported there` };
  }
  return { article };
}

/** The existing sidecar as read (anchored to `text`), none, or why it cannot be used. */
async function existingSidecar(article: string, text: string, dryRun: boolean): Promise<{ raw: string | undefined; sidecar: Sidecar } | { error: string }> {
  const file = sidecarFileName(article);
  let raw: string | undefined;
  try {
    raw = await readSidecarText(file);
  } catch (err) {
    return { error: `${err instanceof Error ? err.message : String(err)}; it is left untouched and nothing was imported into it` };
  }
  const kept = await keptTemporaries(file, raw !== undefined, dryRun);
  if ('error' in kept) return { error: kept.error };
  for (const warning of kept.warnings) warn(warning);
  if (raw === undefined) return { raw, sidecar: emptySidecar(path.basename(article), text) };
  const parsed = parseSidecar(raw, file);
  if (!parsed.ok) return { error: `${parsed.error}; it is left untouched and nothing was imported into it` };
  return { raw, sidecar: parsed.sidecar };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

async function importInto(article: string, document: ReadDocument, dryRun: boolean): Promise<string | null> {
  let text: string;
  try {
    ({ text } = await readArticle(article));
  } catch (err) {
    return `${err instanceof Error ? err.message : String(err)} (the article of ${document.source})`;
  }
  const existing = await existingSidecar(article, text, dryRun);
  if ('error' in existing) return existing.error;
  const result = importDocument(document, { file: path.basename(article), text }, new Date().toISOString());
  if (!result.ok) return result.error;
  for (const warning of result.warnings) warn(warning);
  const anchored: Sidecar = { ...reanchor(existing.sidecar, text), document: documentInfo(article, text) };
  const merge = mergeImported(anchored, result.sidecar);
  if (!merge.ok) return `${relative(sidecarFileName(article))}: ${merge.error}`;
  const target = sidecarFileName(article);
  const summary = `${describeImport(merge.report)} (${document.annotations.length} annotations read)`;
  for (const conflict of merge.report.conflicts) warn(`  ${describeConflict(conflict)}`);
  if (dryRun) {
    warn(`would write ${relative(target)}: ${summary}`);
    return null;
  }
  const outcome = await writeSidecar({
    file: target,
    article: { file: article, text },
    seen: existing.raw,
    base: existing.sidecar,
    ours: merge.sidecar,
  });
  if (outcome.kind === 'refused') return outcome.error;
  const race = outcome.merged !== null ? ` (${mergedNote(outcome.merged)})` : '';
  warn(`${outcome.kind === 'unchanged' ? 'nothing new for' : 'wrote'} ${relative(target)}${race}: ${summary}`);
  return null;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import W3C Web Annotations into sidecars',
  async run(args) {
    const parsed = parseCommandArgs('import', USAGE, args, {
      article: { type: 'string' },
      root: { type: 'string' },
      base: { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
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
    if (read.documents.length === 0) {
      warn(`import: ${file} holds no annotations; nothing was imported`);
      return EXIT.ok;
    }
    if (values.article !== undefined && read.documents.length !== 1) {
      warn(`import: ${file} annotates ${read.documents.length} documents; --article can only stand for one`);
      return EXIT.usage;
    }
    const annotationFolder = await realpath(path.dirname(path.resolve(file)));
    const root = values.root === undefined ? annotationFolder : await realpath(values.root).catch(() => null);
    if (root === null) {
      warn(`import: --root ${values.root}: no such folder`);
      return EXIT.usage;
    }
    if (values.base !== undefined && (!/^https?:\/\//i.test(values.base) || !URL.canParse(values.base))) {
      warn(`import: --base must be an absolute http(s) IRI such as https://example.org/news/, not '${values.base}'`);
      return EXIT.usage;
    }
    const base = values.base === undefined ? undefined : folderIri(values.base);
    let failures = 0;
    for (const document of read.documents) {
      // A file named with --article is the user's explicit choice; only targets read from the file are confined.
      const located = values.article !== undefined ? { article: values.article } : await articleFor(document, annotationFolder, root, base);
      const error = 'error' in located ? located.error : await importInto(located.article, document, values['dry-run'] === true);
      if (error !== null) {
        warn(error);
        failures++;
      }
    }
    return failures > 0 ? EXIT.problems : EXIT.ok;
  },
};
