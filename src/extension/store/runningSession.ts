// One open article's session as the extension runs it: the reducer's state, fed events; its effects performed with the services the store lends it.
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/model/types';
import { type Annotations, sidecarOf } from '../../core/session/annotations';
import { isMarkdownFile, sourcesToResolve } from '../../core/resolve/claims';
import { reduceSession } from '../../core/session/articleSession';
import type { Detector } from '../../core/session/detectionRegions';
import { type ChangedClaims, type ClaimsChange, NOTHING_CHANGED, onlyMoved, type SessionEffect, type SessionEvent, type SessionState } from '../../core/session/types';
import { countsOf } from '../../core/view/claimCounts';
import type { Notifier } from '../notifier';
import type { ArticleAnnotations, ArticleChange } from './api';
import { fileNameOf } from './articleUris';
import { documentText } from './documentText';
import type { BackgroundDetector } from './backgroundDetector';
import type { FileAccess } from './fileAccess';
import { type DetectionSink, ProgressiveDetection, type ReadingSummary } from './progressiveDetection';
import type { ReaderMessages } from './readerMessages';
import { performReadArticle, performReadSidecar, performWrite } from './sessionEffects';
import type { StoreSettings } from './settings';

/** What the store lends every session. */
export interface SessionServices {
  readonly files: FileAccess;
  readonly notifier: Notifier;
  readonly messages: ReaderMessages;
  readonly detect: Detector | undefined;
  /** The detector off the extension host's thread, where the platform has one. */
  readonly background: BackgroundDetector | undefined;
  /** Runs a file operation after those queued so far (by every session: a rename and a write never interleave). */
  queued(what: string, task: () => Promise<void>): void;
  changed(change: ArticleChange): void;
  /** A sidecar of the workspace was written. */
  wroteSidecar(): void;
  /** The detector finished reading the article (for the log and the tests). */
  readingDone(articleUri: vscode.Uri, summary: ReadingSummary): void;
  /** The session ended with edits its article's file is gone for (a rename): keep them for the new name. */
  carry(articleUri: vscode.Uri, sidecar: Sidecar): void;
}

function unite(a: ChangedClaims, b: ChangedClaims): ChangedClaims {
  return a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]);
}

/** The offsets on screen in an editor showing `document`, or its start when none does yet. */
function visibleRegion(document: vscode.TextDocument): { start: number; end: number } {
  const range = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.visibleRanges[0];
  return range ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : { start: 0, end: 0 };
}

/**
 * How long after the detector's last announcement the sources are resolved: later than the highlighter paints what
 * was announced (it waits at most 30 ms), and again later while the detector is still reading or typing goes on.
 */
const RESOLVE_AFTER_MS = 100;

export class RunningSession {
  /** Over: closed with nothing left to write, renamed away or replaced; its reads are dropped and it announces nothing. */
  ended = false;
  detection: ProgressiveDetection | undefined;
  private snapshotFor: { annotations: Annotations; snapshot: ArticleAnnotations } | undefined;
  /** Set while a detector merge is applied: the reading announces its changes when it is time to (see ProgressiveDetection). */
  private withholding = false;
  private withheld: ChangedClaims | undefined;
  /** The source resolution due once the reading settles, and who waits for it. */
  private resolution: ReturnType<typeof setTimeout> | undefined;
  /** Set while the worker thread works out who the sources stand for. */
  private resolvingInBackground = false;
  private readonly resolutionWaiters: (() => void)[] = [];

  constructor(
    readonly document: vscode.TextDocument,
    readonly articleUri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
    public state: SessionState,
    /** The article's settings, read once and again after a settings change. */
    public settings: StoreSettings,
    private readonly services: SessionServices,
    /**
     * A reading of the document begun before the session existed, taken over when the session starts detecting;
     * `merged` when the session's annotations are those it merged ahead.
     */
    private readAhead?: { reading: ProgressiveDetection; merged: boolean },
  ) {}

  /** The annotations as handed out: one object per state, whose sidecar and counts are made when first read. */
  snapshot(): ArticleAnnotations {
    const { annotations, status } = this.state;
    const known = this.snapshotFor;
    if (known?.annotations === annotations && known.snapshot.status === status) return known.snapshot;
    const snapshot: ArticleAnnotations = {
      articleUri: this.articleUri,
      sidecarUri: this.sidecarUri,
      status,
      claims: annotations.claims,
      get sidecar() {
        return sidecarOf(annotations);
      },
      get counts() {
        return countsOf(annotations.claims);
      },
    };
    this.snapshotFor = { annotations, snapshot };
    return snapshot;
  }

  hasUnsavedEdits(): boolean {
    return this.state.revision > this.state.savedRevision;
  }

