// "Import W3C Annotations…": reads a Web Annotation file and merges it into the sidecar of each article it targets.
import * as vscode from 'vscode';
import { localWords } from '../l10n/words';
import { importDocument, importTargetPath, mergeImported, readW3C, type ImportConflict, type ImportReport, type ReadDocument } from '../../core/export';
import type { ClaimStore } from '../store/api';
import { sidecarUriFor } from '../store/articleUris';
import type { FileAccess } from '../store/fileAccess';
import { readSidecarFile } from '../store/sidecarFiles';

/**
 * The article a target IRI names, if it lies inside a workspace folder on the annotation file's file system: relative
 * references from the annotation file's folder, absolute URIs as they are. Targets that lead elsewhere (`..`, encoded
 * `..`, absolute paths, `file:` URIs outside the workspace) are refused with a message: an import only writes sidecars
 * inside the workspace folders.
 */
function articleUriOf(source: string, annotationFile: vscode.Uri): { uri: vscode.Uri } | { error: string; ask?: boolean } {
  const sameFileSystem = (uri: vscode.Uri) => uri.scheme === annotationFile.scheme && uri.authority === annotationFile.authority;
  const roots = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri).filter(sameFileSystem).map((uri) => uri.path);
  if (roots.length === 0) return { error: vscode.l10n.t('{0}: the annotation file is not in a workspace folder, so no sidecar is written from it', source) };
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(source);
  if (absolute && !/^file:/i.test(source)) {
    const uri = vscode.Uri.parse(source);
    // A web page or a file elsewhere: the reader may know which article of the workspace it stands for.
    if (!sameFileSystem(uri)) return { error: vscode.l10n.t('{0}: not a file of this workspace', source), ask: true };
    const inside = importTargetPath(uri.path, '/', roots);
    return inside.ok ? { uri: annotationFile.with({ path: inside.path }) } : { error: inside.error };
  }
  if (absolute && annotationFile.scheme !== 'file') return { error: vscode.l10n.t('{0}: a local file, but this workspace is not on this machine', source) };
  const target = importTargetPath(source, vscode.Uri.joinPath(annotationFile, '..').path, roots);
  if (target.ok) return { uri: annotationFile.with({ path: target.path }) };
  if (target.reason !== 'outside') return { error: target.error };
  return { error: vscode.l10n.t('{0}; to import it, put the annotation file beside its articles in the workspace', target.error) };
}

async function locateArticle(
  files: FileAccess,
  document: ReadDocument,
  annotationFile: vscode.Uri,
  preset: vscode.Uri | undefined,
): Promise<{ uri?: vscode.Uri; error?: string }> {
  if (preset) return { uri: preset };
  const named = articleUriOf(document.source, annotationFile);
  if ('error' in named && !named.ask) return { error: named.error };
  if ('uri' in named && (await files.kindOf(named.uri)) !== 'missing') return { uri: named.uri };
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('ClaimLens: where is the article the annotations call {0}?', document.source),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import into this article'),
  });
  return picked?.[0] ? { uri: picked[0] } : {};
}

/** What the merge did, e.g. "3 added, 1 filled in from the import, 2 already there". */
function importInWords(report: ImportReport): string {
  const done = vscode.l10n.t('{0} added, {1} filled in from the import, {2} already there', report.added, report.updated, report.unchanged);
  const clashes = report.conflicts.length;
  if (clashes === 0) return done;
  return `${done}, ${clashes === 1 ? vscode.l10n.t('1 clash (the sidecar’s value kept)') : vscode.l10n.t('{0} clashes (the sidecar’s value kept)', clashes)}`;
}

/** One line per clash: the claim or source, the field, the value kept and the one the import had. */
function conflictInWords(conflict: ImportConflict): string {
  const short = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  const what = conflict.kind === 'claim' ? vscode.l10n.t('claim "{0}"', conflict.label) : vscode.l10n.t('source "{0}"', conflict.label);
  return vscode.l10n.t('{0}: {1} — kept {2}, the import had {3}', what, conflict.field, short(conflict.kept), short(conflict.offered));
}

