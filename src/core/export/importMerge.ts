// Merging imported annotations into an article's existing sidecar without losing either side's work.
import { isUntouchedSuggestion } from '../model/annotations';
import { sourceId } from '../model/ids';
import type { Claim, Sidecar, Source } from '../model/types';
import { compareClaims } from '../sidecar';

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Imported sources joined to the existing ones (same id and name, or same name); returns how imported ids map. */
function mergeSources(existing: Source[], imported: Source[]): { sources: Source[]; idMap: Map<string, string> } {
  const sources = existing.map((s) => ({ ...s, aliases: [...s.aliases] }));
  const idMap = new Map<string, string>();
  for (const source of imported) {
    const match =
      sources.find((s) => s.id === source.id && sameName(s.name, source.name)) ??
      sources.find((s) => sameName(s.name, source.name) || s.aliases.some((a) => sameName(a, source.name)));
    if (match) {
      // The existing source is the reader's current judgement; the import only fills what it leaves open.
      match.reliability ??= source.reliability;
      match.kind ??= source.kind;
      if (match.note === '') match.note = source.note;
      match.aliases = [...new Set([...match.aliases, ...source.aliases])].filter((a) => !sameName(a, match.name));
      idMap.set(source.id, match.id);
    } else {
      const taken = new Set(sources.map((s) => s.id));
      const id = taken.has(source.id) ? sourceId(source.name, taken) : source.id;
      sources.push({ ...source, id, aliases: [...source.aliases] });
      idMap.set(source.id, id);
    }
  }
  return { sources, idMap };
}

function samePlace(a: Claim, b: Claim): boolean {
  return !a.orphan && !b.orphan && a.target.start === b.target.start && a.target.end === b.target.end;
}

/**
 * Both sidecars must be anchored to the same article text. A claim present on both sides (same id, or same place)
 * keeps the version modified last, under the existing id, except that an untouched detector suggestion (made again on
 * every open, so always "newer") gives way to the imported claim entirely. Every other claim of either side is kept.
 */
export function mergeImported(existing: Sidecar, imported: Sidecar): Sidecar {
  const { sources, idMap } = mergeSources(existing.sources, imported.sources);
  const claims = [...existing.claims];
  for (const incoming of imported.claims) {
    const claim = { ...incoming, sourceId: incoming.sourceId === null ? null : idMap.get(incoming.sourceId) ?? incoming.sourceId };
    const index = claims.findIndex((c) => c.id === claim.id || samePlace(c, claim));
    if (index === -1) {
      claims.push(claim);
    } else if (isUntouchedSuggestion(claims[index]) && !claims.some((c, i) => i !== index && c.id === claim.id)) {
      claims[index] = claim;
    } else if (claim.modified > claims[index].modified) {
      claims[index] = { ...claim, id: claims[index].id };
    }
  }
  return { ...existing, document: imported.document, sources, claims: claims.sort(compareClaims) };
}
