// Finds every sidecar of the workspace and reads it, for the Claims panel's workspace section and the source picker.
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/model/types';
import type { WorkspaceArticle } from './api';
import { articleUriFor } from './articleUris';
import type { FileAccess } from './fileAccess';
import { readSidecarFile } from './sidecarFiles';
import { countClaims } from './workspaceSummary';

export interface WorkspaceSidecar {
  articleUri: vscode.Uri;
  sidecarUri: vscode.Uri;
  /** Undefined when the file cannot be read; `error` says why. */
  sidecar: Sidecar | undefined;
  error?: string;
}

/** Files read at once: enough to overlap the file system's round trips, few enough not to flood a remote one. */
const READS_AT_ONCE = 16;

/**
 * Every `*.claims.json` in the workspace folders (outside node_modules), read from disk. The reads overlap: the
 * source picker waits on them, and a workspace holds hundreds of annotated articles.
 */
export async function readWorkspaceSidecars(files: FileAccess): Promise<WorkspaceSidecar[]> {
  const uris = await vscode.workspace.findFiles('**/*.claims.json', '**/node_modules/**');
  const found: WorkspaceSidecar[] = [];
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < uris.length) {
      const sidecarUri = uris[next++];
      const articleUri = articleUriFor(sidecarUri);
      if (!articleUri) continue;
      const read = await readSidecarFile(files, sidecarUri);
      if (read.kind === 'ok') found.push({ articleUri, sidecarUri, sidecar: read.sidecar });
      if (read.kind === 'unreadable') found.push({ articleUri, sidecarUri, sidecar: undefined, error: read.message });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, uris.length) }, reader));
  return found.sort((a, b) => a.articleUri.toString().localeCompare(b.articleUri.toString()));
}

export function toWorkspaceArticle(entry: WorkspaceSidecar): WorkspaceArticle {
  const base = { articleUri: entry.articleUri, sidecarUri: entry.sidecarUri };
  if (!entry.sidecar) return { ...base, claims: 0, tagged: 0, orphans: 0, error: entry.error ?? 'unreadable' };
  return { ...base, ...countClaims(entry.sidecar) };
}
