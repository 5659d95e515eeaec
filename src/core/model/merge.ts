// Three-way merge of one article's annotations by claim and source id: the sidecar as last read or written (base), the annotations in memory (ours) and the sidecar now on disk (theirs).
import { reanchor } from '../anchor';
import { isUntouchedSuggestion } from './annotations';
import { extensionFieldsOf } from './extensionFields';
import type { Claim, ExtensionFields, Sidecar, Source } from './types';

/** A claim or source that both sides changed differently; `kept` says whose version survived. */
export interface MergeConflict {
  kind: 'claim' | 'source';
  id: string;
  /** What the user knows it by: the claim's quote, the source's name. */
  label: string;
  /** `disk` when the version on disk won; `editor` when ours survived because the disk side deleted it. */
  kept: 'disk' | 'editor';
}

export interface SidecarMerge {
  /** Anchored to the text given to `mergeSidecars`. */
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

type Side = 'ours' | 'theirs';

interface Outcome<T> {
  value: T | undefined;
  from: Side;
  conflict: boolean;
}

/**
 * What a claim says, without where it sits: offsets, quotes and parts follow the text each side was anchored to,
 * so they differ without anyone having changed the claim. `modified` is left out so that an edit undone by hand
 * counts as no change.
 */
function claimAnnotation(claim: Claim): string {
  const { state, origin, sourceId, credibility, note, tags } = claim;
  // A kind the detector chose is not work: it is read again after the merge. One the user chose is.
  const kind = claim.kindOrigin === 'manual' ? claim.kind : null;
  return JSON.stringify({ state, origin, sourceId, credibility, note, tags, kind, ...extensionFieldsOf(claim) });
}

function sourceAnnotation(source: Source): string {
  const { name, aliases, kind, reliability, note } = source;
  return JSON.stringify({ name, aliases, kind, reliability, note, ...extensionFieldsOf(source) });
}

function differs<T>(a: T | undefined, b: T | undefined, annotation: (item: T) => string): boolean {
  if (a === undefined || b === undefined) return a !== b;
  return annotation(a) !== annotation(b);
}

/**
 * One id, three versions (undefined = absent). Changed only on one side → that side; changed on both the same way →
 * ours (it is anchored to the editor's text); changed on both differently → theirs, unless theirs deleted it: a
 * deletion never wins over work, so ours survives then. Both outcomes of a real clash are reported.
 */
function mergeOne<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, oursChanged: boolean, annotation: (item: T) => string): Outcome<T> {
  const theirsChanged = differs(base, theirs, annotation);
  if (!theirsChanged || !differs(ours, theirs, annotation)) return { value: ours, from: 'ours', conflict: false };
  if (!oursChanged) return { value: theirs, from: 'theirs', conflict: false };
  return theirs === undefined ? { value: ours, from: 'ours', conflict: true } : { value: theirs, from: 'theirs', conflict: true };
}

/**
 * Whether the editor side changed a claim. Untouched detector suggestions are not work: the detector adds and drops
 * them as the text changes, and they are computed again after the merge.
 */
function oursChangedClaim(base: Claim | undefined, ours: Claim | undefined): boolean {
  if (ours === undefined) return base !== undefined && !isUntouchedSuggestion(base);
  if (base === undefined) return !isUntouchedSuggestion(ours);
  return claimAnnotation(base) !== claimAnnotation(ours);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Ids of the three versions, ours first in their order, then the ones only the disk side knows. */
function allIds(...lists: readonly (readonly { id: string }[])[]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((item) => item.id)))];
}

const QUOTE_LABEL_LENGTH = 60;

function quoteLabel(claim: Claim): string {
  const quote = claim.target.exact.replace(/\s+/g, ' ').trim();
  return quote.length > QUOTE_LABEL_LENGTH ? `${quote.slice(0, QUOTE_LABEL_LENGTH - 1)}…` : quote;
}

