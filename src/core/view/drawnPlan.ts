// A highlight plan as the editor draws it after later edits: its decorations move with the text (closed edges), so the plan is moved the same way, when read.
import { mapOffset, type TextEdit } from '../anchor/edits';
import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightPlan } from './highlightPlan';
import type { OffsetRange } from '../model/offsetRange';

function moveRanges(ranges: readonly OffsetRange[], edits: readonly TextEdit[]): OffsetRange[] {
  return ranges.map((range) => ({ start: mapOffset(edits, range.start, 'after'), end: mapOffset(edits, range.end, 'before') }));
}

function sameRanges(a: readonly OffsetRange[], b: readonly OffsetRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range.start === b[i].start && range.end === b[i].end);
}

/**
 * A plan painted in an editor, followed through the edits made since. The editor moves decorations itself; while every
 * edit moved the article's claims the way it moves ranges (see `ClaimsChange.rangesFollowEdits`), the plan moved the
 * same way is what the editor shows. A keystroke costs one entry in a list; the plan is moved when it is read.
 */
export class DrawnPlan {
  private plan: HighlightPlan;
  private pending: (readonly TextEdit[])[] = [];
  private certain = true;

  constructor(plan: HighlightPlan) {
    this.plan = plan;
  }

  /** One change event's edits, sorted. `rangesFollow`: the claims moved as the editor moved the decorations. */
  follow(edits: readonly TextEdit[], rangesFollow: boolean): void {
    if (edits.length > 0) this.pending.push(edits);
    this.certain &&= rangesFollow;
  }

  /** Whether the editor's decorations are known to be exactly the moved plan (no edit left them in doubt). */
  get known(): boolean {
    return this.certain;
  }

  /** The plan moved through every edit since it was painted. */
  current(): HighlightPlan {
    if (this.pending.length > 0) {
      let moved = this.plan;
      for (const edits of this.pending) {
        const next = {} as HighlightPlan;
        for (const kind of HIGHLIGHT_KINDS) next[kind] = moveRanges(moved[kind], edits);
        moved = next;
      }
      this.plan = moved;
      this.pending = [];
    }
    return this.plan;
  }

  /** The kinds whose ranges differ between what the editor shows and `plan`: all of them while in doubt. */
  kindsToRepaint(plan: HighlightPlan): HighlightKind[] {
    if (!this.certain) return [...HIGHLIGHT_KINDS];
    const shown = this.current();
    return HIGHLIGHT_KINDS.filter((kind) => !sameRanges(shown[kind], plan[kind]));
  }
}
