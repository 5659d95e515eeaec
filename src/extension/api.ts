// The API `activate` returns to other extensions (version 1, documented in docs/api.md), and the internals the real-VS-Code tests reach apart from it.
import type * as vscode from 'vscode';
import type { Highlighter } from './highlights/highlighter';
import type { ClaimsPanel } from './panel/registerClaimsPanel';
import type { ClaimStore } from './store/api';
import type { BackgroundDetector } from './store/backgroundDetector';
import type { ReadingSummary } from './store/progressiveDetection';

export type { ArticleAnnotations, ArticleChange, ArticleStatus, ChangedClaims, WorkspaceArticle } from './store/api';

/** The API's version: raised when a change could break a caller; additions leave it as it is. */
export const API_VERSION = 1;

/** The annotations of articles open in editors and of the workspace's sidecars, as other extensions may use them. */
export type AnnotationStore = Omit<ClaimStore, 'dispose'>;

/**
 * What ClaimLens gives other extensions (`vscode.extensions.getExtension('claimlens.claimlens').activate()`): read an
 * open article's claims, follow their changes, change them through ClaimLens (so its sidecar is written safely, against
 * the right text), list the workspace's annotated articles. Check `version` before relying on the rest.
 */
export interface ClaimLensApi {
  readonly version: typeof API_VERSION;
  readonly annotations: AnnotationStore;
}

/**
 * The extension's parts, for its own real-VS-Code tests and benchmarks only: not part of the API, changed at will. The
 * command `claimlens._internals` returns them, and is registered only when ClaimLens runs under its test harness.
 */
export interface ClaimLensInternals {
  readonly store: ClaimStore;
  /** The editor highlights: the plan shown per article and an event after each paint. */
  readonly highlights: Highlighter;
  /** The Claims panel's tree providers and view. */
  readonly panel: ClaimsPanel;
  /** The status bar item counting the active article's claims. */
  readonly status: vscode.StatusBarItem;
  /** How the detector's last whole reading of an article went (how much of it the worker thread read). */
  lastReading(articleUri: vscode.Uri): ReadingSummary | undefined;
  /** The detection worker thread (the desktop extension host only), for tests that read a file ahead as an opening tab does. */
  readonly background: BackgroundDetector | undefined;
}