function conflictOf(kind: MergeConflict['kind'], id: string, label: string, from: Side): MergeConflict {
  return { kind, id, label, kept: from === 'theirs' ? 'disk' : 'editor' };
}

function mergeClaims(base: Sidecar, ours: Sidecar, theirs: Sidecar) {
  const [b, o, t] = [byId(base.claims), byId(ours.claims), byId(theirs.claims)];
  const kept: { claim: Claim; from: Side }[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of allIds(ours.claims, theirs.claims, base.claims)) {
    const mine = o.get(id);
    const outcome = mergeOne(b.get(id), mine, t.get(id), oursChangedClaim(b.get(id), mine), claimAnnotation);
    const claim = outcome.value;
    if (claim === undefined) continue;
    // A suggestion only our detector made is left to the detection that follows the merge, so it cannot double one of theirs.
    if (outcome.from === 'ours' && !b.has(id) && isUntouchedSuggestion(claim)) continue;
    kept.push({ claim, from: outcome.from });
    if (outcome.conflict) conflicts.push(conflictOf('claim', id, quoteLabel(claim), outcome.from));
  }
  return { kept, conflicts };
}

function mergeSources(base: Sidecar, ours: Sidecar, theirs: Sidecar, claims: readonly Claim[]) {
  const [b, o, t] = [byId(base.sources), byId(ours.sources), byId(theirs.sources)];
  const sources: Source[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of allIds(ours.sources, theirs.sources, base.sources)) {
    const outcome = mergeOne(b.get(id), o.get(id), t.get(id), differs(b.get(id), o.get(id), sourceAnnotation), sourceAnnotation);
    // A source deleted on one side but still named by a kept claim stays, so no claim points at nothing.
    const source = outcome.value ?? (claims.some((claim) => claim.sourceId === id) ? (o.get(id) ?? t.get(id)) : undefined);
    if (source === undefined) continue;
    sources.push(source);
    if (outcome.conflict) conflicts.push(conflictOf('source', id, source.name, outcome.from));
  }
  return { sources, conflicts };
}

/** Top-level `x-` fields of other tools, field by field with the same rule (a clash goes to the disk side, unreported). */
function mergeExtensions(base: Sidecar, ours: Sidecar, theirs: Sidecar): ExtensionFields {
  const [b, o, t] = [extensionFieldsOf(base), extensionFieldsOf(ours), extensionFieldsOf(theirs)];
  const merged: ExtensionFields = {};
  const keys = new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)] as `x-${string}`[]);
  for (const key of keys) {
    const outcome = mergeOne(b[key], o[key], t[key], differs(b[key], o[key], JSON.stringify), JSON.stringify);
    if (outcome.value !== undefined) merged[key] = outcome.value;
  }
  return merged;
}

/**
 * Merges a sidecar changed on disk (`theirs`) into annotations edited in memory (`ours`, anchored to `text`), given
 * `base`, the sidecar both started from. Claims and sources are matched by id; a claim changed on one side only
 * takes that side's version, a clash is resolved for the disk and reported. Claims taken from the disk are
 * re-anchored to `text`; the result is anchored to `text` throughout.
 */
export function mergeSidecars(base: Sidecar, ours: Sidecar, theirs: Sidecar, text: string): SidecarMerge {
  const claims = mergeClaims(base, ours, theirs);
  const fromDisk = claims.kept.filter((entry) => entry.from === 'theirs').map((entry) => entry.claim);
  const placed = byId(reanchor({ ...theirs, claims: fromDisk }, text).claims);
  const merged = claims.kept.map((entry) => (entry.from === 'theirs' ? (placed.get(entry.claim.id) ?? entry.claim) : entry.claim));
  const sources = mergeSources(base, ours, theirs, merged);
  return {
    sidecar: { ...mergeExtensions(base, ours, theirs), version: 1, document: ours.document, sources: sources.sources, claims: merged },
    conflicts: [...claims.conflicts, ...sources.conflicts],
  };
}
