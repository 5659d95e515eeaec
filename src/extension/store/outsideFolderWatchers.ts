// Watches the sidecars beside open articles that lie outside every workspace folder, which the workspace watcher does not cover.
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/sidecar';
import { hasFileSystem } from './articleUris';
import { folderPath } from './sidecarPaths';

function folderOf(articleUri: vscode.Uri): vscode.Uri {
  return articleUri.with({ path: folderPath(articleUri.path) });
}

interface FolderWatch {
  readonly watcher: vscode.FileSystemWatcher;
  /** The open articles of this folder; the watcher goes when the last one closes. */
  readonly articles: Set<string>;
}

/** One non-recursive watcher per folder of such articles, so a sidecar changed beside them is noticed as in the workspace. */
export class OutsideFolderWatchers implements vscode.Disposable {
  private readonly folders = new Map<string, FolderWatch>();

  constructor(private readonly onSidecarChange: (sidecarUri: vscode.Uri) => void) {}

  articleOpened(articleUri: vscode.Uri): void {
    if (!hasFileSystem(articleUri) || vscode.workspace.getWorkspaceFolder(articleUri)) return;
    const folder = folderOf(articleUri);
    const key = folder.toString();
    const known = this.folders.get(key);
    if (known) {
      known.articles.add(articleUri.toString());
      return;
    }
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `*${SIDECAR_SUFFIX}`));
    watcher.onDidCreate(this.onSidecarChange);
    watcher.onDidChange(this.onSidecarChange);
    watcher.onDidDelete(this.onSidecarChange);
    this.folders.set(key, { watcher, articles: new Set([articleUri.toString()]) });
  }

  articleClosed(articleUri: vscode.Uri): void {
    const key = folderOf(articleUri).toString();
    const known = this.folders.get(key);
    if (!known?.articles.delete(articleUri.toString()) || known.articles.size > 0) return;
    known.watcher.dispose();
    this.folders.delete(key);
  }

  dispose(): void {
    for (const { watcher } of this.folders.values()) watcher.dispose();
    this.folders.clear();
  }
}
