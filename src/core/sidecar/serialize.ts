// Writing a sidecar deterministically: fixed key order (other tools' `x-` fields last, by name), claims by position, two-space indentation, trailing newline.
import { extensionFieldsOf } from '../model/extensionFields';
import type { Claim, Sidecar, Source, SourceTextSpan, TextSpan, TextTarget } from '../model/types';

function span(s: TextSpan): TextSpan {
  return { start: s.start, end: s.end, text: s.text };
}

function sourceSpan(s: SourceTextSpan): SourceTextSpan {
  return s.refersTo ? { start: s.start, end: s.end, text: s.text, refersTo: span(s.refersTo) } : span(s);
}

function target(t: TextTarget): TextTarget {
  return { start: t.start, end: t.end, exact: t.exact, prefix: t.prefix, suffix: t.suffix };
}

function source(s: Source): Source {
  return { id: s.id, name: s.name, aliases: [...s.aliases], kind: s.kind, reliability: s.reliability, note: s.note, ...extensionFieldsOf(s) };
}

/** A claim as written: the additive fields `kind` and `kindOrigin` are left out when they hold their default. */
type WrittenClaim = Omit<Claim, 'kind' | 'kindOrigin'> & Partial<Pick<Claim, 'kind' | 'kindOrigin'>>;

function claim(c: Claim): WrittenClaim {
  return {
    id: c.id,
    state: c.state,
    origin: c.origin,
    target: target(c.target),
    orphan: c.orphan,
    source: c.source && sourceSpan(c.source),
    cue: c.cue && span(c.cue),
    content: c.content && span(c.content),
    hedges: c.hedges.map(span),
    commitment: c.commitment,
    // Written only when they say something, so sidecars from before kinds existed are rewritten byte for byte.
    ...(c.kind !== null && { kind: c.kind }),
    ...(c.kindOrigin !== 'detected' && { kindOrigin: c.kindOrigin }),
    sourceId: c.sourceId,
    credibility: c.credibility,
    note: c.note,
    tags: [...c.tags],
    created: c.created,
    modified: c.modified,
    ...extensionFieldsOf(c),
  };
}

/** Document order, so that diffs read top to bottom like the article; ids break ties. */
export function compareClaims(a: Claim, b: Claim): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareSources(a: Source, b: Source): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The file content for `sidecar`; the same sidecar always gives the same bytes, and parsing them back gives it again. */
export function serializeSidecar(sidecar: Sidecar): string {
  const ordered: Omit<Sidecar, 'claims'> & { claims: WrittenClaim[] } = {
    version: sidecar.version,
    document: { file: sidecar.document.file, length: sidecar.document.length, hash: sidecar.document.hash },
    sources: [...sidecar.sources].sort(compareSources).map(source),
    claims: [...sidecar.claims].sort(compareClaims).map(claim),
    ...extensionFieldsOf(sidecar),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
