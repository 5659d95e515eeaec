// "Import W3C Annotations…": reads a Web Annotation file and merges it into the sidecar of each article it targets.
import * as vscode from 'vscode';
import { importDocument, mergeImported, readW3C, resolveRelativeIri, type ReadDocument } from '../../core/export';
import type { ClaimStore } from '../store/api';
import { sidecarUriFor } from '../store/articleUris';
import type { FileAccess } from '../store/fileAccess';
import { readSidecarFile } from '../store/sidecarFiles';

/** The article a target IRI names: an absolute URI as it is, a relative reference from the annotation file's folder. */
function articleUriOf(source: string, annotationFile: vscode.Uri): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return vscode.Uri.parse(source);
  return annotationFile.with({ path: resolveRelativeIri(vscode.Uri.joinPath(annotationFile, '..').path, source) });
}

async function locateArticle(files: FileAccess, document: ReadDocument, annotationFile: vscode.Uri, preset: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (preset) return preset;
  const named = articleUriOf(document.source, annotationFile);
  if ((await files.kindOf(named)) !== 'missing') return named;
  const picked = await vscode.window.showOpenDialog({
    title: `ClaimLens: where is the article the annotations call ${document.source}?`,
    canSelectMany: false,
    openLabel: 'Import into this article',
  });
  return picked?.[0];
}

/** Whether the article received the annotations, and anything the reader should know. */
interface ImportOutcome {
  imported: boolean;
  problem?: string;
}

/** Merges one document's annotations through the store, which refuses (and says so) when the sidecar is unreadable. */
async function importInto({ store, files }: { store: ClaimStore; files: FileAccess }, articleUri: vscode.Uri, document: ReadDocument): Promise<ImportOutcome> {
  const file = articleUri.path.split('/').pop() ?? 'article';
  // The disk is checked too: the store may not have seen a sidecar that was broken a moment ago.
  const onDisk = await readSidecarFile(files, sidecarUriFor(articleUri));
  if (onDisk.kind === 'unreadable') {
    return { imported: false, problem: `${file}: its sidecar cannot be read (${onDisk.message}), so nothing was imported into it` };
  }
  const opened = await vscode.workspace.openTextDocument(articleUri);
  if (!store.get(articleUri)) await store.open(opened);
  let failure: string | undefined;
  const warnings: string[] = [];
  const accepted = await store.edit(articleUri, (sidecar, text) => {
    const result = importDocument(document, { file, text }, new Date().toISOString());
    if (!result.ok) {
      failure = result.error;
      return sidecar;
    }
    warnings.push(...result.warnings);
    return mergeImported(sidecar, result.sidecar);
  });
  if (failure) return { imported: false, problem: failure };
  if (!accepted) return { imported: false, problem: `${file}: its sidecar cannot be read, so nothing was imported into it` };
  return { imported: true, problem: warnings.length > 0 ? warnings.join('; ') : undefined };
}

/** Imports the file given (tests, explorer) or picked; resolves to the articles that received annotations. */
export async function importW3C(deps: { store: ClaimStore; files: FileAccess }, file: unknown, options: unknown): Promise<vscode.Uri[]> {
  const annotationFile = file instanceof vscode.Uri
    ? file
    : (await vscode.window.showOpenDialog({
      title: 'ClaimLens: import W3C Web Annotations',
      canSelectMany: false,
      filters: { 'W3C Web Annotation': ['jsonld', 'json'] },
      openLabel: 'Import',
    }))?.[0];
  if (!annotationFile) return [];
  const preset = typeof options === 'object' && options !== null && 'article' in options && options.article instanceof vscode.Uri ? options.article : undefined;
  const content = await deps.files.readText(annotationFile);
  if (content.kind !== 'ok') {
    const why = content.kind === 'missing' ? `${vscode.workspace.asRelativePath(annotationFile, false)} does not exist` : content.message;
    void vscode.window.showErrorMessage(`ClaimLens: ${why}`);
    return [];
  }
  const read = readW3C(content.text, vscode.workspace.asRelativePath(annotationFile, false));
  if (!read.ok) {
    void vscode.window.showErrorMessage(`ClaimLens: ${read.error}`);
    return [];
  }
  const imported: vscode.Uri[] = [];
  const problems = [...read.skipped];
  for (const document of read.documents) {
    const article = await locateArticle(deps.files, document, annotationFile, read.documents.length === 1 ? preset : undefined);
    if (!article) {
      problems.push(`${document.source}: no article chosen, skipped`);
      continue;
    }
    const outcome = await importInto(deps, article, document);
    if (outcome.problem) problems.push(outcome.problem);
    if (outcome.imported) imported.push(article);
  }
  const count = read.documents.reduce((n, d) => n + d.annotations.length, 0);
  const summary = `ClaimLens: imported ${count} annotations into ${imported.length} ${imported.length === 1 ? 'article' : 'articles'}.`;
  if (problems.length > 0) void vscode.window.showWarningMessage(summary, { detail: problems.join('\n') });
  else void vscode.window.showInformationMessage(summary);
  return imported;
}
