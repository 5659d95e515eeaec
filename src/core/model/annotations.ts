// The operations on one article's annotation set: start one, merge detections, add, edit, delete and re-attach claims, add sources. All pure.
import type { Attribution, ClaimKind } from '../detect/types';
import { makeTarget } from '../anchor/target';
import type { TextView } from '../anchor/textView';
import { placeClaim } from '../anchor/place';
import { documentInfo } from '../sidecar/document';
import type { OffsetRange } from './offsetRange';
import { extensionFieldsOf } from './extensionFields';
import { leadingCount } from './binarySearch';
import { claimId, sourceId } from './ids';
import { sameSourceName } from './sourceNames';
import type { Claim, Sidecar, Source, SourceTextSpan, TextSpan } from './types';

/** `kind` is the user's choice: it is marked as set by hand, and detection never changes it again. */
export type ClaimPatch = Partial<Pick<Claim, 'state' | 'sourceId' | 'credibility' | 'note' | 'tags'>> & { kind?: ClaimKind };

/** A sidecar with no claims for the article `file` whose text is `text`. */
export function emptySidecar(file: string, text: string): Sidecar {
  return { version: 1, document: documentInfo(file, text), sources: [], claims: [] };
}

/**
 * The one rule for counting: a rejected claim is kept so that the detector does not suggest it again, but it is not a
 * claim of the article. Every count (status bar, panel, workspace list, reports, `claimlens stats`) leaves it out of
 * the claims and counts it as a rejection.
 */
export function countsAsClaim(claim: Claim): boolean {
  return claim.state !== 'rejected';
}

/**
 * The one rule for what counts as touched: a claim the reader did anything with (confirmed, rejected, made by hand,
 * tagged, rated, noted, kind chosen) carries their work — it earns the article a sidecar file, survives merges and
 * detection, and asks before it is deleted. True for the others: detected suggestions as the detector left them.
 */
export function isUntouchedSuggestion(claim: Claim): boolean {
  return (
    claim.origin === 'detected' &&
    claim.state === 'suggested' &&
    claim.kindOrigin === 'detected' &&
    claim.note === '' &&
    claim.tags.length === 0 &&
    claim.sourceId === null &&
    claim.credibility === null
  );
}

function takenClaimIds(sidecar: Sidecar): Set<string> {
  return new Set(sidecar.claims.map((c) => c.id));
}

function copySpan(span: TextSpan | null): TextSpan | null {
  return span === null ? null : { start: span.start, end: span.end, text: span.text };
}

function copySource(source: SourceTextSpan | null): SourceTextSpan | null {
  if (source === null) return null;
  const { start, end, text, refersTo } = source;
  return refersTo ? { start, end, text, refersTo: { start: refersTo.start, end: refersTo.end, text: refersTo.text } } : { start, end, text };
}

/** Whether `claim` already stands for `detection`: the same claim text, or an overlapping claim with the same content. */
function standsFor(claim: Claim, detection: Attribution, exact: string): boolean {
  const sameText = claim.target.exact === exact || (claim.content !== null && claim.content.text === detection.content.text);
  if (claim.orphan) return sameText;
  const overlaps = claim.target.start < detection.end && detection.start < claim.target.end;
  return overlaps && sameText;
}

/**
 * A new placed claim carrying no user data yet. Written out field by field in the order of `Claim`: a long article
 * holds thousands of claims, and objects built alike share one shape, which keeps every pass over them fast.
 */
function freshClaim(
  base: Omit<Claim, 'orphan' | 'kindOrigin' | 'sourceId' | 'credibility' | 'note' | 'tags' | 'created' | 'modified'>,
  now: string,
): Claim {
  return {
    id: base.id,
    state: base.state,
    origin: base.origin,
    target: base.target,
    orphan: false,
    source: base.source,
    cue: base.cue,
    content: base.content,
    hedges: base.hedges,
    commitment: base.commitment,
    kind: base.kind,
    kindOrigin: 'detected',
    sourceId: null,
    credibility: null,
    note: '',
    tags: [],
    created: now,
    modified: now,
  };
}

/**
 * Finds the claim that already stands for a detection, in time proportional to the claims near it (not to how often
 * its text repeats in the article): placed claims are looked up by position, orphans by their quote and content.
 * Among several, one whose quote or content is the detection's quote wins, then the earliest in the sidecar.
 */