  dispatch(event: SessionEvent): void {
    const editor = { text: documentText(this.document), dirty: this.document.isDirty, detectOnLoad: this.settings.detectOnOpen };
    const step = reduceSession(this.state, event, editor);
    this.state = step.state;
    this.performAll(step.effects);
  }

  performAll(effects: readonly SessionEffect[]): void {
    for (const effect of effects) this.perform(effect);
  }

  end(): void {
    this.ended = true;
    this.detection?.cancel();
    this.stopResolving();
  }

  /** Resolves once the sources of what the detector found are worked out (at once when none are waiting for it). */
  sourcesResolved(): Promise<void> {
    if (this.resolution === undefined && !this.resolvingInBackground) return Promise.resolve();
    return new Promise((resolve) => this.resolutionWaiters.push(resolve));
  }

  private perform(effect: SessionEffect): void {
    const { files, queued } = this.services;
    switch (effect.kind) {
      case 'announce':
        this.announce(effect.change);
        return;
      case 'readSidecar':
        queued(`reading ${fileNameOf(this.sidecarUri)}`, async () => {
          const event = await performReadSidecar(files, this, () => this.state);
          if (event && !this.ended) this.dispatch(event);
        });
        return;
      case 'write':
        queued(`writing ${fileNameOf(this.sidecarUri)}`, async () => {
          const started = Date.now();
          const { event, wrote } = await performWrite(files, this, effect, () => this.state);
          if (wrote) {
            this.services.notifier.log.trace(`wrote ${fileNameOf(this.sidecarUri)}: ${effect.sidecar.claims.length} claims, ${Date.now() - started} ms`);
            this.services.wroteSidecar();
          }
          if (event) this.dispatch(event);
        });
        return;
      case 'readArticle':
        queued(`reading ${fileNameOf(this.articleUri)}`, async () => this.dispatch(await performReadArticle(files, this)));
        return;
      case 'carry':
        this.services.carry(this.articleUri, sidecarOf(this.state.annotations));
        this.end();
        return;
      case 'end':
        this.end();
        return;
      case 'tell':
        this.services.messages.tell(this, effect.message);
        return;
      case 'detection':
        if (effect.run) this.startDetection();
        else this.detection?.cancel();
        return;
    }
  }

  /** Announces the claims changes held back while the detector's findings were merged. */
  private announceWithheld(): void {
    const changed = this.withheld;
    if (changed !== undefined && !onlyMoved({ changed })) this.announce({ edits: [], changed: NOTHING_CHANGED, rangesFollowEdits: false });
  }

  /**
   * Works out who the sources stand for over the whole text once the detector has read all of it, after the claims are
   * painted: the pass reads the whole article (half a second for 1 MB), and the highlights do not depend on it. Where
   * there is a worker thread, it does the pass, and the extension host only takes its answer.
   */
  private resolveSoon(): void {
    if (this.resolution !== undefined) clearTimeout(this.resolution);
    this.resolution = setTimeout(() => {
      this.resolution = undefined;
      if (this.ended) return this.stopResolving();
      if (this.detection?.busy || this.resolvingInBackground) return this.resolveSoon();
      const background = this.settings.detectInWorker ? this.services.background : undefined;
      if (background) this.resolveInBackground(background);
      else this.takeResolution({ kind: 'resolveSources' });
    }, RESOLVE_AFTER_MS);
  }

