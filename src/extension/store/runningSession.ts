// One open article's session as the extension runs it: the reducer's state, fed events; its effects performed with the services the store lends it.
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/model/types';
import { type Annotations, sidecarOf } from '../../core/session/annotations';
import { reduceSession } from '../../core/session/articleSession';
import type { Detector } from '../../core/session/detectionRegions';
import { type ChangedClaims, type ClaimsChange, NOTHING_CHANGED, onlyMoved, type SessionEffect, type SessionEvent, type SessionState } from '../../core/session/types';
import { countsOf } from '../../core/view/claimCounts';
import type { Notifier } from '../notifier';
import type { ArticleAnnotations, ArticleChange } from './api';
import { fileNameOf } from './articleUris';
import { documentText } from './documentText';
import type { FileAccess } from './fileAccess';
import { ProgressiveDetection } from './progressiveDetection';
import type { ReaderMessages } from './readerMessages';
import { performReadArticle, performReadSidecar, performWrite } from './sessionEffects';
import type { StoreSettings } from './settings';

/** What the store lends every session. */
export interface SessionServices {
  readonly files: FileAccess;
  readonly notifier: Notifier;
  readonly messages: ReaderMessages;
  readonly detect: Detector | undefined;
  /** Runs a file operation after those queued so far (by every session: a rename and a write never interleave). */
  queued(what: string, task: () => Promise<void>): void;
  changed(change: ArticleChange): void;
  /** A sidecar of the workspace was written. */
  wroteSidecar(): void;
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

export class RunningSession {
  /** Over: closed with nothing left to write, renamed away or replaced; its reads are dropped and it announces nothing. */
  ended = false;
  detection: ProgressiveDetection | undefined;
  private snapshotFor: { annotations: Annotations; snapshot: ArticleAnnotations } | undefined;
  /** Set while a detector merge is applied: the background reading announces its changes at most every second. */
  private withholding = false;
  private withheld: ChangedClaims | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    readonly articleUri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
    public state: SessionState,
    /** The article's settings, read once and again after a settings change. */
    public settings: StoreSettings,
    private readonly services: SessionServices,
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

  /** Starts reading the article with the detector: the part on screen now, the rest in the background. */
  private startDetection(): void {
    const { detect } = this.services;
    if (!detect || this.ended) return;
    const { document } = this;
    this.detection ??= new ProgressiveDetection(detect, {
      text: () => document.getText(),
      view: () => documentText(document),
      version: () => document.version,
      markdown: document.languageId === 'markdown',
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
        // Once (part of) the article is read, who its sources stand for is worked out over the whole text.
        this.withholding = true;
        try {
          this.dispatch({ kind: 'resolveSources' });
        } finally {
          this.withholding = false;
        }
        const changed = this.withheld;
        if (changed !== undefined && !onlyMoved({ changed })) this.announce({ edits: [], changed: NOTHING_CHANGED, rangesFollowEdits: false });
      },
    });
    this.detection.start(visibleRegion(document));
  }
}
