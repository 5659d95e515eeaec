// The ClaimStore of the extension: keeps each open article's claims anchored to its text and in step with its sidecar file.
import * as vscode from 'vscode';
import { reanchor } from '../../core/anchor';
import { emptySidecar, mergeDetections } from '../../core/model/annotations';
import type { Detector } from '../../core/model/detectionRegions';
import type { Sidecar, Source } from '../../core/model/types';
import type { ArticleAnnotations, ArticleStatus, ClaimStore, WorkspaceArticle } from './api';
import { canWrite, fileNameOf, hasFileSystem, sidecarUriFor } from './articleUris';
import { deservesFile, hasUnsavedEdits, type OpenArticle, sidecarContent, snapshot } from './openArticle';
import type { Notifier } from '../notifier';
import { readStoreSettings } from './settings';
import type { FileAccess } from './fileAccess';
import { errorMessage, rawOf, readSidecarFile, readSidecarText, type SidecarRead } from './sidecarFiles';
import { baseOf, type MergeableRead, mergeWithDisk } from './sidecarMerge';
import { moveSidecar } from './sidecarMove';
import { SerialQueue } from './serialQueue';
import { ProgressiveDetection } from './progressiveDetection';
import { followChange, toTextEdits } from './textChanges';
import { UnreadableSidecarReport } from './unreadableSidecarReport';
import { readWorkspaceSidecars, toWorkspaceArticle } from './workspaceIndex';
import { collectSources, countClaims } from './workspaceSummary';

function now(): string {
  return new Date().toISOString();
}

function keyOf(uri: vscode.Uri): string {
  return uri.toString();
}

/** The offsets on screen in an editor showing `document`, or its start when none does yet. */
function visibleRegion(document: vscode.TextDocument): { start: number; end: number } {
  const range = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.visibleRanges[0];
  return range ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : { start: 0, end: 0 };
}

export type { Detector };

export class SidecarClaimStore implements ClaimStore {
  private readonly articles = new Map<string, OpenArticle>();
  private readonly opening = new Map<string, Promise<ArticleAnnotations>>();
  /**
   * Articles closed or renamed away with annotation edits not yet on disk, keyed by the URI they continue under,
   * so a rename (whose close/open/rename events arrive in no fixed order) does not lose them.
   */
  private readonly carried = new Map<string, OpenArticle>();
  private readonly queue = new SerialQueue();
  private readonly report: UnreadableSidecarReport;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly workspaceChanged = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeWorkspace = this.workspaceChanged.event;

  private readonly detect: Detector | undefined;
  private readonly files: FileAccess;
  private readonly notifier: Notifier;

  /** Without a detector the store keeps the stored and hand-made claims only. */
  constructor(deps: { detect?: Detector; files: FileAccess; notifier: Notifier }) {
    this.detect = deps.detect;
    this.files = deps.files;
    this.notifier = deps.notifier;
    this.report = new UnreadableSidecarReport(deps.notifier);
  }

  get(articleUri: vscode.Uri): ArticleAnnotations | undefined {
    const article = this.articles.get(keyOf(articleUri));
    return article && snapshot(article);
  }

  open(document: vscode.TextDocument): Promise<ArticleAnnotations> {
    const key = keyOf(document.uri);
    const known = this.articles.get(key);
    if (known?.document === document) return Promise.resolve(snapshot(known));
    const pending = this.opening.get(key);
    if (pending) return pending;
    const loading = this.queue.run(() => this.load(document)).finally(() => this.opening.delete(key));
    this.opening.set(key, loading);
    return loading;
  }

  async edit(articleUri: vscode.Uri, change: (sidecar: Sidecar, text: string) => Sidecar): Promise<boolean> {
    const article = this.articles.get(keyOf(articleUri)) ?? (await this.openIfLoaded(articleUri));
    if (!article) {
      void this.notifier.warn(`ClaimLens: open ${fileNameOf(articleUri)} to change its annotations.`);
      return false;
    }
    if (article.status.kind === 'unreadable') {
      this.report.refuseEdit(article.articleUri, article.sidecarUri, article.status.message);
      return false;
    }
    if (article.status.kind === 'readonly') {
      void this.notifier.warn(`ClaimLens did not change the annotations: ${article.status.message}`);
      return false;
    }
    article.sidecar = change(article.sidecar, article.document.getText());
    article.edits += 1;
    this.changed.fire(article.articleUri);
    await this.saveEdits(article);
    return true;
  }

  async listWorkspace(): Promise<WorkspaceArticle[]> {
    return (await readWorkspaceSidecars(this.files)).map((entry) => {
      const open = this.articles.get(keyOf(entry.articleUri));
      if (!open || open.status.kind !== 'ok') return toWorkspaceArticle(entry);
      return { articleUri: entry.articleUri, sidecarUri: entry.sidecarUri, ...countClaims(open.sidecar) };
    });
  }

