// Shifting claims through the edits of one editor change event (typing, multi-cursor, replace-all, undo/redo, paste).
import type { Claim, Sidecar, TextSpan } from '../model/types';
import { locateQuote } from './locate';
import { placeClaim } from './place';
import { CONTEXT_LENGTH, makeTarget } from './target';
import { type TextView, wholeText } from './textView';

/** One replacement as VS Code reports it: offsets into the text before the event. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The replacements of one editor change event (VS Code's `contentChanges`), as edits of the text before the event. */
export function toTextEdits(changes: readonly { rangeOffset: number; rangeLength: number; text: string }[]): TextEdit[] {
  return changes.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, newText: change.text }));
}

/**
 * Which side of an insertion made exactly at an offset the offset ends up on. A claim's start uses 'after' and its
 * end 'before', so text typed right at a claim's boundary stays outside it, while text typed inside makes it grow.
 */
export type Side = 'before' | 'after';

/** Maps an offset of the old text to the new one. An offset inside replaced text goes to the start ('before') or end ('after') of the replacement. */
export function mapOffset(edits: readonly TextEdit[], offset: number, side: Side): number {
  let shift = 0;
  for (const edit of edits) {
    const delta = edit.newText.length - (edit.end - edit.start);
    if (edit.end < offset || (edit.end === offset && (edit.start < edit.end || side === 'after'))) {
      shift += delta;
    } else if (edit.start < offset && offset < edit.end) {
      return edit.start + shift + (side === 'after' ? edit.newText.length : 0);
    } else {
      break;
    }
  }
  return offset + shift;
}

/** How many units of the old `[start, end)` no edit replaced. */
function survivingLength(edits: readonly TextEdit[], start: number, end: number): number {
  let replaced = 0;
  for (const edit of edits) {
    replaced += Math.max(0, Math.min(end, edit.end) - Math.max(start, edit.start));
  }
  return end - start - replaced;
}

function shiftSpan(edits: readonly TextEdit[], span: TextSpan, newText: TextView): TextSpan | null {
  if (survivingLength(edits, span.start, span.end) === 0 && span.end > span.start) return null;
  const start = mapOffset(edits, span.start, 'after');
  const end = Math.max(start, mapOffset(edits, span.end, 'before'));
  return { start, end, text: newText.slice(start, end) };
}

function shiftClaim(edits: readonly TextEdit[], claim: Claim, newText: TextView): Claim {
  const { start, end } = claim.target;
  if (survivingLength(edits, start, end) === 0) return { ...claim, orphan: true };
  const newStart = mapOffset(edits, start, 'after');
  const newEnd = mapOffset(edits, end, 'before');
  const shift = (span: TextSpan | null): TextSpan | null => (span === null ? null : shiftSpan(edits, span, newText));
  return {
    ...claim,
    target: makeTarget(newText, newStart, newEnd),
    source: shift(claim.source),
    cue: shift(claim.cue),
    content: shift(claim.content),
    hedges: claim.hedges.map(shift).filter((h): h is TextSpan => h !== null),
  };
}

/*
 * Whether everything a claim depends on (its parts, and its quote with the context stored around it) lies before,
 * or after, `offset`. These run for every claim on every keystroke, so they allocate nothing.
 */
function reachesBefore(claim: Claim, offset: number): boolean {
  if (claim.target.end + CONTEXT_LENGTH + 1 >= offset) return false;
  const { source, cue, content, hedges } = claim;
  if ((source !== null && source.end >= offset) || (cue !== null && cue.end >= offset) || (content !== null && content.end >= offset)) return false;
  return hedges.every((hedge) => hedge.end < offset);
}

function reachesAfter(claim: Claim, offset: number): boolean {
  if (claim.target.start - CONTEXT_LENGTH - 1 <= offset) return false;
  const { source, cue, content, hedges } = claim;
  if ((source !== null && source.start <= offset) || (cue !== null && cue.start <= offset) || (content !== null && content.start <= offset)) return false;
  return hedges.every((hedge) => hedge.start > offset);
}

function movedSpan(span: TextSpan, delta: number): TextSpan {
  return { start: span.start + delta, end: span.end + delta, text: span.text };
}

