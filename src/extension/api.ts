// What `activate` returns to other extensions and to the real-VS-Code tests.
import type * as vscode from 'vscode';
import type { Highlighter } from './highlights/highlighter';
import type { ClaimsPanel } from './panel/registerClaimsPanel';
import type { ClaimStore } from './store/api';

export interface ClaimLensApi {
  /** The annotations of open articles, and every sidecar of the workspace. */
  readonly store: ClaimStore;
  /** The editor highlights: the plan last applied per article and an event after each paint. */
  readonly highlights: Highlighter;
  /** The Claims panel's tree providers (the active article's claims, and the workspace's annotated articles). */
  readonly panel: ClaimsPanel;
  /** The status bar item counting the active article's claims. */
  readonly status: vscode.StatusBarItem;
}