class ClaimFinder {
  /** Placed claims sorted by start: those of the sidecar, and those this merge added (in detection order, so appending keeps them sorted). */
  private readonly stored: Claim[];
  private readonly added: Claim[] = [];
  private readonly order = new Map<Claim, number>();
  private readonly orphansByText = new Map<string, Claim[]>();
  private longest = 0;

  constructor(claims: readonly Claim[]) {
    claims.forEach((claim) => this.register(claim));
    this.stored = claims.filter((claim) => !claim.orphan).sort((a, b) => a.target.start - b.target.start);
  }

  add(claim: Claim): void {
    this.register(claim);
    this.added.splice(firstStartingAfter(this.added, claim.target.start), 0, claim);
  }

  find(detection: Attribution, exact: string): Claim | undefined {
    let best: Claim | undefined;
    let bestRank = Infinity;
    const consider = (claim: Claim): void => {
      if (!standsFor(claim, detection, exact)) return;
      const quoteFirst = claim.target.exact === exact || claim.content?.text === exact ? 0 : 1;
      const rank = quoteFirst * this.order.size + (this.order.get(claim) ?? 0);
      if (rank < bestRank) [best, bestRank] = [claim, rank];
    };
    for (const placed of [this.stored, this.added]) {
      for (let i = firstStartingAfter(placed, detection.start - this.longest - 1); i < placed.length; i++) {
        if (placed[i].target.start >= detection.end) break;
        consider(placed[i]);
      }
    }
    for (const key of new Set([exact, detection.content.text])) this.orphansByText.get(key)?.forEach(consider);
    return best;
  }

  private register(claim: Claim): void {
    this.order.set(claim, this.order.size);
    if (!claim.orphan) {
      this.longest = Math.max(this.longest, claim.target.end - claim.target.start);
      return;
    }
    for (const key of new Set([claim.target.exact, claim.content?.text ?? claim.target.exact])) {
      const list = this.orphansByText.get(key);
      if (list === undefined) this.orphansByText.set(key, [claim]);
      else list.push(claim);
    }
  }
}

/** The index of the first of `claims` (sorted by start) that starts after `offset`. */
function firstStartingAfter(claims: readonly Claim[], offset: number): number {
  return leadingCount(claims.length, (i) => claims[i].target.start <= offset);
}

function detectedParts(detection: Attribution): Pick<Claim, 'source' | 'cue' | 'content' | 'hedges' | 'commitment' | 'kind'> {
  return {
    source: copySource(detection.source),
    cue: copySpan(detection.cue),
    content: copySpan(detection.content),
    hedges: detection.hedges.map((h) => ({ start: h.start, end: h.end, text: h.text })),
    commitment: detection.commitment,
    kind: detection.kind ?? null,
  };
}

/**
 * A kept claim with the detector's latest kind, unless the user chose its kind: a confirmed or tagged claim keeps
 * its parts as the user saw them, but its kind follows the detector until the user sets one (older sidecars have none).
 */
function withDetectedKind(claim: Claim, detection: Attribution | undefined): Claim {
  if (detection?.kind === undefined || claim.kindOrigin === 'manual' || claim.kind === detection.kind) return claim;
  return { ...claim, kind: detection.kind };
}

/**
 * Merges a full detection run over `text` into the stored claims. Rules:
 * - a detection that an existing claim already stands for (same claim text, or overlapping with the same content;
 *   orphans by text alone) is not added again — whatever that claim's state, so rejected claims never come back;
 * - confirmed, rejected, manual and tagged claims keep all their data but their kind, which follows the detector
 *   until the user sets one; an untouched suggestion takes the detector's current offsets and parts;
 * - an untouched suggestion that no detection stands for any more is dropped: it carries no user work;
 * - every other detection becomes a new suggestion.
 * `sidecar` must already be anchored to `text` (see `reanchor`).
 * With `within`, `detected` is a run over that stretch of the text only: suggestions outside it are left alone, and
 * `sidecar` may hold only the claims touching the stretch and the orphans, as long as `idsInUse` has every claim id of
 * the article (new claims get ids not in use).
 */
