// Who the detected sources of an article's claims stand for: "The Washington Post", "the newspaper", "the daily" and "it" are one entity.
import type { Claim } from '../model/types';
import { normalizeSourceName, sourceWording } from './sourceNames';

/** The entity a claim's detected source stands for. */
export interface SourceEntity {
  /** Stable while the entity keeps its name: the name, normalised. */
  key: string;
  /** The entity's name as the article writes it at its fullest: "The Washington Post". */
  name: string;
}

/** The name a claim's source goes by: the fullest mention it refers to, or the source itself. */
export function entityName(claim: Claim): string | null {
  if (claim.source === null) return null;
  return sourceWording(claim.source.refersTo?.text ?? claim.source.text);
}

/** Union–find over indices, with path halving. */
class Sets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let at = i;
    while (this.parent[at] !== at) {
      this.parent[at] = this.parent[this.parent[at]];
      at = this.parent[at];
    }
    return at;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier claim stays the representative, so an entity's name comes from the start of the article.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * The entity of every claim that has a detected source, by claim id. Claims share an entity when their sources go by
 * the same name ("Key" referring to "Prime Minister John Key", and "Prime Minister John Key" itself), or when one
 * refers to a mention that another's source holds ("Whitmore" → "Steve Whitmore" inside "Steve Whitmore, a
 * representative for the LA Sheriff's office"). The entity is named by the fullest mention its claims refer to, else
 * by its first source. Linear in the claims, bar a sort.
 */
export function sourceEntities(claims: readonly Claim[]): Map<string, SourceEntity> {
  const withSource = claims.filter((c) => c.source !== null).sort((a, b) => (a.source?.start ?? 0) - (b.source?.start ?? 0));
  const sets = new Sets(withSource.length);
  const byName = new Map<string, number>();
  withSource.forEach((claim, i) => {
    const key = normalizeSourceName(entityName(claim) ?? '');
    const first = byName.get(key);
    if (first === undefined) byName.set(key, i);
    else sets.join(first, i);
  });
  // A mention referred to that lies inside another claim's source: sources sorted by start, so the holders of a
  // mention are found among the few sources that start at or before it.
  const starts = withSource.map((c) => c.source?.start ?? 0);
  withSource.forEach((claim, i) => {
    const refersTo = claim.source?.refersTo;
    if (!refersTo) return;
    const last = lastAtOrBefore(starts, refersTo.start);
    for (let j = last; j >= 0 && j > last - 8; j--) {
      const holder = withSource[j].source;
      if (holder && holder.start <= refersTo.start && refersTo.end <= holder.end) sets.join(i, j);
    }
  });
  const names = new Map<number, string>();
  withSource.forEach((claim, i) => {
    const root = sets.find(i);
    const refersTo = claim.source?.refersTo;
    if (refersTo && !names.has(root)) names.set(root, sourceWording(refersTo.text));
  });
  const entities = new Map<string, SourceEntity>();
  const byRoot = new Map<number, SourceEntity>();
  withSource.forEach((claim, i) => {
    const root = sets.find(i);
    let entity = byRoot.get(root);
    if (!entity) {
      const name = names.get(root) ?? entityName(withSource[root]) ?? '';
      entity = { key: normalizeSourceName(name), name };
      byRoot.set(root, entity);
    }
    entities.set(claim.id, entity);
  });
  return entities;
}

/** The index of the last of `sorted` at or before `value`, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * How a claim's source is written when that differs from the name it is shown under ("the daily" under "The
 * Washington Post"); null when it reads the same.
 */
export function mentionAsWritten(claim: Claim, shownName: string): string | null {
  if (claim.source === null) return null;
  const written = sourceWording(claim.source.text);
  return normalizeSourceName(written) === normalizeSourceName(shownName) ? null : written;
}
