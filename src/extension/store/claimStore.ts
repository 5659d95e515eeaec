// The ClaimStore of the extension: the open articles' sessions (runningSession.ts, over core/session), fed VS Code's events; opening, renaming and the workspace's sidecars.
import * as vscode from 'vscode';
import { toTextEdits } from '../../core/anchor';
import type { Sidecar, Source } from '../../core/model/types';
import { sidecarOf } from '../../core/session/annotations';
import { openSession } from '../../core/session/articleSession';
import type { Detector } from '../../core/session/detectionRegions';
import { rawOf, type SidecarRead } from '../../core/session/types';
import { countsOf } from '../../core/view/claimCounts';
import type { Notifier } from '../notifier';
import type { ArticleAnnotations, ArticleChange, ClaimStore, WorkspaceArticle } from './api';
import { canWrite, fileNameOf, hasFileSystem, sidecarUriFor } from './articleUris';
import { documentText } from './documentText';
import type { BackgroundDetector } from './backgroundDetector';
import type { FileAccess } from './fileAccess';
import type { ReadingSummary } from './progressiveDetection';
import { ReaderMessages } from './readerMessages';
import { readAhead, RunningSession, type SessionServices } from './runningSession';
import { SerialQueue } from './serialQueue';
import { errorMessage, readSidecarFile, readSidecarText } from './sessionEffects';
import { readStoreSettings } from './settings';
import { moveSidecar } from './sidecarMove';
import { readWorkspaceSidecars, toWorkspaceArticle } from './workspaceIndex';
import { collectSources, workspaceCounts } from './workspaceSummary';

function keyOf(uri: vscode.Uri): string {
  return uri.toString();
}

export type { Detector };

export class SidecarClaimStore implements ClaimStore {
  private readonly articles = new Map<string, RunningSession>();
  private readonly opening = new Map<string, Promise<ArticleAnnotations>>();
  /**
   * Annotation edits of articles closed or renamed away before they reached the disk, keyed by the URI they continue
   * under, so a rename (whose close/open/rename events arrive in no fixed order) does not lose them.
   */
  private readonly carried = new Map<string, Sidecar>();
  /** How the detector's last reading of each article went: its tests tell the worker thread's reading from the host's by it. */
  private readonly readings = new Map<string, ReadingSummary>();
  private readonly queue = new SerialQueue();
  private readonly changed = new vscode.EventEmitter<ArticleChange>();
  private readonly workspaceChanged = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeWorkspace = this.workspaceChanged.event;
  private readonly files: FileAccess;
  private readonly notifier: Notifier;
  private readonly services: SessionServices;
  private readonly detect: Detector | undefined;

  /** Without a detector the store keeps the stored and hand-made claims only. */
  constructor(deps: { detect?: Detector; background?: BackgroundDetector; files: FileAccess; notifier: Notifier }) {
    this.files = deps.files;
    this.notifier = deps.notifier;
    this.detect = deps.detect;
    this.services = {
      files: deps.files,
      notifier: deps.notifier,
      messages: new ReaderMessages(deps.notifier),
      detect: deps.detect,
      background: deps.background,
      queued: (what, task) => this.queued(what, task),
      changed: (change) => this.changed.fire(change),
      wroteSidecar: () => this.workspaceChanged.fire(),
      carry: (articleUri, sidecar) => this.carried.set(keyOf(articleUri), sidecar),
      readingDone: (articleUri, summary) => this.readings.set(keyOf(articleUri), summary),
    };
    // The worker thread, warm, is kept while articles are open: the next one opened is read at full speed.
    deps.background?.keepAliveWhile(() => this.articles.size > 0);
  }

  get(articleUri: vscode.Uri): ArticleAnnotations | undefined {
    return this.articles.get(keyOf(articleUri))?.snapshot();
  }

  open(document: vscode.TextDocument): Promise<ArticleAnnotations> {
    const key = keyOf(document.uri);
    const known = this.articles.get(key);
    if (known?.document === document) return Promise.resolve(known.snapshot());
    const pending = this.opening.get(key);
    if (pending) return pending;
    const loading = this.queue.run(() => this.load(document)).finally(() => this.opening.delete(key));
    this.opening.set(key, loading);
    return loading;
  }

