// The in-memory state of one open article: its annotations anchored to the document text, and what is on disk.
import type * as vscode from 'vscode';
import type { Sidecar } from '../../core/model/types';
import { reanchor } from '../../core/anchor';
import { documentInfo, serializeSidecar } from '../../core/sidecar';
import type { ArticleAnnotations, ArticleStatus } from './api';
import { fileNameOf } from './articleUris';
import type { ProgressiveDetection } from './progressiveDetection';
import { selectsQuotesIn } from './textChanges';
import { hasUserWork } from './userWork';

export interface OpenArticle {
  document: vscode.TextDocument;
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  status: ArticleStatus;
  /** Anchored to `document.getText()` at every moment the extension host is not inside an await. */
  sidecar: Sidecar;
  /** The sidecar file's content as last read or written by the store; undefined while there is no file. */
  diskContent: string | undefined;
  /**
   * While a sidecar that broke on disk (a merge conflict, a bad hand edit) holds up unsaved annotation edits: the
   * annotations the file held when it was last readable, to merge the kept edits against once it is fixed.
   */
  heldBase?: Sidecar;
  /** Counts annotation edits; edits up to `savedEdits` are in the sidecar file. */

  edits: number;
  savedEdits: number;
  /** The detector's reading of the article, once started. */
  detection?: ProgressiveDetection;
}

export function snapshot(article: OpenArticle): ArticleAnnotations {
  return {
    articleUri: article.articleUri,
    sidecarUri: article.sidecarUri,
    status: article.status,
    sidecar: article.sidecar,
  };
}

export function hasUnsavedEdits(article: OpenArticle): boolean {
  return article.edits > article.savedEdits;
}

/** An article keeps its sidecar file once it has one; otherwise only user-made annotations create it. */
export function deservesFile(article: OpenArticle, sidecar: Sidecar = article.sidecar): boolean {
  return article.diskContent !== undefined || hasUserWork(sidecar);
}

/**
 * The file content for `sidecar` written against `text`, recording which text its offsets belong to. Offsets that
 * do not select their quotes in `text` are never written: such claims are re-anchored to `text` first.
 */
export function sidecarContent(article: OpenArticle, sidecar: Sidecar, text: string): string {
  const anchored = selectsQuotesIn(sidecar, text) ? sidecar : reanchor(sidecar, text);
  return serializeSidecar({ ...anchored, document: documentInfo(fileNameOf(article.articleUri), text) });
}
