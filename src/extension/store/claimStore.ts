// The ClaimStore of the extension: one article session (core/session) per open article, fed VS Code's events, its effects performed through the file access and the notifier.
import * as vscode from 'vscode';
import { toTextEdits } from '../../core/anchor';
import type { Detector } from '../../core/session/detectionRegions';
import type { Sidecar, Source } from '../../core/model/types';
import { openSession, reduceSession } from '../../core/session/articleSession';
import { checkBeforeWrite } from '../../core/sidecar/writeCheck';
import { type Annotations, sidecarOf } from '../../core/session/annotations';
import { contentOf } from '../../core/session/sidecarContent';
import { type ChangedClaims, type ClaimsChange, NOTHING_CHANGED, onlyMoved, type SessionEffect, type SessionEvent, type SessionMessage, type SessionState, type SidecarRead } from '../../core/session/types';
import { countsOf } from '../../core/view/claimCounts';
import type { Notifier } from '../notifier';
import type { ArticleAnnotations, ArticleChange, ClaimStore, WorkspaceArticle } from './api';
import { canWrite, fileNameOf, hasFileSystem, sidecarUriFor } from './articleUris';
import { documentText } from './documentText';
import type { FileAccess } from './fileAccess';
import { ProgressiveDetection } from './progressiveDetection';
import { SerialQueue } from './serialQueue';
import { readStoreSettings, type StoreSettings } from './settings';
import { errorMessage, rawOf, readSidecarFile, readSidecarText } from './sidecarFiles';
import { moveSidecar } from './sidecarMove';
import { conflictMessage } from './storeMessages';
import { localConflictWords } from '../l10n/words';
import { UnreadableSidecarReport } from './unreadableSidecarReport';
import { readWorkspaceSidecars, toWorkspaceArticle } from './workspaceIndex';
import { collectSources, workspaceCounts } from './workspaceSummary';

function keyOf(uri: vscode.Uri): string {
  return uri.toString();
}

/** The offsets on screen in an editor showing `document`, or its start when none does yet. */
function visibleRegion(document: vscode.TextDocument): { start: number; end: number } {
  const range = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.visibleRanges[0];
  return range ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : { start: 0, end: 0 };
}

/** One article's session as the store runs it: the reducer's state and what lives beside it in the extension host. */
interface Session {
  readonly document: vscode.TextDocument;
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  state: SessionState;
  /** The settings for this article, read once and again after a settings change. */
  settings: StoreSettings;
  detection?: ProgressiveDetection;
  /** The snapshot handed out for the current annotations and status, made on demand. */
  snapshot?: { annotations: Annotations; snapshot: ArticleAnnotations };
  /** Over: closed with nothing left to write, or replaced. Results of its file effects still in the queue are dropped. */
  ended: boolean;
  /** Set while a detector merge is being applied: the background reading announces its changes at most every second. */
  withholding: boolean;
  /** Changes of detector merges not yet announced. */
  withheld?: ChangedClaims;
}

export type { Detector };

function unite(a: ChangedClaims, b: ChangedClaims): ChangedClaims {
  return a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]);
}

