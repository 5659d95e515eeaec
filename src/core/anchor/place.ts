// Putting a claim at a new place in a text: new target, and its parts (source, cue, content, hedges) found again relative to it.
import type { Claim, SourceTextSpan, TextSpan } from '../model/types';
import { makeTarget } from './target';

/** How far outside the claim a part is looked for when it is no longer at its old relative position. */
const PART_SEARCH_SLACK = 64;

/** The occurrence of `needle` in `text[from, to)` nearest to `expected`, or -1. */
function nearestOccurrence(text: string, needle: string, from: number, to: number, expected: number): number {
  let best = -1;
  for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}

/**
 * How the claim's old quote became its new one, as one replacement of its middle: the common start (`keep`) and
 * common end stay, `removed` units after `keep` became `inserted` units. Text typed or pasted inside a claim is
 * exactly such a replacement.
 */
interface QuoteChange {
  keep: number;
  removed: number;
  inserted: number;
}

function quoteChange(before: string, after: string): QuoteChange {
  const shorter = Math.min(before.length, after.length);
  let keep = 0;
  while (keep < shorter && before.charCodeAt(keep) === after.charCodeAt(keep)) keep++;
  let tail = 0;
  while (tail < shorter - keep && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { keep, removed: before.length - keep - tail, inserted: after.length - keep - tail };
}

/** An offset inside the old quote mapped into the new one; one inside the replaced middle goes to its start or end. */
function mapThrough(change: QuoteChange, offset: number, side: 'start' | 'end'): number {
  if (offset < change.keep || (offset === change.keep && side === 'end')) return offset;
  if (offset >= change.keep + change.removed) return offset - change.removed + change.inserted;
  return change.keep + (side === 'start' ? change.inserted : 0);
}

/**
 * A part that lay inside the claim, carried through the change of the claim's quote: it grows with text inserted
 * inside it and shrinks with text deleted from it, and stays inside the claim. Null when nothing of it is left.
 */
function carryPart(part: TextSpan, text: string, oldStart: number, change: QuoteChange, start: number): TextSpan | null {
  const from = start + mapThrough(change, part.start - oldStart, 'start');
  const to = Math.max(from, start + mapThrough(change, part.end - oldStart, 'end'));
  return to > from ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/** A part moved along with its claim: same relative position if its text is still there, else the nearest copy of its text in reach, else gone. */
function relocatePart(part: TextSpan, text: string, delta: number, from: number, to: number): TextSpan | null {
  const expected = part.start + delta;
  if (expected >= 0 && text.slice(expected, expected + part.text.length) === part.text) {
    return { start: expected, end: expected + part.text.length, text: part.text };
  }
  if (part.text.length === 0) return null;
  const at = nearestOccurrence(text, part.text, from, to, expected);
  return at === -1 ? null : { start: at, end: at + part.text.length, text: part.text };
}

/** How far from where it is expected the mention a source refers to is looked for. */
const REFERENCE_SEARCH_SLACK = 2_000;

/**
 * Where a part of `claim` goes when the claim is placed at `text[start, end)`. A part that lay inside the claim stays
 * inside it: its own text found again there, else carried through the change of the quote (so text inserted inside a
 * content makes it grow instead of losing it). A part outside the claim is looked for around it.
 */
function placePart(part: TextSpan, claim: Claim, text: string, start: number, end: number, change: QuoteChange | null): TextSpan | null {
  const old = claim.target;
  const delta = start - old.start;
  if (claim.orphan || part.start < old.start || part.end > old.end) {
    const from = Math.max(0, Math.min(start, part.start + delta) - PART_SEARCH_SLACK);
    const to = Math.min(text.length, Math.max(end, part.start + delta + part.text.length) + PART_SEARCH_SLACK);
    return relocatePart(part, text, delta, from, to);
  }
  if (change === null) return relocatePart(part, text, delta, start, end);
  const carried = carryPart(part, text, old.start, change, start);
  if (carried?.text === part.text) return carried;
  return relocatePart(part, text, delta, start, end) ?? carried;
}

function partsInPlace(claim: Claim, text: string): boolean {
  const parts = [claim.source, claim.source?.refersTo ?? null, claim.cue, claim.content, ...claim.hedges];
  return parts.every((p) => p === null || text.slice(p.start, p.end) === p.text);
}

/**
 * The mention a source refers to, found again: it lies elsewhere in the article, so it is looked for where the claim's
 * move predicts, then nearby; a mention no longer there is dropped (detection resolves the source again).
 */
export function relocateReference(refersTo: TextSpan, text: string, delta: number): TextSpan | undefined {
  if (text.slice(refersTo.start, refersTo.end) === refersTo.text) return refersTo;
  const expected = refersTo.start + delta;
  const from = Math.max(0, expected - REFERENCE_SEARCH_SLACK);
  const to = Math.min(text.length, expected + refersTo.text.length + REFERENCE_SEARCH_SLACK);
  const at = refersTo.text.length === 0 ? -1 : nearestOccurrence(text, refersTo.text, from, to, expected);
  return at === -1 ? undefined : { start: at, end: at + refersTo.text.length, text: refersTo.text };
}

/** The source placed like any part, and the mention it refers to found again on its own. */
function placeSource(source: SourceTextSpan, place: (part: TextSpan) => TextSpan | null, text: string, delta: number): SourceTextSpan | null {
  const placed = place(source);
  const refersTo = source.refersTo && relocateReference(source.refersTo, text, delta);
  return placed && refersTo ? { start: placed.start, end: placed.end, text: placed.text, refersTo } : placed;
}

/** `claim` placed at `text[start, end)` (no longer an orphan); unchanged object when nothing moved. */
export function placeClaim(claim: Claim, text: string, start: number, end: number): Claim {
  const target = makeTarget(text, start, end);
  const old = claim.target;
  if (!claim.orphan && old.start === start && old.end === end && old.exact === target.exact && old.prefix === target.prefix && old.suffix === target.suffix && partsInPlace(claim, text)) {
    return claim;
  }
  const change = !claim.orphan && target.exact !== old.exact ? quoteChange(old.exact, target.exact) : null;
  const move = (part: TextSpan | null): TextSpan | null => (part === null ? null : placePart(part, claim, text, start, end, change));
  return {
    ...claim,
    target,
    orphan: false,
    source: claim.source === null ? null : placeSource(claim.source, (part) => placePart(part, claim, text, start, end, change), text, start - old.start),
    cue: move(claim.cue),
    content: move(claim.content),
    hedges: claim.hedges.map(move).filter((h): h is TextSpan => h !== null),
  };
}

/** `claim` marked as unplaceable: it keeps its last known target and parts so it can be found again or re-attached by hand. */
export function orphanClaim(claim: Claim): Claim {
  return claim.orphan ? claim : { ...claim, orphan: true };
}