  /** `open` for the document events: a failure is logged and shown rather than lost. */
  openInBackground(document: vscode.TextDocument): void {
    this.inBackground(`opening ${fileNameOf(document.uri)}`, async () => {
      await this.open(document);
    });
  }

  async edit(articleUri: vscode.Uri, change: (sidecar: Sidecar, text: string) => Sidecar): Promise<boolean> {
    const session = this.articles.get(keyOf(articleUri)) ?? (await this.openIfLoaded(articleUri));
    if (!session) {
      void this.notifier.warn(vscode.l10n.t('ClaimLens: open {0} to change its annotations.', fileNameOf(articleUri)));
      return false;
    }
    const accepted = session.state.status.kind === 'ok';
    session.dispatch({ kind: 'edit', change });
    // The write is awaited, not the sources of claims still being detected.
    if (accepted) await this.queue.run(() => Promise.resolve());
    return accepted;
  }

  async listWorkspace(): Promise<WorkspaceArticle[]> {
    return (await readWorkspaceSidecars(this.files)).map((entry) => {
      const open = this.articles.get(keyOf(entry.articleUri));
      if (!open || open.state.status.kind !== 'ok') return toWorkspaceArticle(entry);
      return { articleUri: entry.articleUri, sidecarUri: entry.sidecarUri, ...workspaceCounts(countsOf(open.state.annotations.claims)) };
    });
  }

  async workspaceSources(): Promise<Source[]> {
    const open = [...this.articles.values()].map((session) => sidecarOf(session.state.annotations));
    const onDisk = (await readWorkspaceSidecars(this.files)).flatMap((entry) => (entry.sidecar ? [entry.sidecar] : []));
    return collectSources([...open, ...onDisk]);
  }

  async workspaceAnnotations(): Promise<{ articleUri: vscode.Uri; sidecar: Sidecar }[]> {
    const found = new Map<string, { articleUri: vscode.Uri; sidecar: Sidecar }>();
    for (const entry of await readWorkspaceSidecars(this.files)) {
      if (entry.sidecar) found.set(keyOf(entry.articleUri), { articleUri: entry.articleUri, sidecar: entry.sidecar });
    }
    for (const session of this.articles.values()) {
      if (session.state.status.kind === 'ok') found.set(keyOf(session.articleUri), { articleUri: session.articleUri, sidecar: sidecarOf(session.state.annotations) });
    }
    return [...found.values()];
  }

  /** How the detector's last whole reading of the article went, if it finished one. */
  lastReading(articleUri: vscode.Uri): ReadingSummary | undefined {
    return this.readings.get(keyOf(articleUri));
  }

  isDetecting(articleUri: vscode.Uri): boolean {
    return this.articles.get(keyOf(articleUri))?.detection?.busy ?? false;
  }

  async whenIdle(): Promise<void> {
    await this.queue.run(() => Promise.resolve());
    await Promise.all([...this.articles.values()].map((session) => session.sourcesResolved()));
  }

  handleTextChange(event: vscode.TextDocumentChangeEvent): void {
    const session = this.articles.get(keyOf(event.document.uri));
    if (!session || session.document !== event.document) return;
    const edits = toTextEdits(event.contentChanges);
    // `isDirty` is updated after the content change is reported, so a clean document here is a reload or the first edit after a save.
    const mayBeReload = !event.document.isDirty && event.reason === undefined;
    session.dispatch({ kind: 'textChanged', edits, mayBeReload });
    if (edits.length > 0) {
      const { detectWhileEditing, detectionDelay } = session.settings;
      session.detection?.follow(edits, detectWhileEditing ? detectionDelay : undefined);
    }
  }

  handleSave(document: vscode.TextDocument): void {
    const session = this.articles.get(keyOf(document.uri));
    if (session?.document === document) session.dispatch({ kind: 'saved' });
  }