  /**
   * Asks the worker thread who the sources of the annotations as they are stand for; its answer is taken if they are
   * still the same then, else it is asked again. If it fails, the extension host does the pass.
   */
  private resolveInBackground(background: BackgroundDetector): void {
    const of = this.state.annotations;
    const before = sidecarOf(of);
    const { placed, contents } = sourcesToResolve(before);
    if (placed.length === 0) return this.stopResolving();
    const sources = placed.map(({ source: { start, end, text } }) => ({ start, end, text }));
    this.resolvingInBackground = true;
    background.resolve(this.document.getText(), isMarkdownFile(before.document.file), sources, contents).then(
      (refersTo) => {
        this.resolvingInBackground = false;
        if (this.ended) return;
        if (this.state.annotations !== of) return this.resolveSoon();
        this.takeResolution({ kind: 'sourcesResolved', of, refersTo });
      },
      (error: unknown) => {
        this.resolvingInBackground = false;
        this.services.notifier.log.warn(
          `the detection worker could not resolve the sources of ${fileNameOf(this.articleUri)}, so the extension host does: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!this.ended) this.takeResolution({ kind: 'resolveSources' });
      },
    );
  }

  private takeResolution(event: Extract<SessionEvent, { kind: 'resolveSources' | 'sourcesResolved' }>): void {
    this.withholding = true;
    try {
      this.dispatch(event);
    } finally {
      this.withholding = false;
    }
    this.announceWithheld();
    this.stopResolving();
  }

  private stopResolving(): void {
    if (this.resolution !== undefined) clearTimeout(this.resolution);
    this.resolution = undefined;
    for (const resolve of this.resolutionWaiters.splice(0)) resolve();
  }

  private announce(change: ClaimsChange): void {
    if (this.ended) return;
    const { withheld } = this;
    if (this.withholding) {
      this.withheld = withheld === undefined ? change.changed : unite(withheld, change.changed);
      return;
    }
    this.withheld = undefined;
    if (withheld === undefined) this.services.changed({ articleUri: this.articleUri, ...change });
    else this.services.changed({ articleUri: this.articleUri, ...change, changed: unite(withheld, change.changed), rangesFollowEdits: false });
  }

  /** Starts reading the article with the detector: the part on screen now, the rest in the background (carrying on with a reading begun ahead). */
  private startDetection(): void {
    const { detect } = this.services;
    if (!detect || this.ended) return;
    const sink: DetectionSink = {
      isCurrent: () => !this.ended && this.state.status.kind === 'ok',
      merge: (found, text, region) => {
        this.withholding = true;
        try {
          this.dispatch({ kind: 'detected', found, region, text, now: new Date().toISOString() });
        } finally {
          this.withholding = false;
        }
      },
      announce: () => {
        this.announceWithheld();
        this.resolveSoon();
      },
    };
    const ahead = this.readAhead;
    this.readAhead = undefined;
    if (ahead) {
      this.detection = ahead.reading;
      ahead.reading.attach(sink, visibleRegion(this.document), ahead.merged);
      return;
    }
    this.detection ??= startReading(detect, this.document, this.services, { sink, background: this.settings.detectInWorker ? this.services.background : undefined });
    this.detection.start(visibleRegion(this.document));
  }

  /** Stops a reading begun ahead that the session did not take over (detection is off, or the sidecar cannot be read). */
  dropReadAhead(): void {
    this.readAhead?.reading.cancel();
    this.readAhead = undefined;
  }
}

/**
 * A detector reading of `document`, not yet started; without `sink` it reads ahead (while the sidecar is read) and keeps
 * what it finds for the session; with `background`, the worker thread reads what is not on screen. The log gets a line
 * on each whole reading.
 */
function startReading(
  detect: Detector,
  document: vscode.TextDocument,
  services: Pick<SessionServices, 'notifier' | 'readingDone'>,
  how: { sink?: DetectionSink; mergeAhead?: DetectionSink['merge']; background?: BackgroundDetector },
): ProgressiveDetection {
  const name = fileNameOf(document.uri);
  const { notifier } = services;
  return new ProgressiveDetection(
    detect,
    { text: () => document.getText(), view: () => documentText(document), version: () => document.version, markdown: document.languageId === 'markdown' },
    how.sink,
    {
      mergeAhead: how.mergeAhead,
      background: how.background,
      onBackgroundFailure: (reason) => notifier.log.warn(`the detection worker could not read ${name}, so the extension host reads it: ${reason}`),
      onRead: (read) => {
        const ahead = read.readAhead > 0 ? `, ${read.readAhead} read from disk before the document came` : '';
        const inWorker = read.readInBackground > 0 ? `, ${read.readInBackground} of them in the worker thread${ahead}` : '';
        notifier.log.trace(
          `read ${name} (${read.length} characters${inWorker}) in ${read.steps} steps: ${Math.round(read.elapsedMs)} ms, of which ${Math.round(read.busyMs)} ms reading and merging on the extension host; ` +
            `longest step ${Math.round(read.longestStepMs)} ms; ${read.progressAnnouncements} progress repaints`,
        );
        services.readingDone(document.uri, read);
      },
    },
  );
}

/** A reading of an article begun before its sidecar was read, and what it found merged as if there were none. */
export interface ReadAhead {
  readonly reading: ProgressiveDetection;
  /** The annotations of the article without a sidecar, with what was read so far: undefined once the text changed. */
  withoutSidecar(): Annotations | undefined;
}

/**
 * Starts reading `document` ahead of its session, the stretch at the top first (no editor shows it yet), merging what
 * it finds into `blank`, the session as it opens without a sidecar: when there is none, the session takes that over.
 */
export function readAhead(
  detect: Detector,
  document: vscode.TextDocument,
  services: Pick<SessionServices, 'notifier' | 'readingDone'>,
  blank: SessionState,
  background?: BackgroundDetector,
): ReadAhead {
  let state = blank;
  const environment = { text: '', dirty: false, detectOnLoad: true };
  const mergeAhead: DetectionSink['merge'] = (found, text, region) => {
    state = reduceSession(state, { kind: 'detected', found, region, text, now: new Date().toISOString() }, environment).state;
  };
  const reading = startReading(detect, document, services, { mergeAhead, background });
  reading.start(visibleRegion(document));
  return { reading, withoutSidecar: () => (reading.aheadOfText ? state.annotations : undefined) };
}