export function mergeDetections(
  sidecar: Sidecar,
  text: TextView,
  detected: readonly Attribution[],
  now: string,
  within?: OffsetRange,
  idsInUse: { has(id: string): boolean } = new Set(sidecar.claims.map((c) => c.id)),
): Sidecar {
  // A run over one stretch can only meet the claims there (and orphans, found by text): merging stays proportional to the stretch.
  const finder = new ClaimFinder(
    within === undefined
      ? sidecar.claims
      : sidecar.claims.filter((claim) => claim.orphan || (claim.target.end >= within.start && claim.target.start <= within.end)),
  );
  const added: Claim[] = [];
  const addedIds = new Set<string>();
  const taken = { has: (id: string): boolean => idsInUse.has(id) || addedIds.has(id) };
  const matched = new Map<string, Attribution>();
  for (const detection of detected) {
    const exact = text.slice(detection.start, detection.end);
    if (exact.trim() === '') continue;
    const owner = finder.find(detection, exact);
    if (owner !== undefined) {
      if (!matched.has(owner.id)) matched.set(owner.id, detection);
      continue;
    }
    const target = makeTarget(text, detection.start, detection.end);
    const id = claimId(`${target.start}:${target.end}:${target.exact}:${now}`, taken);
    addedIds.add(id);
    const claim = freshClaim({ id, state: 'suggested', origin: 'detected', target, ...detectedParts(detection) }, now);
    added.push(claim);
    // Indexed at once, so that the same claim detected twice in one run is added only once.
    finder.add(claim);
  }
  const outside = (claim: Claim): boolean =>
    within !== undefined && (claim.orphan || claim.target.start < within.start || claim.target.end > within.end);
  const claims: Claim[] = [];
  for (const claim of sidecar.claims) {
    if (!isUntouchedSuggestion(claim) || (outside(claim) && !matched.has(claim.id))) {
      claims.push(withDetectedKind(claim, matched.get(claim.id)));
      continue;
    }
    const detection = matched.get(claim.id);
    if (detection !== undefined) {
      claims.push({ ...claim, target: makeTarget(text, detection.start, detection.end), orphan: false, ...detectedParts(detection) });
    }
  }
  // One by one: a first run over a long article adds hundreds of thousands, too many to spread as arguments.
  for (const claim of added) claims.push(claim);
  return { ...sidecar, claims };
}

function checkRange(text: string, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot ${what} [${start}, ${end}): the text has ${text.length} characters`);
  }
}

function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Adds a claim the user marked by hand on `text[start, end)` (surrounding whitespace is left out). It is confirmed at
 * once; marking exactly an existing claim confirms that one instead of adding a duplicate. Its kind is guessed from
 * the placed claim it overlaps most (usually the detector's reading of the same sentence), as the detector's choice
 * that the user can still change; with no such claim it is not known.
 */
export function addManualClaim(sidecar: Sidecar, text: string, start: number, end: number, now: string): { sidecar: Sidecar; claim: Claim } {
  checkRange(text, start, end, 'mark a claim on');
  const range = trimmedRange(text, start, end);
  if (range.start === range.end) throw new RangeError('cannot mark a claim on blank text');
  const existing = sidecar.claims.find((c) => !c.orphan && c.target.start === range.start && c.target.end === range.end);
  if (existing !== undefined) {
    const claim: Claim = existing.state === 'confirmed' ? existing : { ...existing, state: 'confirmed', modified: now };
    return { sidecar: { ...sidecar, claims: sidecar.claims.map((c) => (c.id === claim.id ? claim : c)) }, claim };
  }
  const target = makeTarget(text, range.start, range.end);
  const claim = freshClaim(
    {
      id: claimId(`${target.start}:${target.end}:${target.exact}:${now}`, takenClaimIds(sidecar)),
      state: 'confirmed',
      origin: 'manual',
      target,
      source: null,
      cue: null,
      content: { start: target.start, end: target.end, text: target.exact },
      hedges: [],
      commitment: null,
      kind: kindOfMostOverlapping(sidecar.claims, range.start, range.end),
    },
    now,
  );
  return { sidecar: { ...sidecar, claims: [...sidecar.claims, claim] }, claim };
}

/** The kind of the placed claim sharing the most text with `[start, end)`; the earliest on a tie; null when none has a kind. */
function kindOfMostOverlapping(claims: readonly Claim[], start: number, end: number): ClaimKind | null {
  let best: Claim | undefined;
  let bestShared = 0;
  for (const claim of claims) {
    if (claim.orphan || claim.kind === null) continue;
    const shared = Math.min(end, claim.target.end) - Math.max(start, claim.target.start);
    if (shared > bestShared || (shared === bestShared && best !== undefined && claim.target.start < best.target.start)) {
      [best, bestShared] = [claim, shared];
    }
  }
  return best?.kind ?? null;
}

function findClaim(sidecar: Sidecar, id: string): Claim {
  const claim = sidecar.claims.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim with id "${id}" in the annotations of ${sidecar.document.file}`);
  return claim;
}

