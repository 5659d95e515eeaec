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

/** Stands for the claims in the frame written around them; found by its key at the top level, where nothing else can be. */
const CLAIMS_PLACE = '\u0000claims\u0000';
const CLAIMS_FIELD = `\n  "claims": ${JSON.stringify(CLAIMS_PLACE)}`;

/**
 * The file content for `sidecar` in pieces: the frame around the claims, then one claim at a time, so that a sidecar of
 * hundreds of thousands of claims is written without ever being one string (JavaScript strings end at about 512 MB,
 * and building one costs as much memory again). Joined, the pieces are exactly `serializeSidecar`'s bytes.
 */
export function* sidecarChunks(sidecar: Sidecar): Generator<string> {
  const frame = JSON.stringify(
    {
      version: sidecar.version,
      document: { file: sidecar.document.file, length: sidecar.document.length, hash: sidecar.document.hash },
      sources: [...sidecar.sources].sort(compareSources).map(source),
      claims: CLAIMS_PLACE,
      ...extensionFieldsOf(sidecar),
    },
    null,
    2,
  ) + '\n';
  const at = frame.indexOf(CLAIMS_FIELD) + CLAIMS_FIELD.length - JSON.stringify(CLAIMS_PLACE).length;
  yield frame.slice(0, at);
  const claims = [...sidecar.claims].sort(compareClaims);
  if (claims.length === 0) {
    yield '[]';
  } else {
    yield '[\n';
    for (let i = 0; i < claims.length; i++) {
      // JSON strings hold no raw line break, so every line break here is layout, indented one level deeper.
      yield `    ${JSON.stringify(claim(claims[i]), null, 2).replace(/\n/g, '\n    ')}${i < claims.length - 1 ? ',' : ''}\n`;
    }
    yield '  ]';
  }
  yield frame.slice(at + JSON.stringify(CLAIMS_PLACE).length);
}

/** The file content for `sidecar`; the same sidecar always gives the same bytes, and parsing them back gives it again. */
export function serializeSidecar(sidecar: Sidecar): string {
  return [...sidecarChunks(sidecar)].join('');
}

/** Whether the pieces of a sidecar add up to exactly `text` (a file's content), without joining them. */
export function chunksEqual(chunks: Iterable<string>, text: string | undefined): boolean {
  if (text === undefined) return false;
  let at = 0;
  for (const chunk of chunks) {
    if (!text.startsWith(chunk, at)) return false;
    at += chunk.length;
  }
  return at === text.length;
}
