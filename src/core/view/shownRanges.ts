// Where highlights already on screen sit after an edit: VS Code moves decorations itself, so ranges that only moved need not be sent again.
import type { TextEdit } from '../anchor/edits';
import type { OffsetRange } from './highlightPlan';

/** A range whose new place after an edit cannot be told for sure; it never equals a planned range, so it is sent again. */
const UNKNOWN: OffsetRange = { start: -1, end: -1 };

/**
 * Where the editor has moved `range` after `edits` (offsets of the text before them, sorted, not overlapping).
 * Certain only when the range is away from every edit (it shifts) or an edit lies strictly inside it (its end
 * shifts); at an edge the outcome depends on the decoration's stickiness, so the range is reported unknown.
 */
export function movedRange(range: OffsetRange, edits: readonly TextEdit[]): OffsetRange {
  let startShift = 0;
  let endShift = 0;
  for (const edit of edits) {
    const delta = edit.newText.length - (edit.end - edit.start);
    if (edit.end < range.start) {
      startShift += delta;
      endShift += delta;
    } else if (edit.start > range.end) {
      break;
    } else if (edit.start > range.start && edit.end < range.end) {
      endShift += delta;
    } else {
      return UNKNOWN;
    }
  }
  return startShift === 0 && endShift === 0 ? range : { start: range.start + startShift, end: range.end + endShift };
}

/**
 * Ranges on screen, followed through the edits made since they were sent. Comparing is lazy, so a keystroke costs
 * nothing here until the next paint, which compares once, range by range, and stops at the first difference.
 */
export class ShownRanges {
  private readonly pending: TextEdit[][] = [];

  constructor(private readonly ranges: readonly OffsetRange[]) {}

  /** Records one change event's edits (any order); edits that change nothing are left out. */
  follow(edits: readonly TextEdit[]): void {
    const real = edits.filter((edit) => edit.start !== edit.end || edit.newText !== '');
    if (real.length > 0) this.pending.push(real.sort((a, b) => a.start - b.start || a.end - b.end));
  }

  /** Whether the editor already shows exactly `planned`, once VS Code's own moving of the ranges is accounted for. */
  equals(planned: readonly OffsetRange[]): boolean {
    if (planned.length !== this.ranges.length) return false;
    for (let i = 0; i < planned.length; i++) {
      let range = this.ranges[i];
      for (const edits of this.pending) range = movedRange(range, edits);
      if (range.start !== planned[i].start || range.end !== planned[i].end) return false;
    }
    return true;
  }
}
