// W3C Web Annotation import: the annotations of one target document become a sidecar anchored to the article's text.
import { anchoredTo, makeTarget } from '../anchor';
import { claimId, sourceId } from '../model/ids';
import { isCredibility, isReliability } from '../model/ratings';
import type { Claim, ClaimState, Credibility, Reliability, Sidecar, Source, SourceTextSpan, TextSpan } from '../model/types';
import { compareClaims, documentInfo, isSidecarTimestamp, parseSidecar, serializeSidecar } from '../sidecar';
import { codePointIndex, type CodePointIndex } from './codePoints';
import { CLAIM_STATES, type ReadAnnotation, type ReadBody, type ReadDocument } from './w3cRead';

/** The article the annotations target, as it is now. */
export interface ImportArticle {
  file: string;
  text: string;
}

export type ImportResult = { ok: true; sidecar: Sidecar; warnings: string[] } | { ok: false; error: string };

/** Sources known to the import, matched by ClaimLens id first, then by name or alias ignoring case. */
class SourceRegistry {
  readonly sources: Source[];

  /** Sources recorded by another ClaimLens; nameless ones and repeated ids are left out, so the sidecar stays valid. */
  constructor(initial: Source[]) {
    const ids = new Set<string>();
    this.sources = [];
    for (const s of initial) {
      if (s.id.trim() === '' || s.name.trim() === '' || ids.has(s.id)) continue;
      ids.add(s.id);
      this.sources.push({ ...s, aliases: [...s.aliases] });
    }
  }

  resolve(body: ReadBody, assessedReliability: Reliability | null): Source {
    const name = body.value.trim();
    const same = (a: string): boolean => a.toLowerCase() === name.toLowerCase();
    const found =
      (body.sourceId !== null ? this.sources.find((s) => s.id === body.sourceId) : undefined) ??
      this.sources.find((s) => same(s.name) || s.aliases.some(same));
    if (found) {
      found.reliability ??= body.reliability ?? assessedReliability;
      return found;
    }
    const taken = new Set(this.sources.map((s) => s.id));
    const given = body.sourceId?.trim() ? body.sourceId : null;
    const source: Source = {
      id: given !== null && !taken.has(given) ? given : sourceId(name, taken),
      name,
      aliases: body.aliases ?? [],
      kind: body.sourceKind,
      reliability: body.reliability ?? assessedReliability,
      note: body.sourceNote ?? '',
    };
    this.sources.push(source);
    return source;
  }
}

/** An assessing body from another tool may only carry the code as text, e.g. "B2 — usually reliable…". */
function parseRatingCode(value: string): { reliability: Reliability | null; credibility: Credibility | null } {
  const match = /^\s*([A-F?])([1-6?])(?![\w])/.exec(value);
  const reliability = match?.[1];
  const credibility = Number(match?.[2]);
  return { reliability: isReliability(reliability) ? reliability : null, credibility: isCredibility(credibility) ? credibility : null };
}

function bodiesFor(annotation: ReadAnnotation, purpose: string | null): ReadBody[] {
  return annotation.bodies.filter((b) => b.purpose === purpose);
}

/** UTF-16 offsets of the annotation: ClaimLens' own if recorded, else converted from code points; null if it has neither. */
function utf16Range(annotation: ReadAnnotation, positions: CodePointIndex | null): { start: number; end: number } | null {
  if (annotation.utf16) return annotation.utf16;
  if (annotation.codePoints && positions) {
    return { start: positions.toUtf16(annotation.codePoints.start), end: positions.toUtf16(annotation.codePoints.end) };
  }
  return null;
}