/** `claim` moved by `delta` with its text and context unchanged; other tools' `x-` fields travel along. */
export function moveClaim(claim: Claim, delta: number): Claim {
  if (delta === 0) return claim;
  const { target } = claim;
  return {
    ...claim,
    target: { start: target.start + delta, end: target.end + delta, exact: target.exact, prefix: target.prefix, suffix: target.suffix },
    // The mention a source refers to lies elsewhere in the article: it keeps its place here (most often it lies before the
    // edits that moved the claim); writing checks it against the text (`anchoredTo`) and detection resolves it again.
    source: claim.source === null ? null : claim.source.refersTo ? { ...movedSpan(claim.source, delta), refersTo: claim.source.refersTo } : movedSpan(claim.source, delta),
    cue: claim.cue === null ? null : movedSpan(claim.cue, delta),
    content: claim.content === null ? null : movedSpan(claim.content, delta),
    hedges: claim.hedges.length === 0 ? claim.hedges : claim.hedges.map((hedge) => movedSpan(hedge, delta)),
  };
}

/**
 * The mention a claim's source refers to lies anywhere in the article, not with the claim: it is moved through the
 * edits on its own, keeps the text now at its place, and is dropped when that text was all replaced.
 */
function followReference(before: Claim, after: Claim, batch: EditBatch, newText: TextView): Claim {
  const refersTo = before.source?.refersTo;
  if (refersTo === undefined || after.source === null) return after;
  let moved: TextSpan | null;
  if (refersTo.end < batch.first) moved = refersTo;
  else if (refersTo.start > batch.last) moved = batch.delta === 0 ? refersTo : movedSpan(refersTo, batch.delta);
  else moved = shiftSpan(batch.edits, refersTo, newText);
  const current = after.source.refersTo;
  if (moved !== null && current !== undefined && current.start === moved.start && current.end === moved.end && current.text === moved.text) return after;
  const { start, end, text } = after.source;
  return { ...after, source: moved === null || moved.end === moved.start ? { start, end, text } : { start, end, text, refersTo: moved } };
}

/**
 * An orphan whose quote came back in the inserted text (undo of a deletion, paste of a cut claim) is placed again.
 * Only edits that inserted at least the quote's length are searched, so typing stays cheap.
 */
function restoreOrphan(edits: readonly TextEdit[], claim: Claim, newText: TextView): Claim {
  const quote = claim.target.exact;
  if (quote.length === 0 || !edits.some((e) => e.newText.includes(quote))) return claim;
  const text = wholeText(newText);
  const found = locateQuote(text, claim.target);
  if (found === null || text.slice(found.start, found.end) !== quote) return claim;
  return placeClaim(claim, text, found.start, found.end);
}

function sameText(a: TextSpan | null, b: TextSpan | null): boolean {
  return a === b || (a !== null && b !== null && a.text === b.text);
}

/**
 * Whether `after` is `before` moved: the same quote and parts on the same text, only at other offsets (its context may
 * differ). Editor features that show offsets follow the edits themselves; any other change is theirs to show.
 */
export function onlyMoved(before: Claim, after: Claim): boolean {
  if (before === after) return true;
  if (before.orphan !== after.orphan || before.target.exact !== after.target.exact) return false;
  if (!sameText(before.source, after.source) || !sameText(before.cue, after.cue) || !sameText(before.content, after.content)) return false;
  if (before.source?.refersTo?.text !== after.source?.refersTo?.text) return false;
  return before.hedges.length === after.hedges.length && before.hedges.every((hedge, i) => hedge.text === after.hedges[i].text);
}

/** One change event's edits, ready to move claims through: sorted, without edits that change nothing. */
export interface EditBatch {
  readonly edits: readonly TextEdit[];
  /** Where the first edit starts and the last ends (offsets of the text before), and the change of length. */
  readonly first: number;
  readonly last: number;
  readonly delta: number;
  /** Whether an edit both removes and inserts text (typing over a selection, a paste over text, a replace). */
  readonly replaces: boolean;
}

/** The edits of one change event sorted by position, without those that change nothing. */
export function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits.filter((e) => e.start !== e.end || e.newText !== '').sort((a, b) => a.start - b.start || a.end - b.end);
}