  handleClose(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    const session = this.articles.get(key);
    if (!session || session.document !== document) return;
    this.articles.delete(key);
    this.readings.delete(key);
    this.changed.fire({ articleUri: session.articleUri, edits: [], changed: 'all', rangesFollowEdits: false });
    session.dispatch({ kind: 'closed' });
  }

  /** A sidecar was created, changed or deleted on disk: its article re-reads it (its own writes are recognised as such). */
  handleSidecarChange(sidecarUri: vscode.Uri): void {
    this.workspaceChanged.fire();
    const session = [...this.articles.values()].find((open) => keyOf(open.sidecarUri) === keyOf(sidecarUri));
    session?.dispatch({ kind: 'sidecarChanged' });
  }

  /**
   * Compares the sidecars of open articles (or of `articleUri` only) with the disk and reloads those that changed,
   * for changes the file watcher missed. Reads without parsing, so it is cheap to call often.
   */
  recheckSidecars(articleUri?: vscode.Uri): void {
    const open = articleUri ? [this.articles.get(keyOf(articleUri))] : [...this.articles.values()];
    for (const session of open) {
      if (!session || !hasFileSystem(session.articleUri)) continue;
      this.inBackground(`checking ${fileNameOf(session.sidecarUri)}`, async () => {
        const raw = await readSidecarText(this.files, session.sidecarUri);
        if (raw !== session.state.disk && !session.ended) session.dispatch({ kind: 'sidecarChanged' });
      });
    }
  }

  handleRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      // Taken now, before the old document's close event can write its edits against a file that is gone.
      const previous = this.articles.get(keyOf(oldUri));
      this.articles.delete(keyOf(oldUri));
      previous?.end();
      this.queued(`moving the annotations of ${fileNameOf(oldUri)}`, () => this.moveAlong(oldUri, newUri, previous));
    }
  }

  /** Settings may have changed: each article reads its own again. */
  refreshSettings(): void {
    for (const session of this.articles.values()) session.settings = readStoreSettings(session.articleUri);
  }

  dispose(): void {
    for (const session of this.articles.values()) session.detection?.cancel();
    this.services.background?.dispose();
    this.changed.dispose();
    this.workspaceChanged.dispose();
  }

  /**
   * Runs `task` after the file operations queued so far. A failure is a bug, not a file error (those come back as
   * events): it is logged with its stack and shown, never left as an unhandled rejection.
   */
  private queued(what: string, task: () => Promise<void>): void {
    this.inBackground(what, () => this.queue.run(task));
  }

  private inBackground(what: string, task: () => Promise<void>): void {
    task().then(undefined, (error: unknown) => {
      this.notifier.log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void this.notifier.error(vscode.l10n.t('ClaimLens hit an unexpected error; details are in the ClaimLens log (Output panel): {0}', errorMessage(error)));
    });
  }

  private async openIfLoaded(articleUri: vscode.Uri): Promise<RunningSession | undefined> {
    const document = vscode.workspace.textDocuments.find((doc) => keyOf(doc.uri) === keyOf(articleUri));
    if (!document) return undefined;
    await this.open(document);
    return this.articles.get(keyOf(articleUri));
  }

  private readonlyReason(articleUri: vscode.Uri): string | undefined {
    if (canWrite(articleUri)) return undefined;
    return hasFileSystem(articleUri)
      ? vscode.l10n.t('{0} is on a read-only file system, so no sidecar can be saved beside it.', fileNameOf(articleUri))
      : vscode.l10n.t('{0} is not saved in a folder yet; save it to keep annotations.', fileNameOf(articleUri));
  }

  private async load(document: vscode.TextDocument): Promise<ArticleAnnotations> {
    const started = Date.now();
    const articleUri = document.uri;
    const sidecarUri = sidecarUriFor(articleUri);
    const settings = readStoreSettings(articleUri);
    const names = { file: fileNameOf(articleUri), sidecarFile: fileNameOf(sidecarUri) };
    const readonlyReason = this.readonlyReason(articleUri);
    const editorNow = () => ({ text: documentText(document), dirty: document.isDirty, detectOnLoad: settings.detectOnOpen });
    const reading: Promise<SidecarRead> = hasFileSystem(articleUri) ? readSidecarFile(this.files, sidecarUri) : Promise.resolve({ kind: 'missing' });
    // The detector reads while the sidecar is read (a round trip to the file system, long while the editor opens).
    const ahead =
      this.detect && settings.detectOnOpen
        ? readAhead(this.detect, document, this.services, openSession(names, { kind: 'missing' }, readonlyReason, editorNow()).state, settings.detectInWorker ? this.services.background : undefined)
        : undefined;
    let read: SidecarRead;
    try {
      read = await reading;
    } catch (error) {
      ahead?.reading.cancel();
      throw error;
    }
    this.articles.get(keyOf(articleUri))?.end();
    const step = openSession(names, read, readonlyReason, editorNow());
    // Without a sidecar, the session starts with what the detector merged while the sidecar was looked for.
    const mergedAhead = read.kind === 'missing' ? ahead?.withoutSidecar() : undefined;
    const state = mergedAhead ? { ...step.state, annotations: mergedAhead } : step.state;
    const session = new RunningSession(document, articleUri, sidecarUri, state, settings, this.services, ahead && { reading: ahead.reading, merged: mergedAhead !== undefined });
    this.articles.set(keyOf(articleUri), session);
    session.performAll(step.effects);
    session.dropReadAhead();
    this.takeOverCarried(session);
    this.notifier.log.trace(`opened ${names.file}: sidecar ${read.kind}, ${session.state.annotations.claims.size} claims, ${Date.now() - started} ms`);
    return session.snapshot();
  }

  /** Annotation edits made under another name before a rename continue here. */
  private takeOverCarried(session: RunningSession): void {
    const carried = this.carried.get(keyOf(session.articleUri));
    if (!carried) return;
    this.carried.delete(keyOf(session.articleUri));
    session.dispatch({ kind: 'carriedOver', sidecar: carried });
  }

  /** After an article was renamed or moved: moves its sidecar and carries edits not yet written to the new name. */
  private async moveAlong(oldUri: vscode.Uri, newUri: vscode.Uri, open: RunningSession | undefined): Promise<void> {
    const previous = open?.hasUnsavedEdits() ? sidecarOf(open.state.annotations) : this.carried.get(keyOf(oldUri));
    this.carried.delete(keyOf(oldUri));
    let move;
    try {
      move = await moveSidecar(this.files, oldUri, newUri);
    } catch (error) {
      void this.notifier.error(
        vscode.l10n.t('ClaimLens could not move the annotations of {0} to {1}: {2}', fileNameOf(oldUri), fileNameOf(newUri), errorMessage(error)),
      );
      return;
    }
    if (move.kind === 'blocked') {
      void this.notifier.warn(
        vscode.l10n.t('ClaimLens left {0} where it is: {1} already exists beside the renamed article.', fileNameOf(move.from), fileNameOf(move.to)),
      );
      return;
    }
    if (move.kind === 'copied') {
      void this.notifier.warn(
        vscode.l10n.t(
          'ClaimLens copied the annotations of {0} to {1}, but kept {0}: it changed while they were moved (another program or window wrote to it). Both files exist now: {2} and {3}. Compare them and delete the one you do not need.',
          fileNameOf(move.from),
          fileNameOf(move.to),
          vscode.workspace.asRelativePath(move.from, false),
          vscode.workspace.asRelativePath(move.to, false),
        ),
      );
    }
    if (move.kind === 'moved' || move.kind === 'copied') this.workspaceChanged.fire();
    if (previous) this.carried.set(keyOf(newUri), previous);
    const renamed = this.articles.get(keyOf(newUri));
    if (!renamed) return;
    const read = await readSidecarFile(this.files, renamed.sidecarUri);
    if (rawOf(read) !== renamed.state.disk) renamed.dispatch({ kind: 'sidecarRead', read });
    this.takeOverCarried(renamed);
  }
}
