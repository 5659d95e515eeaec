// Which documents are articles, and the URIs of their sidecars (the URI side of sidecarPaths).
import * as vscode from 'vscode';
import { articlePathFor, baseName, isSidecarPath, sidecarPathFor, temporaryPathFor } from './sidecarPaths';

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/**
 * Plain text and Markdown files, and new untitled documents, are articles; a sidecar opened as text is not, nor
 * are the read-only views other extensions show (output channels, git versions).
 */
export function isArticleDocument(document: vscode.TextDocument): boolean {
  const { uri } = document;
  return (
    ARTICLE_LANGUAGES.has(document.languageId) &&
    !isSidecarPath(uri.path) &&
    (hasFileSystem(uri) || uri.scheme === 'untitled')
  );
}

/**
 * Whether the article lives in a file system the store can read (local, remote, virtual). Documents of other
 * schemes (untitled, output, git's read-only views) are annotated in memory only.
 */
export function hasFileSystem(uri: vscode.Uri): boolean {
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined && uri.scheme !== 'git';
}

export function canWrite(uri: vscode.Uri): boolean {
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
}

export function fileNameOf(uri: vscode.Uri): string {
  return baseName(uri.path);
}

export function sidecarUriFor(articleUri: vscode.Uri): vscode.Uri {
  return articleUri.with({ path: sidecarPathFor(articleUri.path) });
}

export function articleUriFor(sidecarUri: vscode.Uri): vscode.Uri | undefined {
  const path = articlePathFor(sidecarUri.path);
  return path === undefined ? undefined : sidecarUri.with({ path });
}

export function temporaryUriFor(targetUri: vscode.Uri): vscode.Uri {
  const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return targetUri.with({ path: temporaryPathFor(targetUri.path, nonce) });
}
