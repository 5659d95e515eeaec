// Paints the claims of every visible article editor, throttled, and only for the documents whose claims changed.
import * as vscode from 'vscode';
import { DrawnPlan } from '../../core/view/drawnPlan';
import { HIGHLIGHT_KINDS, planHighlights, type HighlightOptions, type HighlightPlan } from '../../core/view/highlightPlan';
import type { ArticleChange, ClaimStore } from '../store/api';
import { createDecorationTypes, type DecorationTypes } from './decorationStyles';

/** Reported once an article's highlights are right for a document version: painted again, or moved by the editor itself. */
export interface HighlightsPainted {
  readonly articleUri: vscode.Uri;
  /** The plan shown (made when first read, after an edit that only moved the highlights). */
  readonly plan: HighlightPlan;
  /** The document version the plan is for. */
  readonly version: number;
  /** Whether decorations were sent to the editor; false when the editor's own moving of them was all it took. */
  readonly repainted: boolean;
  /** How many claims are drawn (suggested and confirmed), known without reading the plan. */
  readonly claimsDrawn: number;
}

/**
 * At most one paint per this interval: a lone change is painted at once, a burst (fast typing, a detection run
 * touching many claims) is painted together at the end of the interval.
 */
const THROTTLE_MS = 30;

function claimsDrawnIn(plan: HighlightPlan): number {
  return plan.suggested.length + plan.confirmed.length;
}

export class Highlighter implements vscode.Disposable {
  private readonly types: DecorationTypes = createDecorationTypes();
  private readonly painted = new vscode.EventEmitter<HighlightsPainted>();
  readonly onDidPaint = this.painted.event;
  /** What each editor shows, followed through later edits, so a kind whose ranges only moved is not sent again. */
  private readonly shown = new WeakMap<vscode.TextEditor, DrawnPlan>();
  /** The plan of each article on screen, followed through later edits. */
  private readonly plans = new Map<string, { drawn: DrawnPlan; claimsDrawn: number }>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = 0;
  /** Set by the toggle command for this session; a change of the setting clears it. */
  private toggled: boolean | undefined;

  constructor(
    private readonly store: ClaimStore,
    private currentOptions: HighlightOptions,
  ) {}

  /** The plan shown for an article, if it is visible. */
  lastPlan(articleUri: vscode.Uri): HighlightPlan | undefined {
    return this.plans.get(articleUri.toString())?.drawn.current();
  }

  /** The highlight settings in force (the toggle command aside, see `enabled`). */
  get options(): Readonly<HighlightOptions> {
    return this.currentOptions;
  }

  get enabled(): boolean {
    return this.toggled ?? this.currentOptions.enabled;
  }

  /** Whether rejected claims are drawn (faint), and so can be hovered. */
  get showsRejected(): boolean {
    return this.currentOptions.rejected === 'faint';
  }

  /** The toggle command: hides or shows every highlight for this session, without writing the settings. */
  toggle(): boolean {
    this.toggled = !this.enabled;
    this.scheduleVisible();
    return this.toggled;
  }

  setOptions(options: HighlightOptions): void {
    if (options.enabled !== this.currentOptions.enabled) this.toggled = undefined;
    this.currentOptions = options;
    this.scheduleVisible();
  }

  /**
   * Follows a change of an article's claims. When the claims only moved with the text as the editor moves decorations,
   * the editor already shows them right: nothing is painted, and only a note of the edits is kept. Otherwise the
   * article is painted again shortly.
   */
  followChange(change: ArticleChange): void {
    const key = change.articleUri.toString();
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === key);
    for (const editor of editors) this.shown.get(editor)?.follow(change.edits, change.rangesFollowEdits);
    const known = this.plans.get(key);
    known?.drawn.follow(change.edits, change.rangesFollowEdits);
    if (!(change.edits.length > 0 && change.rangesFollowEdits)) {
      this.schedule(change.articleUri);
      return;
    }
    // A paint already due will report this version; else the editor's own moving of the highlights was all it took.
    if (this.pending.has(key) || !known || editors.length === 0) return;
    const { drawn, claimsDrawn } = known;
    this.painted.fire({
      articleUri: change.articleUri,
      get plan() {
        return drawn.current();
      },
      version: editors[0].document.version,
      repainted: false,
      claimsDrawn,
    });
  }

  /** Forgets the article's plan; it is computed again, shortly, if the article is on screen, else when it appears. */
  schedule(articleUri: vscode.Uri): void {
    const key = articleUri.toString();
    this.pending.add(key);
    this.plans.delete(key);
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.lastFlush + THROTTLE_MS - Date.now()));
  }

  scheduleVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document.uri);
  }

  /** Paints an editor that just became visible from the plan already computed for its document, or schedules one. */
  showIn(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) {
      const known = this.plans.get(editor.document.uri.toString());
      if (known) this.apply(editor, known.drawn.current());
      else this.schedule(editor.document.uri);
    }
  }

  private flush(): void {
    this.timer = undefined;
    this.lastFlush = Date.now();
    const keys = [...this.pending];
    this.pending.clear();
    for (const key of keys) {
      const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
      if (editors.length === 0) continue;
      const annotations = this.store.get(editors[0].document.uri);
      const claims = annotations?.sidecar.claims ?? [];
      const plan = planHighlights(claims, { ...this.currentOptions, enabled: this.enabled });
      this.plans.set(key, { drawn: new DrawnPlan(plan), claimsDrawn: claimsDrawnIn(plan) });
      for (const editor of editors) this.apply(editor, plan);
      this.painted.fire({ articleUri: editors[0].document.uri, plan, version: editors[0].document.version, repainted: true, claimsDrawn: claimsDrawnIn(plan) });
    }
  }

  private apply(editor: vscode.TextEditor, plan: HighlightPlan): void {
    const document = editor.document;
    // After an edit VS Code has already moved the old decorations; resending ranges that only moved would cost the
    // editor a full redraw of thousands of decorations.
    const kinds = this.shown.get(editor)?.kindsToRepaint(plan) ?? HIGHLIGHT_KINDS;
    for (const kind of kinds) {
      editor.setDecorations(
        this.types[kind],
        plan[kind].map((r) => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))),
      );
    }
    this.shown.set(editor, new DrawnPlan(plan));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const kind of HIGHLIGHT_KINDS) this.types[kind].dispose();
    this.painted.dispose();
  }
}