export function editBatch(edits: readonly TextEdit[]): EditBatch {
  const sorted = sortedEdits(edits);
  return {
    edits: sorted,
    first: sorted.length > 0 ? sorted[0].start : 0,
    last: sorted.length > 0 ? sorted[sorted.length - 1].end : 0,
    delta: sorted.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0),
    replaces: sorted.some((e) => e.start !== e.end && e.newText !== ''),
  };
}

/** Whether everything `claim` depends on lies before (`-1`) or after (`1`) every edit of `batch`, so that it only moves; 0 when an edit may touch it. */
export function sideOfEdits(claim: Claim, batch: EditBatch): -1 | 0 | 1 {
  if (reachesBefore(claim, batch.first)) return -1;
  if (reachesAfter(claim, batch.last)) return 1;
  return 0;
}

/** Whether a replacing edit touches one of the claim's ranges, edges included: where an editor's moving of a range at that edge is not certain. */
function replacedAtRange(claim: Claim, batch: EditBatch): boolean {
  if (!batch.replaces) return false;
  const ranges = [claim.target, claim.source, claim.cue, claim.content, ...claim.hedges];
  return batch.edits.some((e) => e.start !== e.end && e.newText !== '' && ranges.some((r) => r !== null && e.start <= r.end && e.end >= r.start));
}

/**
 * One claim after one change event, and whether its ranges moved as an editor moves a range whose edges are closed
 * (text inserted at an edge stays outside, deleted text shrinks it): then what is drawn at them is already where it
 * belongs. Not so for a claim placed again or lost, or touched by a replacing edit.
 */
export function followClaim(claim: Claim, batch: EditBatch, newText: TextView): { claim: Claim; rangesFollow: boolean } {
  const followed = followParts(claim, batch, newText);
  if (claim.orphan || claim.source?.refersTo === undefined) return followed;
  return { claim: followReference(claim, followed.claim, batch, newText), rangesFollow: followed.rangesFollow };
}

function followParts(claim: Claim, batch: EditBatch, newText: TextView): { claim: Claim; rangesFollow: boolean } {
  if (claim.orphan) {
    const restored = restoreOrphan(batch.edits, claim, newText);
    return { claim: restored, rangesFollow: restored.orphan };
  }
  // Typing touches one place: claims well away from every edit keep their quote and context, and only move.
  const side = sideOfEdits(claim, batch);
  if (side === -1) return { claim, rangesFollow: true };
  if (side === 1) return { claim: moveClaim(claim, batch.delta), rangesFollow: true };
  const shifted = shiftClaim(batch.edits, claim, newText);
  if (!shifted.orphan) return { claim: shifted, rangesFollow: !replacedAtRange(claim, batch) };
  return { claim: restoreOrphan(batch.edits, shifted, newText), rangesFollow: false };
}

/**
 * The claims after one change event: `edits` use offsets of the text before the event and do not overlap; `newText` is
 * the text after it. Claims keep selecting their text; a claim whose text was all replaced or deleted becomes an
 * orphan (never dropped). `exact`, `prefix` and `suffix` are refreshed from `newText`. `changed` holds the ids of the
 * claims that did more than move (see `onlyMoved`); `rangesFollow` whether every claim's ranges moved as an editor's
 * (see `followClaim`).
 */
export function followTextEdits(
  claims: readonly Claim[],
  edits: readonly TextEdit[],
  newText: TextView,
): { claims: Claim[]; changed: Set<string>; rangesFollow: boolean } {
  const batch = editBatch(edits);
  const changed = new Set<string>();
  let rangesFollow = true;
  if (batch.edits.length === 0) return { claims: [...claims], changed, rangesFollow };
  const followed = claims.map((claim) => {
    const after = followClaim(claim, batch, newText);
    if (!onlyMoved(claim, after.claim)) changed.add(claim.id);
    rangesFollow &&= after.rangesFollow;
    return after.claim;
  });
  return { claims: followed, changed, rangesFollow };
}

/** The sidecar after one change event; see `followTextEdits`. */
export function applyTextEdits(sidecar: Sidecar, edits: readonly TextEdit[], newText: TextView): Sidecar {
  if (sortedEdits(edits).length === 0) return sidecar;
  return { ...sidecar, claims: followTextEdits(sidecar.claims, edits, newText).claims };
}
