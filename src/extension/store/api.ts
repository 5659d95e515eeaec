// The seam between the annotation store (file I/O, anchoring, watching) and the UI features that read and edit claims.
import type * as vscode from 'vscode';
import type { ClaimList } from '../../core/model/claimList';
import type { Sidecar, Source } from '../../core/model/types';
import type { ClaimCounts } from '../../core/view/claimCounts';
import type { ArticleStatus, ClaimsChange } from '../../core/session/types';

export type { ArticleStatus, ChangedClaims, ClaimsChange } from '../../core/session/types';
export { onlyMoved } from '../../core/session/types';

/** A change of one article's annotations: claims that only moved with `edits`, and those that `changed` otherwise. */
export interface ArticleChange extends ClaimsChange {
  readonly articleUri: vscode.Uri;
}

export interface ArticleAnnotations {
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  readonly status: ArticleStatus;
  /**
   * The annotations as one sidecar, anchored to the document's current (possibly unsaved) text. Made when first read
   * after a change, in time proportional to the article: what runs on every keystroke reads `claims` and `counts`.
   */
  readonly sidecar: Sidecar;
  /** The claims in document order, found by position (`claimAt`…) without a copy of them being made. */
  readonly claims: ClaimList;
  /** How many claims there are by state, tagging and placement; kept while claims only move with the text. */
  readonly counts: ClaimCounts;
}

/** One annotated article of the workspace, read from its sidecar (for the panel's workspace section). */
export interface WorkspaceArticle {
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  readonly claims: number;
  readonly tagged: number;
  readonly orphans: number;
  /** Set when the sidecar cannot be read. */
  readonly error?: string;
}

export interface ClaimStore extends vscode.Disposable {
  /**
   * Fires when an article's annotations changed: loaded, closed, edited, followed through a text change, reloaded from
   * disk. A change that only moved claims along with the text (`onlyMoved`) leaves counts and groups as they were.
   */
  readonly onDidChange: vscode.Event<ArticleChange>;
  /** Fires when a sidecar in the workspace was created, changed or deleted (by ClaimLens or anyone else). */
  readonly onDidChangeWorkspace: vscode.Event<void>;
  /** The annotations of an article already opened through `open`, if any. */
  get(articleUri: vscode.Uri): ArticleAnnotations | undefined;
  /** Loads the sidecar of an open article (or starts an empty set), re-anchors it to the document text and runs detection. */
  open(document: vscode.TextDocument): Promise<ArticleAnnotations>;
  /**
   * Applies a change to an article's annotations and persists it when safe. `text` is the document's current text.
   * Resolves false, after telling the user why, when the article's sidecar is unreadable or the article is read-only.
   * Edits are written at once when the document has no unsaved changes, else when the document is saved.
   */
  edit(articleUri: vscode.Uri, change: (sidecar: Sidecar, text: string) => Sidecar): Promise<boolean>;
  /** Every `*.claims.json` in the workspace with its counts (open articles counted from memory, others from disk). */
  listWorkspace(): Promise<WorkspaceArticle[]>;
  /** Sources used across the workspace's sidecars, for the source picker. */
  workspaceSources(): Promise<Source[]>;
  /**
   * The annotations of every article of the workspace that has some: open articles from memory (suggestions included),
   * the others from their sidecars. Unreadable sidecars are left out.
   */
  workspaceAnnotations(): Promise<{ articleUri: vscode.Uri; sidecar: Sidecar }[]>;
  /** Resolves once every sidecar read, write and move queued so far has finished, and the sources of claims detected so far are resolved. */
  whenIdle(): Promise<void>;
  /**
   * Whether the detector still has parts of the article to read: it reads the part on screen when the article opens
   * and the rest in the background (a change is announced when it is done), and edited paragraphs after a pause.
   */
  isDetecting(articleUri: vscode.Uri): boolean;
}
