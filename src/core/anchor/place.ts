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

/** A part moved along with its claim: same relative position if its text is still there, else the nearest copy of its text around the claim, else gone. */
function relocatePart(part: TextSpan, text: string, delta: number, start: number, end: number): TextSpan | null {
  const expected = part.start + delta;
  if (expected >= 0 && text.slice(expected, expected + part.text.length) === part.text) {
    return { start: expected, end: expected + part.text.length, text: part.text };
  }
  if (part.text.length === 0) return null;
  const from = Math.max(0, Math.min(start, expected) - PART_SEARCH_SLACK);
  const to = Math.min(text.length, Math.max(end, expected + part.text.length) + PART_SEARCH_SLACK);
  const at = nearestOccurrence(text, part.text, from, to, expected);
  return at === -1 ? null : { start: at, end: at + part.text.length, text: part.text };
}

/** How far from where it is expected the mention a source refers to is looked for. */
const REFERENCE_SEARCH_SLACK = 2_000;

function partsInPlace(claim: Claim, text: string): boolean {
  const parts = [claim.source, claim.source?.refersTo ?? null, claim.cue, claim.content, ...claim.hedges];
  return parts.every((p) => p === null || text.slice(p.start, p.end) === p.text);
}

/**
 * The mention a source refers to, found again: it lies elsewhere in the article, so it is looked for where the claim's
 * move predicts, then nearby; a mention no longer there is dropped (detection resolves the source again).
 */
function relocateReference(refersTo: TextSpan, text: string, delta: number): TextSpan | undefined {
  if (text.slice(refersTo.start, refersTo.end) === refersTo.text) return refersTo;
  const expected = refersTo.start + delta;
  const from = Math.max(0, expected - REFERENCE_SEARCH_SLACK);
  const to = Math.min(text.length, expected + refersTo.text.length + REFERENCE_SEARCH_SLACK);
  const at = refersTo.text.length === 0 ? -1 : nearestOccurrence(text, refersTo.text, from, to, expected);
  return at === -1 ? undefined : { start: at, end: at + refersTo.text.length, text: refersTo.text };
}

function moveSource(source: SourceTextSpan, text: string, delta: number, start: number, end: number): SourceTextSpan | null {
  const moved = relocatePart(source, text, delta, start, end);
  const refersTo = source.refersTo && relocateReference(source.refersTo, text, delta);
  return moved && refersTo ? { ...moved, refersTo } : moved;
}

/** `claim` placed at `text[start, end)` (no longer an orphan); unchanged object when nothing moved. */
export function placeClaim(claim: Claim, text: string, start: number, end: number): Claim {
  const target = makeTarget(text, start, end);
  const old = claim.target;
  if (!claim.orphan && old.start === start && old.end === end && old.exact === target.exact && old.prefix === target.prefix && old.suffix === target.suffix && partsInPlace(claim, text)) {
    return claim;
  }
  const delta = start - old.start;
  const move = (part: TextSpan | null): TextSpan | null => (part === null ? null : relocatePart(part, text, delta, start, end));
  return {
    ...claim,
    target,
    orphan: false,
    source: claim.source === null ? null : moveSource(claim.source, text, delta, start, end),
    cue: move(claim.cue),
    content: move(claim.content),
    hedges: claim.hedges.map(move).filter((h): h is TextSpan => h !== null),
  };
}

/** `claim` marked as unplaceable: it keeps its last known target and parts so it can be found again or re-attached by hand. */
export function orphanClaim(claim: Claim): Claim {
  return claim.orphan ? claim : { ...claim, orphan: true };
}