  async workspaceSources(): Promise<Source[]> {
    const open = [...this.articles.values()].map((article) => article.sidecar);
    const onDisk = (await readWorkspaceSidecars(this.files)).flatMap((entry) => (entry.sidecar ? [entry.sidecar] : []));
    return collectSources([...open, ...onDisk]);
  }

  isDetecting(articleUri: vscode.Uri): boolean {
    return this.articles.get(keyOf(articleUri))?.detection?.busy ?? false;
  }

  whenIdle(): Promise<void> {
    return this.queue.run(() => Promise.resolve());
  }

  /** Follows an edit of the document, and writes pending edits once the buffer matches the saved file again. */
  handleTextChange(event: vscode.TextDocumentChangeEvent): void {
    const article = this.articles.get(keyOf(event.document.uri));
    if (!article || article.document !== event.document) return;
    if (event.contentChanges.length > 0) {
      const edits = toTextEdits(event.contentChanges);
      // `isDirty` is updated after the content change is reported, so a clean document here is a reload or the first edit after a save.
      const mayBeReload = !event.document.isDirty && event.reason === undefined;
      const text = event.document.getText();
      article.sidecar = followChange(article.sidecar, edits, text, mayBeReload);
      this.changed.fire(article.articleUri);
      const settings = readStoreSettings(article.articleUri);
      article.detection?.follow(edits, settings.detectWhileEditing ? settings.detectionDelay : undefined);
    }
    // Undo back to the saved text, a revert or a reload: the file matches the buffer, so edits can go out now.
    // The dirty flag may lag behind; `saveEdits` checks the file's text before writing.
    if (!event.document.isDirty && hasUnsavedEdits(article)) void this.saveEdits(article);
  }

  /** The document's text is now the file's text: the sidecar can be written with offsets that match it. */
  handleSave(document: vscode.TextDocument): void {
    const article = this.articles.get(keyOf(document.uri));
    if (!article || article.document !== document || article.status.kind !== 'ok' || !deservesFile(article)) return;
    const content = sidecarContent(article, article.sidecar, document.getText());
    const edits = article.edits;
    void this.queue.run(() => this.write(article, content, edits));
  }

  handleClose(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    const article = this.articles.get(key);
    if (!article || article.document !== document) return;
    this.articles.delete(key);
    article.detection?.cancel();
    this.changed.fire(article.articleUri);
    if (article.status.kind === 'ok' && hasUnsavedEdits(article)) {
      void this.queue.run(() => this.saveAgainstDisk(article));
    } else if (article.heldBase && hasUnsavedEdits(article)) {
      this.report.heldEditsLost(article.articleUri, article.sidecarUri);
    }
  }

  /** A sidecar was created or changed on disk: reload its article unless the change is the store's own write. */
  handleSidecarChange(sidecarUri: vscode.Uri): void {
    this.workspaceChanged.fire();
    const article = [...this.articles.values()].find((open) => keyOf(open.sidecarUri) === keyOf(sidecarUri));
    if (article) void this.queue.run(() => this.reload(article));
  }

  /**
   * Compares the sidecars of open articles (or of `articleUri` only) with the disk and reloads those that changed,
   * for changes the file watcher missed. Reads without parsing when nothing changed, so it is cheap to call often.
   */
  recheckSidecars(articleUri?: vscode.Uri): void {
    const open = articleUri ? [this.articles.get(keyOf(articleUri))] : [...this.articles.values()];
    for (const article of open) {
      if (!article || !hasFileSystem(article.articleUri)) continue;
      void readSidecarText(this.files, article.sidecarUri).then((raw) => {
        if (raw !== article.diskContent) void this.queue.run(() => this.reload(article));
      });
    }
  }

  handleRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      // Taken now, before the old document's close event can flush its unsaved edits against a file that is gone.
      const previous = this.articles.get(keyOf(oldUri));
      this.articles.delete(keyOf(oldUri));
      void this.queue.run(() => this.follow(oldUri, newUri, previous));
    }
  }

  dispose(): void {
    for (const article of this.articles.values()) article.detection?.cancel();
    this.changed.dispose();
    this.workspaceChanged.dispose();
  }

  private async openIfLoaded(articleUri: vscode.Uri): Promise<OpenArticle | undefined> {
    const document = vscode.workspace.textDocuments.find((doc) => keyOf(doc.uri) === keyOf(articleUri));
    if (!document) return undefined;
    await this.open(document);
    return this.articles.get(keyOf(articleUri));
  }

  private async load(document: vscode.TextDocument): Promise<ArticleAnnotations> {
    const articleUri = document.uri;
    const sidecarUri = sidecarUriFor(articleUri);
    const read: SidecarRead = hasFileSystem(articleUri) ? await readSidecarFile(this.files, sidecarUri) : { kind: 'missing' };
    const article: OpenArticle = {
      document,
      articleUri,
      sidecarUri,
      status: { kind: 'ok' },
      sidecar: emptySidecar(fileNameOf(articleUri), ''),
      diskContent: undefined,
      edits: 0,
      savedEdits: 0,
    };
    this.applyRead(article, read, readStoreSettings(articleUri).detectOnOpen);
    if (article.status.kind === 'ok' && !canWrite(articleUri)) article.status = this.readonlyStatus(articleUri);
    const carried = this.takeOverCarried(article);
    this.articles.set(keyOf(articleUri), article);
    this.changed.fire(articleUri);
    if (carried) void this.saveEdits(article);
    return snapshot(article);
  }

  private readonlyStatus(articleUri: vscode.Uri): ArticleStatus {
    return hasFileSystem(articleUri)
      ? { kind: 'readonly', message: `${fileNameOf(articleUri)} is on a read-only file system, so no sidecar can be saved beside it.` }
      : { kind: 'readonly', message: `${fileNameOf(articleUri)} is not saved in a folder yet; save it to keep annotations.` };
  }

  /** Replaces the article's annotations with what was read from its sidecar, anchored to the current text. */
  private applyRead(article: OpenArticle, read: SidecarRead, detect: boolean): void {
    const text = article.document.getText();
    const file = fileNameOf(article.articleUri);
    article.edits = article.savedEdits;
    if (read.kind === 'unreadable') {
      article.status = { kind: 'unreadable', message: read.message };
      article.sidecar = emptySidecar(file, text);
      article.diskContent = read.raw;
      this.report.report(article.articleUri, article.sidecarUri, read.message);
      return;
    }
    this.report.recovered(article.articleUri);
    article.status = { kind: 'ok' };
    article.diskContent = read.kind === 'ok' ? read.raw : undefined;
    const stored = read.kind === 'ok' ? reanchor(read.sidecar, text) : emptySidecar(file, text);
    article.sidecar = stored;
    if (detect) this.startDetection(article);
    else article.detection?.cancel();
  }

  /** Annotation edits made under another name before a rename continue here, re-anchored to this text. */
  private takeOverCarried(article: OpenArticle): boolean {
    const carried = this.carried.get(keyOf(article.articleUri));
    if (!carried) return false;
    this.carried.delete(keyOf(article.articleUri));
    if (article.status.kind !== 'ok') return false;
    article.sidecar = reanchor(carried.sidecar, article.document.getText());
    article.edits += 1;
    return true;
  }

  /** Starts reading the article with the detector: the part on screen now, the rest in the background. */
  private startDetection(article: OpenArticle): void {
    const detect = this.detect;
    if (!detect) return;
    const key = keyOf(article.articleUri);
    article.detection ??= new ProgressiveDetection(detect, {
      text: () => article.document.getText(),
      version: () => article.document.version,
      markdown: article.document.languageId === 'markdown',
      isCurrent: () => this.articles.get(key) === article && article.status.kind === 'ok',
      merge: (found, text, region) => {
        article.sidecar = mergeDetections(article.sidecar, text, found, now(), region);
      },
      announce: () => this.changed.fire(article.articleUri),
    });
    article.detection.start(visibleRegion(article.document));
  }

  /**
   * Writes annotation edits now if the buffer is what is saved on disk; a dirty buffer waits for its save.
   * The article file is read back first because "not dirty" can be briefly wrong while VS Code has not yet
   * reloaded a file changed behind its back, and offsets must never be written against the wrong text.
   */
  private async saveEdits(article: OpenArticle): Promise<void> {
    if (article.document.isDirty || article.status.kind !== 'ok' || !deservesFile(article)) return;
    const text = article.document.getText();
    const content = sidecarContent(article, article.sidecar, text);
    const edits = article.edits;
    await this.queue.run(async () => {
      const onDisk = await this.files.readText(article.articleUri);
      // An article in another encoding cannot be compared; its sidecar is written as for any saved article.
      if (onDisk.kind === 'missing' || onDisk.kind === 'failed' || (onDisk.kind === 'ok' && onDisk.text !== text)) return;
      await this.write(article, content, edits);
    });
  }

  /** For an article closed with edits its file never got: anchor them to the saved text and write them. */
  private async saveAgainstDisk(article: OpenArticle): Promise<void> {
    const onDisk = await this.files.readText(article.articleUri);
    if (onDisk.kind === 'missing') {
      // Probably renamed: the rename handler picks these edits up under the new name.
      this.carried.set(keyOf(article.articleUri), article);
      return;
    }
    if (onDisk.kind !== 'ok' || !deservesFile(article)) return;
    let sidecar = reanchor(article.sidecar, onDisk.text);
    // A closed article has no reload to fall back on, so a sidecar changed meanwhile is merged here.
    const current = await readSidecarFile(this.files, article.sidecarUri);
    if (current.kind !== 'unreadable' && rawOf(current) !== article.diskContent) {
      sidecar = mergeWithDisk(article, sidecar, current, onDisk.text, this.notifier);
      article.diskContent = rawOf(current);
    }
    await this.write(article, sidecarContent(article, sidecar, onDisk.text), article.edits);
  }

  /**
   * Writes the sidecar unless it changed on disk since the store last saw it: then the file on disk is
   * reloaded (and merged with unsaved edits) instead, so a hand-edited, merged or corrupt sidecar is never
   * overwritten unseen.
   */
  private async write(article: OpenArticle, content: string, edits: number): Promise<void> {
    if (article.status.kind !== 'ok') return;
    const current = await readSidecarFile(this.files, article.sidecarUri);
    if (rawOf(current) !== article.diskContent) {
      // Reloading merges the unsaved edits into the file's new content and writes the result again when it can.
      await this.reload(article);
      return;
    }
    if (content !== article.diskContent) {
      try {
        await this.files.writeAtomically(article.sidecarUri, content);
      } catch (error) {
        void this.notifier.error(
          `ClaimLens could not save ${fileNameOf(article.sidecarUri)}: ${errorMessage(error)}. Your annotations are kept in memory.`,
        );
        return;
      }
      article.diskContent = content;
      this.workspaceChanged.fire();
    }
    article.savedEdits = Math.max(article.savedEdits, edits);
  }

  /**
   * Re-reads the sidecar of an open article after a change on disk. Annotation edits not yet written are merged
   * with the file's new content (three-way, by claim and source id); without such edits the file simply wins.
   */
  private async reload(article: OpenArticle): Promise<void> {
    if (this.articles.get(keyOf(article.articleUri)) !== article) return;
    const read = await readSidecarFile(this.files, article.sidecarUri);
    if (rawOf(read) === article.diskContent) return;
    if (!hasUnsavedEdits(article) || article.status.kind === 'readonly') {
      this.applyRead(article, read, readStoreSettings(article.articleUri).detectOnOpen);
    } else if (read.kind === 'unreadable') {
      this.holdEdits(article, read);
    } else {
      this.applyMerge(article, read);
    }
    this.changed.fire(article.articleUri);
  }

  /** A sidecar that broke on disk refuses edits as any unreadable one, but the unsaved edits stay to be merged later. */
  private holdEdits(article: OpenArticle, read: Extract<SidecarRead, { kind: 'unreadable' }>): void {
    article.heldBase = baseOf(article, fileNameOf(article.articleUri), article.document.getText());
    article.status = { kind: 'unreadable', message: read.message };
    article.diskContent = read.raw;
    this.report.report(article.articleUri, article.sidecarUri, read.message, true);
  }

  /** The unsaved edits stay unsaved on top of the file's new content, and go out at once if the buffer is saved. */
  private applyMerge(article: OpenArticle, read: MergeableRead): void {
    const text = article.document.getText();
    const merged = mergeWithDisk(article, article.sidecar, read, text, this.notifier);
    article.heldBase = undefined;
    article.status = { kind: 'ok' };
    this.report.recovered(article.articleUri);
    article.diskContent = rawOf(read);
    article.sidecar = merged;
    // The merge leaves out suggestions only this window's detector made; reading the article again brings them back.
    if (readStoreSettings(article.articleUri).detectOnOpen) this.startDetection(article);
    else article.detection?.cancel();
    void this.saveEdits(article);
  }

  /** After an article was renamed or moved: moves its sidecar and carries unsaved edits to the new name. */
  private async follow(oldUri: vscode.Uri, newUri: vscode.Uri, open: OpenArticle | undefined): Promise<void> {
    const previous = open ?? this.carried.get(keyOf(oldUri));
    this.carried.delete(keyOf(oldUri));
    let move;
    try {
      move = await moveSidecar(this.files, oldUri, newUri);
    } catch (error) {
      void this.notifier.error(
        `ClaimLens could not move the annotations of ${fileNameOf(oldUri)} to ${fileNameOf(newUri)}: ${errorMessage(error)}`,
      );
      return;
    }
    if (move.kind === 'blocked') {
      void this.notifier.warn(
        `ClaimLens left ${fileNameOf(move.from)} where it is: ${fileNameOf(move.to)} already exists beside the renamed article.`,
      );
      return;
    }
    if (move.kind === 'moved') this.workspaceChanged.fire();
    if (previous && hasUnsavedEdits(previous)) this.carried.set(keyOf(newUri), previous);
    const renamed = this.articles.get(keyOf(newUri));
    if (!renamed) return;
    await this.reload(renamed);
    if (this.takeOverCarried(renamed)) {
      this.changed.fire(renamed.articleUri);
      void this.saveEdits(renamed);
    }
  }
}
