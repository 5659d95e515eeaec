// Gathers what an export needs from the editor: each article's current text with its annotations, from the store or disk.
import * as vscode from 'vscode';
import { anchoredTo, reanchor } from '../../core/anchor';
import { relativeIri, type ExportArticle } from '../../core/export';
import type { Sidecar } from '../../core/model/types';
import { documentInfo } from '../../core/sidecar';
import type { ClaimStore } from '../store/api';
import type { FileAccess } from '../store/fileAccess';

export type Gathered = { ok: true; article: ExportArticle } | { ok: false; error: string };

function articleFields(articleUri: vscode.Uri, target: vscode.Uri): { label: string; iri: string } {
  const label = vscode.workspace.asRelativePath(articleUri, false);
  const sameFileSystem = articleUri.scheme === target.scheme && articleUri.authority === target.authority;
  const folder = vscode.Uri.joinPath(target, '..');
  return { label, iri: sameFileSystem ? relativeIri(folder.path, articleUri.path) : articleUri.toString() };
}

/**
 * An article open in the editor is exported as the reader sees it, unsaved edits included, with the store's annotations.
 * Refuses an article whose sidecar cannot be read rather than exporting it as if it had no claims.
 */
export async function gatherOpenArticle(store: ClaimStore, document: vscode.TextDocument, target: vscode.Uri): Promise<Gathered> {
  const annotations = store.get(document.uri) ?? (await store.open(document));
  if (annotations.status.kind === 'unreadable') {
    return { ok: false, error: `${vscode.workspace.asRelativePath(document.uri, false)}: ${annotations.status.message}` };
  }
  return { ok: true, article: { ...articleFields(document.uri, target), text: document.getText(), sidecar: annotations.sidecar } };
}

/** An article that is not open: its saved text, with the sidecar re-anchored if the text changed since it was written. */
export async function gatherSavedArticle(files: FileAccess, articleUri: vscode.Uri, sidecar: Sidecar, target: vscode.Uri): Promise<Gathered> {
  const fields = articleFields(articleUri, target);
  const read = await files.readText(articleUri);
  if (read.kind === 'missing') return { ok: false, error: vscode.l10n.t('{0}: the article is missing beside its sidecar', fields.label) };
  if (read.kind === 'undecodable') return { ok: false, error: vscode.l10n.t('{0}: not UTF-8 text', fields.label) };
  if (read.kind === 'failed') return { ok: false, error: read.message };
  const info = documentInfo(fields.label, read.text);
  // The recorded hash alone is not trusted: a hand-edited sidecar may carry the right hash and offsets that do not hold.
  const anchored = sidecar.document.hash === info.hash ? anchoredTo(sidecar, read.text).sidecar : { ...reanchor(sidecar, read.text), document: info };
  return { ok: true, article: { ...fields, text: read.text, sidecar: anchored } };
}
