// Before the editor writes an export: the file the reader chose must not be an article, a sidecar or someone's text file.
import * as vscode from 'vscode';
import { exportTargetRefusal as refusalOf, markdownReportHeading, MARKDOWN_REPORT_HEADING, type ExportTargetRefusal } from '../../core/export';
import { localWords } from '../l10n/words';
import { SIDECAR_SUFFIX } from '../../core/sidecar';
import { sidecarUriFor } from '../store/articleUris';
import type { FileAccess } from '../store/fileAccess';

/** Why the file at `target` must not receive the export of `articles`, in words, or undefined when it may. */
async function refusalAt(files: FileAccess, target: vscode.Uri, articles: readonly vscode.Uri[]): Promise<string | undefined> {
  const read = await files.readText(target);
  // Bytes that are not text (or cannot be read) are never an earlier export: they are not written over.
  if (read.kind === 'undecodable' || read.kind === 'failed') return vscode.l10n.t('{0} exists and is not a text file', vscode.workspace.asRelativePath(target, false));
  const existing = read.kind === 'ok' ? read.text.slice(0, 256) : null;
  const hasSidecar = (await files.kindOf(sidecarUriFor(target))) !== 'missing';
  const sameFileSystem = articles.filter((a) => a.scheme === target.scheme && a.authority === target.authority);
  // A report written in English (the CLI) or in the reader's language may be written over.
  const headings = [MARKDOWN_REPORT_HEADING, markdownReportHeading(localWords())];
  const refusal = refusalOf({ path: target.path, existing, hasSidecar }, sameFileSystem.map((a) => a.path), headings);
  return refusal === null ? undefined : inWords(refusal);
}

/**
 * Why `target` must not receive the export of `articles`, or undefined when it may. Where writes follow symbolic
 * links, the file the link leads to is judged too (and the articles by their own files), so that a link named
 * `report.csv` to an article or a sidecar is refused like the file itself.
 */
export async function exportTargetRefusal(files: FileAccess, target: vscode.Uri, articles: readonly vscode.Uri[]): Promise<string | undefined> {
  const landings = await Promise.all(articles.map((a) => files.landing(a)));
  const everyName = [...articles, ...landings];
  const refusal = await refusalAt(files, target, everyName);
  if (refusal !== undefined) return refusal;
  const landing = await files.landing(target);
  if (landing.toString() === target.toString()) return undefined;
  const through = await refusalAt(files, landing, everyName);
  return through === undefined ? undefined : vscode.l10n.t('{0} is a symbolic link: {1}', vscode.workspace.asRelativePath(target, false), through);
}

function inWords({ kind, name }: ExportTargetRefusal): string {
  switch (kind) {
    case 'sidecar':
      return vscode.l10n.t('{0} is a sidecar; exporting onto it would replace the annotations it holds', name);
    case 'exportedArticle':
      return vscode.l10n.t('{0} is one of the articles being exported', name);
    case 'exportedSidecar':
      return vscode.l10n.t('{0} is the sidecar of an article being exported', name);
    case 'annotatedArticle':
      return vscode.l10n.t('{0} is an annotated article ({1} lies beside it)', name, `${name}${SIDECAR_SUFFIX}`);
    case 'notAReport':
      return vscode.l10n.t('{0} already exists and is not a ClaimLens report; choose another file name', name);
  }
}