/** Trimmed, non-empty, each once, in the order first given. */
function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}

/** Changes a claim's state, source, credibility, note, tags or kind; `modified` becomes `now`. */
export function updateClaim(sidecar: Sidecar, id: string, patch: ClaimPatch, now: string): Sidecar {
  findClaim(sidecar, id);
  return updateClaims(sidecar, (claim) => claim.id === id, patch, now);
}

/**
 * Changes every claim `which` picks the same way (Confirm All Suggestions…), in one pass over the claims: a bulk
 * change of thousands of claims costs one change, not one per claim.
 */
export function updateClaims(sidecar: Sidecar, which: (claim: Claim) => boolean, patch: ClaimPatch, now: string): Sidecar {
  if (patch.sourceId != null && !sidecar.sources.some((s) => s.id === patch.sourceId)) {
    throw new Error(`no source with id "${patch.sourceId}"; add it with upsertSource first`);
  }
  const tags = patch.tags === undefined ? undefined : normalizeTags(patch.tags);
  const update = (claim: Claim): Claim => ({
    ...claim,
    ...(patch.state !== undefined && { state: patch.state }),
    ...(patch.sourceId !== undefined && { sourceId: patch.sourceId }),
    ...(patch.credibility !== undefined && { credibility: patch.credibility }),
    ...(patch.note !== undefined && { note: patch.note }),
    ...(tags !== undefined && { tags: [...tags] }),
    ...(patch.kind !== undefined && { kind: patch.kind, kindOrigin: 'manual' as const }),
    modified: now,
  });
  return { ...sidecar, claims: sidecar.claims.map((c) => (which(c) ? update(c) : c)) };
}

/** Removes a claim for good (rejecting keeps it, so the detector does not suggest it again); an unknown id changes nothing. */
export function deleteClaim(sidecar: Sidecar, id: string): Sidecar {
  return sidecar.claims.some((c) => c.id === id) ? { ...sidecar, claims: sidecar.claims.filter((c) => c.id !== id) } : sidecar;
}

/**
 * Adds a source or updates one. With an `id`, that source is replaced (or created with that id). Without one, a
 * source whose name or alias names the same source (`sameSourceName`) is updated, its aliases merged; else a new source
 * gets a readable id made from its name.
 */
export function upsertSource(sidecar: Sidecar, source: Omit<Source, 'id'> & { id?: string }): { sidecar: Sidecar; source: Source } {
  const name = source.name.trim();
  if (name === '') throw new Error('a source needs a name');
  const existing =
    source.id !== undefined
      ? sidecar.sources.find((s) => s.id === source.id)
      : sidecar.sources.find((s) => sameSourceName(s.name, name) || s.aliases.some((a) => sameSourceName(a, name)));
  const aliases = [...new Set([...(existing?.aliases ?? []), ...source.aliases.map((a) => a.trim())])].filter((a) => a !== '' && !sameSourceName(a, name));
  const id = existing?.id ?? source.id ?? sourceId(name, new Set(sidecar.sources.map((s) => s.id)));
  // Other tools' `x-` fields survive the update: those of the stored source, overridden by any given with it.
  const extensions = { ...extensionFieldsOf(existing ?? {}), ...extensionFieldsOf(source) };
  const result: Source = { ...extensions, id, name, aliases, kind: source.kind, reliability: source.reliability, note: source.note };
  const sources = existing === undefined ? [...sidecar.sources, result] : sidecar.sources.map((s) => (s.id === id ? result : s));
  return { sidecar: { ...sidecar, sources }, source: result };
}

/** Places a claim (usually an orphan) on `text[start, end)` chosen by the user; its parts follow where their text is found. */
export function reattachClaim(sidecar: Sidecar, id: string, text: string, start: number, end: number, now: string): Sidecar {
  const claim = findClaim(sidecar, id);
  checkRange(text, start, end, 'attach a claim to');
  const placed = { ...placeClaim(claim, text, start, end), modified: now };
  return { ...sidecar, claims: sidecar.claims.map((c) => (c.id === id ? placed : c)) };
}