export class SidecarClaimStore implements ClaimStore {
  private readonly articles = new Map<string, Session>();
  private readonly opening = new Map<string, Promise<ArticleAnnotations>>();
  /**
   * Annotation edits of articles closed or renamed away before they reached the disk, keyed by the URI they continue
   * under, so a rename (whose close/open/rename events arrive in no fixed order) does not lose them.
   */
  private readonly carried = new Map<string, Sidecar>();
  private readonly queue = new SerialQueue();
  private readonly report: UnreadableSidecarReport;
  private readonly changed = new vscode.EventEmitter<ArticleChange>();
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
    const session = this.articles.get(keyOf(articleUri));
    return session && this.snapshotOf(session);
  }

  open(document: vscode.TextDocument): Promise<ArticleAnnotations> {
    const key = keyOf(document.uri);
    const known = this.articles.get(key);
    if (known?.document === document) return Promise.resolve(this.snapshotOf(known));
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
    this.dispatch(session, { kind: 'edit', change });
    if (accepted) await this.whenIdle();
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

  isDetecting(articleUri: vscode.Uri): boolean {
    return this.articles.get(keyOf(articleUri))?.detection?.busy ?? false;
  }

  whenIdle(): Promise<void> {
    return this.queue.run(() => Promise.resolve());
  }

  handleTextChange(event: vscode.TextDocumentChangeEvent): void {
    const session = this.articles.get(keyOf(event.document.uri));
    if (!session || session.document !== event.document) return;
    const edits = toTextEdits(event.contentChanges);
    // `isDirty` is updated after the content change is reported, so a clean document here is a reload or the first edit after a save.
    const mayBeReload = !event.document.isDirty && event.reason === undefined;
    this.dispatch(session, { kind: 'textChanged', edits, mayBeReload });
    if (edits.length > 0) {
      const { detectWhileEditing, detectionDelay } = session.settings;
      session.detection?.follow(edits, detectWhileEditing ? detectionDelay : undefined);
    }
  }

  handleSave(document: vscode.TextDocument): void {
    const session = this.articles.get(keyOf(document.uri));
    if (session?.document === document) this.dispatch(session, { kind: 'saved' });
  }

  handleClose(document: vscode.TextDocument): void {
    const key = keyOf(document.uri);
    const session = this.articles.get(key);
    if (!session || session.document !== document) return;
    this.articles.delete(key);
    this.changed.fire({ articleUri: session.articleUri, edits: [], changed: 'all', rangesFollowEdits: false });
    this.dispatch(session, { kind: 'closed' });
  }

  /** A sidecar was created, changed or deleted on disk: its article re-reads it (its own writes are recognised as such). */
  handleSidecarChange(sidecarUri: vscode.Uri): void {
    this.workspaceChanged.fire();
    const session = [...this.articles.values()].find((open) => keyOf(open.sidecarUri) === keyOf(sidecarUri));
    if (session) this.dispatch(session, { kind: 'sidecarChanged' });
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
        if (raw !== session.state.disk && !session.ended) this.dispatch(session, { kind: 'sidecarChanged' });
      });
    }
  }

  handleRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      // Taken now, before the old document's close event can write its edits against a file that is gone.
      const previous = this.articles.get(keyOf(oldUri));
      this.articles.delete(keyOf(oldUri));
      if (previous) this.end(previous);
      this.queued(`moving the annotations of ${fileNameOf(oldUri)}`, () => this.moveAlong(oldUri, newUri, previous));
    }
  }

  /** Settings may have changed: each article reads its own again. */
  refreshSettings(): void {
    for (const session of this.articles.values()) session.settings = readStoreSettings(session.articleUri);
  }

  dispose(): void {
    for (const session of this.articles.values()) session.detection?.cancel();
    this.changed.dispose();
    this.workspaceChanged.dispose();
  }

  private snapshotOf(session: Session): ArticleAnnotations {
    const { annotations, status } = session.state;
    const known = session.snapshot;
    if (known?.annotations === annotations && known.snapshot.status === status) return known.snapshot;
    const snapshot: ArticleAnnotations = {
      articleUri: session.articleUri,
      sidecarUri: session.sidecarUri,
      status,
      claims: annotations.claims,
      get sidecar() {
        return sidecarOf(annotations);
      },
      get counts() {
        return countsOf(annotations.claims);
      },
    };
    session.snapshot = { annotations, snapshot };
    return snapshot;
  }

  private environment(session: Session) {
    return { text: documentText(session.document), dirty: session.document.isDirty, detectOnLoad: session.settings.detectOnOpen };
  }

  private dispatch(session: Session, event: SessionEvent): void {
    const step = reduceSession(session.state, event, this.environment(session));
    session.state = step.state;
    for (const effect of step.effects) this.perform(session, effect);
  }

  private perform(session: Session, effect: SessionEffect): void {
    switch (effect.kind) {
      case 'announce':
        this.announce(session, effect.change);
        return;
      case 'readSidecar':
        this.queued(`reading ${fileNameOf(session.sidecarUri)}`, async () => {
          const read = await readSidecarFile(this.files, session.sidecarUri);
          if (!session.ended && rawOf(read) !== session.state.disk) this.dispatch(session, { kind: 'sidecarRead', read });
        });
        return;
      case 'write':
        this.queued(`writing ${fileNameOf(session.sidecarUri)}`, () => this.write(session, effect));
        return;
      case 'readArticle':
        this.queued(`reading ${fileNameOf(session.articleUri)}`, async () => this.dispatch(session, { kind: 'articleRead', read: await this.files.readText(session.articleUri) }));
        return;
      case 'carry':
        this.carried.set(keyOf(session.articleUri), sidecarOf(session.state.annotations));
        this.end(session);
        return;
      case 'end':
        this.end(session);
        return;
      case 'tell':
        this.tell(session, effect.message);
        return;
      case 'detection':
        if (effect.run) this.startDetection(session);
        else session.detection?.cancel();
        return;
    }
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

  private announce(session: Session, change: ClaimsChange): void {
    if (session.ended) return;
    const { withheld } = session;
    if (session.withholding) {
      session.withheld = withheld === undefined ? change.changed : unite(withheld, change.changed);
      return;
    }
    session.withheld = undefined;
    if (withheld === undefined) this.changed.fire({ articleUri: session.articleUri, ...change });
    else this.changed.fire({ articleUri: session.articleUri, ...change, changed: unite(withheld, change.changed), rangesFollowEdits: false });
  }

  private end(session: Session): void {
    session.ended = true;
    session.detection?.cancel();
  }

  private tell(session: Session, message: SessionMessage): void {
    const { articleUri, sidecarUri } = session;
    switch (message.kind) {
      case 'unreadable':
        this.report.report(articleUri, sidecarUri, message.message, message.keptEdits);
        return;
      case 'readable':
        this.report.recovered(articleUri);
        return;
      case 'editRefused':
        if (message.status.kind === 'unreadable') this.report.refuseEdit(articleUri, sidecarUri, message.status.message);
        else void this.notifier.warn(vscode.l10n.t('ClaimLens did not change the annotations: {0}', message.status.message));
        return;
      case 'conflicts':
        void this.notifier.warn(conflictMessage(fileNameOf(sidecarUri), message.conflicts, localConflictWords()));
        return;
      case 'writeFailed':
        void this.notifier.error(
          vscode.l10n.t('ClaimLens could not save {0}: {1}. Your annotations are kept in memory.', fileNameOf(sidecarUri), message.message),
        );
        return;
      case 'heldEditsLost':
        this.report.heldEditsLost(articleUri, sidecarUri);
        return;
    }
  }

  /** Performs a `write` effect as its contract says: the article's text checked, the sidecar compared, then replaced. */
  private async write(session: Session, effect: Extract<SessionEffect, { kind: 'write' }>): Promise<void> {
    // A write queued before the article closed still goes out: it checks the article's text like any other.
    if (session.state.status.kind !== 'ok') return;
    const article = await this.files.readText(session.articleUri);
    // An article in another encoding cannot be compared; its sidecar is written as for any saved article.
    if (article.kind === 'missing' || article.kind === 'failed' || (article.kind === 'ok' && article.text !== effect.against)) return;
    const current = await this.files.readText(session.sidecarUri);
    const onDisk = current.kind === 'missing' ? undefined : current.kind === 'ok' ? current.text : { unreadable: current.message };
    if (checkBeforeWrite(session.state.disk, onDisk, fileNameOf(session.sidecarUri)).kind !== 'unchanged') {
      // Read again as a sidecar: the session merges it with the edits not yet written, or holds them while it is broken.
      this.dispatch(session, { kind: 'sidecarRead', read: await readSidecarFile(this.files, session.sidecarUri) });
      return;
    }
    const started = Date.now();
    const content = contentOf(effect);
    if (content !== session.state.disk) {
      try {
        await this.files.writeAtomically(session.sidecarUri, content);
        this.notifier.log.trace(`wrote ${fileNameOf(session.sidecarUri)}: ${effect.sidecar.claims.length} claims, ${content.length} characters, ${Date.now() - started} ms`);
      } catch (error) {
        this.dispatch(session, { kind: 'writeFailed', message: errorMessage(error) });
        return;
      }
      this.workspaceChanged.fire();
    }
    this.dispatch(session, { kind: 'written', content, revision: effect.revision });
  }

  private async openIfLoaded(articleUri: vscode.Uri): Promise<Session | undefined> {
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
    const read: SidecarRead = hasFileSystem(articleUri) ? await readSidecarFile(this.files, sidecarUri) : { kind: 'missing' };
    const previous = this.articles.get(keyOf(articleUri));
    if (previous) this.end(previous);
    const settings = readStoreSettings(articleUri);
    const names = { file: fileNameOf(articleUri), sidecarFile: fileNameOf(sidecarUri) };
    const env = { text: documentText(document), dirty: document.isDirty, detectOnLoad: settings.detectOnOpen };
    const step = openSession(names, read, this.readonlyReason(articleUri), env);
    const session: Session = { document, articleUri, sidecarUri, state: step.state, settings, ended: false, withholding: false };
    this.articles.set(keyOf(articleUri), session);
    for (const effect of step.effects) this.perform(session, effect);
    this.takeOverCarried(session);
    this.notifier.log.trace(`opened ${names.file}: sidecar ${read.kind}, ${session.state.annotations.claims.size} claims, ${Date.now() - started} ms`);
    return this.snapshotOf(session);
  }

  /** Annotation edits made under another name before a rename continue here. */
  private takeOverCarried(session: Session): void {
    const carried = this.carried.get(keyOf(session.articleUri));
    if (!carried) return;
    this.carried.delete(keyOf(session.articleUri));
    this.dispatch(session, { kind: 'carriedOver', sidecar: carried });
  }

  /** Starts reading the article with the detector: the part on screen now, the rest in the background. */
  private startDetection(session: Session): void {
    const detect = this.detect;
    if (!detect || session.ended) return;
    const { document } = session;
    session.detection ??= new ProgressiveDetection(detect, {
      text: () => document.getText(),
      view: () => documentText(document),
      version: () => document.version,
      markdown: document.languageId === 'markdown',
      isCurrent: () => !session.ended && session.state.status.kind === 'ok',
      merge: (found, text, region) => {
        session.withholding = true;
        try {
          this.dispatch(session, { kind: 'detected', found, region, text, now: new Date().toISOString() });
        } finally {
          session.withholding = false;
        }
      },
      announce: () => {
        session.withholding = true;
        try {
          this.dispatch(session, { kind: 'resolveSources' });
        } finally {
          session.withholding = false;
        }
        const changed = session.withheld;
        if (changed !== undefined && !onlyMoved({ changed })) this.announce(session, { edits: [], changed: NOTHING_CHANGED, rangesFollowEdits: false });
      },
    });
    session.detection.start(visibleRegion(document));
  }

  /** After an article was renamed or moved: moves its sidecar and carries edits not yet written to the new name. */
  private async moveAlong(oldUri: vscode.Uri, newUri: vscode.Uri, open: Session | undefined): Promise<void> {
    const previous = open && open.state.revision > open.state.savedRevision ? sidecarOf(open.state.annotations) : this.carried.get(keyOf(oldUri));
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
    if (move.kind === 'moved') this.workspaceChanged.fire();
    if (previous) this.carried.set(keyOf(newUri), previous);
    const renamed = this.articles.get(keyOf(newUri));
    if (!renamed) return;
    const read = await readSidecarFile(this.files, renamed.sidecarUri);
    if (rawOf(read) !== renamed.state.disk) this.dispatch(renamed, { kind: 'sidecarRead', read });
    this.takeOverCarried(renamed);
  }
}