/** Whether the article received the annotations, and anything the reader should know. */
interface ImportOutcome {
  imported: boolean;
  problem?: string;
  /** What was merged and what clashed, for the message after the import. */
  notes?: string[];
}

/** Merges one document's annotations through the store, which refuses (and says so) when the sidecar is unreadable. */
async function importInto({ store, files }: { store: ClaimStore; files: FileAccess }, articleUri: vscode.Uri, document: ReadDocument): Promise<ImportOutcome> {
  const file = articleUri.path.split('/').pop() ?? 'article';
  // The disk is checked too: the store may not have seen a sidecar that was broken a moment ago.
  const onDisk = await readSidecarFile(files, sidecarUriFor(articleUri));
  if (onDisk.kind === 'unreadable') {
    return { imported: false, problem: vscode.l10n.t('{0}: its sidecar cannot be read ({1}), so nothing was imported into it', file, onDisk.message) };
  }
  const opened = await vscode.workspace.openTextDocument(articleUri);
  if (!store.get(articleUri)) await store.open(opened);
  let failure: string | undefined;
  const notes: string[] = [];
  const accepted = await store.edit(articleUri, (sidecar, text) => {
    const result = importDocument(document, { file, text }, new Date().toISOString());
    if (!result.ok) {
      failure = result.error;
      return sidecar;
    }
    const merge = mergeImported(sidecar, result.sidecar);
    if (!merge.ok) {
      failure = `${file}: ${merge.error}`;
      return sidecar;
    }
    notes.push(...result.warnings, `${file}: ${importInWords(merge.report)}`, ...merge.report.conflicts.map(conflictInWords));
    return merge.sidecar;
  });
  if (failure) return { imported: false, problem: failure };
  if (!accepted) return { imported: false, problem: vscode.l10n.t('{0}: its sidecar cannot be read, so nothing was imported into it', file) };
  return { imported: true, notes };
}

/** Imports the file given (tests, explorer) or picked; resolves to the articles that received annotations. */
export async function importW3C(deps: { store: ClaimStore; files: FileAccess }, file: unknown, options: unknown): Promise<vscode.Uri[]> {
  const annotationFile = file instanceof vscode.Uri
    ? file
    : (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('ClaimLens: import W3C Web Annotations'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('W3C Web Annotation')]: ['jsonld', 'json'] },
      openLabel: vscode.l10n.t('Import'),
    }))?.[0];
  if (!annotationFile) return [];
  const preset = typeof options === 'object' && options !== null && 'article' in options && options.article instanceof vscode.Uri ? options.article : undefined;
  const content = await deps.files.readText(annotationFile);
  if (content.kind !== 'ok') {
    const why = content.kind === 'missing' ? vscode.l10n.t('{0} does not exist', vscode.workspace.asRelativePath(annotationFile, false)) : content.message;
    void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', why));
    return [];
  }
  const read = readW3C(content.text, vscode.workspace.asRelativePath(annotationFile, false));
  if (!read.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ClaimLens: {0}', read.error));
    return [];
  }
  const imported: vscode.Uri[] = [];
  const problems = [...read.skipped];
  const notes: string[] = [];
  for (const document of read.documents) {
    const located = await locateArticle(deps.files, document, annotationFile, read.documents.length === 1 ? preset : undefined);
    if (!located.uri) {
      problems.push(located.error ?? vscode.l10n.t('{0}: no article chosen, skipped', document.source));
      continue;
    }
    const outcome = await importInto(deps, located.uri, document);
    if (outcome.problem) problems.push(outcome.problem);
    notes.push(...(outcome.notes ?? []));
    if (outcome.imported) imported.push(located.uri);
  }
  const count = read.documents.reduce((n, d) => n + d.annotations.length, 0);
  const summary = vscode.l10n.t('ClaimLens: imported {0} annotations into {1}.', count, localWords().report.articles(imported.length));
  const detail = [...problems, ...notes].join('\n');
  if (problems.length > 0) void vscode.window.showWarningMessage(summary, { modal: false, detail });
  else void vscode.window.showInformationMessage(summary, { modal: false, detail });
  return imported;
}