function toClaim(annotation: ReadAnnotation, range: { start: number; end: number }, registry: SourceRegistry, taken: Set<string>, now: string): Claim {
  const assessing = bodiesFor(annotation, 'assessing')[0];
  const code = assessing ? parseRatingCode(assessing.value) : { reliability: null, credibility: null };
  const identifying = bodiesFor(annotation, 'identifying').find((b) => b.value.trim() !== '');
  const source = identifying ? registry.resolve(identifying, assessing?.reliability ?? code.reliability) : null;
  const state = bodiesFor(annotation, 'classifying').map((b) => b.value).find((v): v is ClaimState => (CLAIM_STATES as readonly string[]).includes(v));
  const notes = [...bodiesFor(annotation, 'commenting'), ...bodiesFor(annotation, null)].map((b) => b.value);
  const id = annotation.claimId !== null && annotation.claimId.trim() !== '' && !taken.has(annotation.claimId)
    ? annotation.claimId
    : claimId(`${range.start}:${range.end}:${annotation.exact}:${annotation.label}`, taken);
  taken.add(id);
  return {
    id,
    // An annotation made by hand in another tool is a claim someone chose to keep, so it arrives confirmed.
    state: state ?? 'confirmed',
    origin: annotation.origin ?? 'manual',
    target: { ...range, exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
    orphan: annotation.orphan,
    source: consistentSource(annotation.sourceSpan),
    cue: consistent(annotation.cueSpan),
    content: consistent(annotation.contentSpan),
    hedges: annotation.hedgeSpans.filter((h) => consistent(h) !== null),
    commitment: annotation.commitment,
    kind: annotation.kind,
    // A kind another tool tagged the claim with was someone's choice; ClaimLens records whose it was.
    kindOrigin: annotation.kindOrigin ?? (annotation.kind === null ? 'detected' : 'manual'),
    sourceId: source?.id ?? null,
    credibility: assessing?.credibility ?? code.credibility,
    note: notes.join('\n\n'),
    tags: bodiesFor(annotation, 'tagging').map((b) => b.value),
    created: timestamp(annotation.created, now),
    modified: timestamp(annotation.modified ?? annotation.created, now),
    ...annotation.extensions,
  };
}

/** A part whose offsets span as many units as its text (anything else is no part a sidecar can hold). */
function consistent<T extends TextSpan>(span: T | null): T | null {
  return span !== null && span.end - span.start === span.text.length ? span : null;
}

/** A source part, with its resolved mention only when that is a consistent part too. */
function consistentSource(span: SourceTextSpan | null): SourceTextSpan | null {
  const own = consistent(span);
  if (own?.refersTo === undefined || consistent(own.refersTo) !== null) return own;
  return { start: own.start, end: own.end, text: own.text };
}

/** Another tool's date ("2026-11-30", "Mon, 30 Nov 2026 10:00:00 GMT") as the ISO 8601 a sidecar holds; `now` when it is none. */
function timestamp(value: string | null, now: string): string {
  if (value === null) return now;
  if (isSidecarTimestamp(value)) return value;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? now : new Date(parsed).toISOString();
}

/**
 * A position-only annotation with the article's text at its positions as its quote, or null when they select nothing
 * (past the end of the article, or only blank text).
 */
function quotedAt(annotation: ReadAnnotation, text: string, positions: CodePointIndex): ReadAnnotation | null {
  const range = utf16Range(annotation, positions);
  if (range === null || range.end > text.length || text.slice(range.start, range.end).trim() === '') return null;
  const { exact, prefix, suffix } = makeTarget(text, range.start, range.end);
  return { ...annotation, exact, prefix, suffix, utf16: range, positionOnly: false };
}

/**
 * The range a claim starts from: its recorded one when it spans its quote, else one of the quote's length at the
 * recorded start (or 0), so that a claim that cannot be found again is still a valid orphan with its last known place.
 */
function consistentRange(range: { start: number; end: number } | null, exact: string): { start: number; end: number } {
  if (range !== null && range.end - range.start === exact.length) return range;
  const start = range?.start ?? 0;
  return { start, end: start + exact.length };
}

/** The last check before anything is written: what the sidecar validator would refuse is never handed on. */
function validityProblem(sidecar: Sidecar): string | null {
  const check = parseSidecar(serializeSidecar(sidecar), sidecar.document.file);
  return check.ok ? null : check.error;
}

/**
 * Builds the sidecar for one target document. With the article's text, positions are checked against it and claims
 * whose quote moved are re-anchored (unplaceable ones are kept as orphans); without it, the file must carry ClaimLens'
 * UTF-16 offsets and document record.
 */
export function importDocument(document: ReadDocument, article: ImportArticle | null, now: string): ImportResult {
  const info = article ? documentInfo(article.file, article.text) : document.record && {
    file: document.record.file, length: document.record.length, hash: document.record.hash,
  };
  if (!info) return { ok: false, error: `${document.source}: the article text is needed to place these annotations` };
  const positions = article ? codePointIndex(article.text) : null;
  const registry = new SourceRegistry(document.record?.sources ?? []);
  const taken = new Set<string>();
  const claims: Claim[] = [];
  const warnings: string[] = [];
  for (const read of document.annotations) {
    if (read.positionOnly && !(article && positions)) {
      return { ok: false, error: `${read.label}: selects its text by position only, which needs the article text` };
    }
    const annotation = read.positionOnly && article && positions ? quotedAt(read, article.text, positions) : read;
    if (annotation === null) {
      warnings.push(`${read.label}: its position selector selects no text of ${info.file}, skipped`);
      continue;
    }
    if (annotation.exact === '') {
      warnings.push(`${annotation.label}: quotes no text, skipped`);
      continue;
    }
    const range = utf16Range(annotation, positions);
    if (!range && !article) {
      return { ok: false, error: `${annotation.label}: has no position ClaimLens can use without the article text` };
    }
    claims.push(toClaim(annotation, consistentRange(range, annotation.exact), registry, taken, now));
  }
  let sidecar: Sidecar = { ...document.record?.extensions, version: 1, document: info, sources: registry.sources, claims: claims.sort(compareClaims) };
  if (article) {
    const before = sidecar.claims.filter((c) => c.orphan).length;
    // Offsets are not trusted: a claim or part that does not select its text is looked for by its quote.
    const anchored = anchoredTo(sidecar, article.text);
    sidecar = anchored.reanchored ? { ...anchored.sidecar, claims: [...anchored.sidecar.claims].sort(compareClaims) } : anchored.sidecar;
    const orphans = sidecar.claims.filter((c) => c.orphan).length - before;
    if (orphans > 0) warnings.push(`${orphans} of ${claims.length} annotations could not be found in ${info.file} and are kept as orphans`);
  }
  const problem = validityProblem(sidecar);
  if (problem !== null) return { ok: false, error: `${document.source}: the annotations cannot be made into a valid sidecar (${problem}); nothing was imported` };
  return { ok: true, sidecar, warnings };
}
