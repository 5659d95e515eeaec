// Paints the claims of every visible article editor, throttled, and only for the documents whose claims changed.
import * as vscode from 'vscode';
import type { TextEdit } from '../../core/anchor';
import { HIGHLIGHT_KINDS, planHighlights, type HighlightKind, type HighlightOptions, type HighlightPlan } from '../../core/view/highlightPlan';
import { ShownRanges } from '../../core/view/shownRanges';
import type { ClaimStore } from '../store/api';
import { createDecorationTypes, type DecorationTypes } from './decorationStyles';

/** Reported after an article's highlights were applied, for tests and the editor benchmark. */
export interface HighlightsPainted {
  readonly articleUri: vscode.Uri;
  readonly plan: HighlightPlan;
  /** The document version the plan was computed for. */
  readonly version: number;
}

/**
 * At most one paint per this interval: a lone change is painted at once, a burst (fast typing, a detection run
 * touching many claims) is painted together at the end of the interval.
 */
const THROTTLE_MS = 30;

export class Highlighter implements vscode.Disposable {
  private readonly types: DecorationTypes = createDecorationTypes();
  private readonly painted = new vscode.EventEmitter<HighlightsPainted>();
  readonly onDidPaint = this.painted.event;
  /** What each editor currently shows, followed through later edits, so a kind whose ranges only moved is not sent again. */
  private readonly shown = new WeakMap<vscode.TextEditor, Record<HighlightKind, ShownRanges>>();
  private readonly plans = new Map<string, HighlightPlan>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = 0;
  /** Set by the toggle command for this session; a change of the setting clears it. */
  private toggled: boolean | undefined;

  constructor(
    private readonly store: ClaimStore,
    private currentOptions: HighlightOptions,
  ) {}

  /** The plan last applied to an article, if it is visible. */
  lastPlan(articleUri: vscode.Uri): HighlightPlan | undefined {
    return this.plans.get(articleUri.toString());
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
      const plan = this.plans.get(editor.document.uri.toString());
      if (plan) this.apply(editor, plan);
      else this.schedule(editor.document.uri);
    }
  }

  /** VS Code has moved the decorations of the article's editors through these edits already; keep count of it. */
  followEdit(articleUri: vscode.Uri, edits: readonly TextEdit[]): void {
    if (edits.length === 0) return;
    const key = articleUri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== key) continue;
      const shown = this.shown.get(editor);
      if (shown) for (const kind of HIGHLIGHT_KINDS) shown[kind].follow(edits);
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
      this.plans.set(key, plan);
      for (const editor of editors) this.apply(editor, plan);
      this.painted.fire({ articleUri: editors[0].document.uri, plan, version: editors[0].document.version });
    }
  }

  private apply(editor: vscode.TextEditor, plan: HighlightPlan): void {
    const before = this.shown.get(editor);
    const document = editor.document;
    const shown = {} as Record<HighlightKind, ShownRanges>;
    for (const kind of HIGHLIGHT_KINDS) {
      shown[kind] = new ShownRanges(plan[kind]);
      // After an edit VS Code has already moved the old decorations; resending ranges that only moved would cost
      // the editor a full redraw of thousands of decorations per keystroke.
      if (before?.[kind].equals(plan[kind])) continue;
      editor.setDecorations(
        this.types[kind],
        plan[kind].map((r) => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))),
      );
    }
    this.shown.set(editor, shown);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const kind of HIGHLIGHT_KINDS) this.types[kind].dispose();
    this.painted.dispose();
  }
}
