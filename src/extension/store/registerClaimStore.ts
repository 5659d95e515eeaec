// Wires the ClaimStore to VS Code: document lifecycle, the sidecar watcher and file renames.
import * as vscode from 'vscode';
import { fileNameOf, isArticleDocument } from './articleUris';
import type { Notifier } from '../notifier';
import { type Detector, SidecarClaimStore } from './claimStore';
import type { BackgroundDetector } from './backgroundDetector';
import type { FileAccess } from './fileAccess';
import { OutsideFolderWatchers } from './outsideFolderWatchers';
import { PIECE_LENGTH } from './progressiveDetection';
import { preReadOf } from '../../core/session/preRead';
import { readStoreSettings, SETTING_DETECT_IN_WORKER, SETTING_DETECT_ON_OPEN } from './settings';
import { warmUpWhenEnabled } from './warmUpWhenEnabled';

/**
 * Articles themselves need no watcher of ours: VS Code reloads an open, unchanged document when its file
 * changes on disk and reports that as a document change, which the store re-anchors. Sidecars are watched: in
 * the workspace folders by one recursive watcher, beside open articles elsewhere by one watcher per folder.
 */
export function registerClaimStore(
  context: vscode.ExtensionContext,
  deps: { detect?: Detector; background?: BackgroundDetector; files: FileAccess; notifier: Notifier },
): SidecarClaimStore {
  const store = new SidecarClaimStore(deps);
  const sidecarChanged = (uri: vscode.Uri): void => store.handleSidecarChange(uri);
  const outside = new OutsideFolderWatchers(sidecarChanged);
  const openArticle = (document: vscode.TextDocument): void => {
    if (!isArticleDocument(document)) return;
    outside.articleOpened(document.uri);
    store.openInBackground(document);
  };
  const closeArticle = (document: vscode.TextDocument): void => {
    outside.articleClosed(document.uri);
    store.handleClose(document);
  };
  const sidecars = vscode.workspace.createFileSystemWatcher('**/*.claims.json');
  context.subscriptions.push(
    store,
    sidecars,
    outside,
    sidecars.onDidCreate(sidecarChanged),
    sidecars.onDidChange(sidecarChanged),
    sidecars.onDidDelete(sidecarChanged),
    vscode.workspace.onDidOpenTextDocument(openArticle),
    vscode.workspace.onDidChangeTextDocument((event) => store.handleTextChange(event)),
    vscode.workspace.onDidSaveTextDocument((document) => store.handleSave(document)),
    vscode.workspace.onDidCloseTextDocument(closeArticle),
    vscode.workspace.onDidRenameFiles((event) => store.handleRename(event.files)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('claimlens')) store.refreshSettings();
    }),
    // The watcher can miss changes (a file created and deleted within a moment is reported as nothing), so the
    // sidecars of open articles are compared with the disk whenever the user comes back to them.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) store.recheckSidecars();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) store.recheckSidecars(editor.document.uri);
    }),
  );
  vscode.workspace.textDocuments.forEach(openArticle);
  if (deps.background) {
    warmUpSoon(context, deps.background, deps.notifier);
    preReadOpeningArticles(context, deps.background, deps.notifier);
  }
  return store;
}

/**
 * Has the worker thread read an article from disk as soon as its editor tab opens: VS Code loads the file and hands its
 * text to the extension host 0.2 s or more later (1 MB), time the worker spends detecting. The document's reading then
 * takes what was found if the text is exactly the same (see core/session/preRead).
 */
function preReadOpeningArticles(context: vscode.ExtensionContext, background: BackgroundDetector, notifier: Notifier): void {
  const asked = new Set<string>();
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs(({ opened, changed, closed }) => {
      for (const tab of closed) if (tab.input instanceof vscode.TabInputText) asked.delete(tab.input.uri.toString());
      for (const tab of [...opened, ...changed]) {
        if (!(tab.input instanceof vscode.TabInputText)) continue;
        const { uri } = tab.input;
        const key = uri.toString();
        const documentOpen = vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
        const how = preReadOf({ scheme: uri.scheme, path: uri.path, active: tab.isActive, documentOpen, asked: asked.has(key) }, () => readStoreSettings(uri));
        if (how === undefined) continue;
        asked.add(key);
        const name = fileNameOf(uri);
        background.preRead(uri.fsPath, how.markdown, PIECE_LENGTH).then(
          (done) =>
            notifier.log.trace(
              done.length < 0 ? `${name} was not read ahead: not UTF-8 text, or too large` : `read ahead ${done.read} of ${done.length} characters of ${name} from disk in ${Math.round(done.ms)} ms`,
            ),
          (error: unknown) => notifier.log.warn(`the detection worker could not read ${name} ahead: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    }),
    vscode.workspace.onDidOpenTextDocument((document) => asked.delete(document.uri.toString())),
  );
}

/**
 * Starts the detection worker thread once activation has settled and warms it up (readings of built-in articles of several shapes),
 * so that the next article opened is read at full speed, not at the pace of a thread starting and compiling; with
 * detection on open or in the worker off then, as soon as both are on again.
 */
function warmUpSoon(context: vscode.ExtensionContext, background: BackgroundDetector, notifier: Notifier): void {
  const enabled = (): boolean => {
    const settings = vscode.workspace.getConfiguration('claimlens');
    return settings.get<boolean>(SETTING_DETECT_IN_WORKER, true) && settings.get<boolean>(SETTING_DETECT_ON_OPEN, true);
  };
  context.subscriptions.push(
    warmUpWhenEnabled({
      enabled,
      onSettingsChange: (listener) =>
        vscode.workspace.onDidChangeConfiguration((event) => {
          if (event.affectsConfiguration(`claimlens.${SETTING_DETECT_IN_WORKER}`) || event.affectsConfiguration(`claimlens.${SETTING_DETECT_ON_OPEN}`)) listener();
        }),
      warmUp: () =>
        background.warmUp().then(
          (warm) => warm && notifier.log.trace(`the detection worker warmed up: ${warm.readings} readings in ${Math.round(warm.ms)} ms`),
          (error: unknown) => notifier.log.warn(`the detection worker could not warm up: ${error instanceof Error ? error.message : String(error)}`),
        ),
      setTimer: (callback, ms) => {
        const timer = setTimeout(callback, ms);
        return { dispose: () => clearTimeout(timer) };
      },
    }),
  );
}
