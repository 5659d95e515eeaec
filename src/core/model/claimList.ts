// An article's claims in document order, kept on their text through an edit in time proportional to the edit (not to the article), and found by position.
import { type EditBatch, followClaim, moveClaim, onlyMoved } from '../anchor/edits';
import { CONTEXT_LENGTH } from '../anchor/target';
import type { TextView } from '../anchor/textView';
import { compareClaims } from '../sidecar/serialize';
import { leadingCount } from './binarySearch';
import type { OffsetRange } from './offsetRange';
import type { Claim } from './types';

/**
 * Placed claims are kept in chunks of about this many. An edit rebuilds the chunks it touches and gives every chunk
 * after it a new shift: a keystroke costs a few chunks and one small object per chunk, not one object per claim.
 */
const CHUNK_SIZE = 64;
/** How far from a claim an edit may change it: its context (see `sideOfEdits`), and one unit to spare. */
const MARGIN = CONTEXT_LENGTH + 2;

/** Consecutive placed claims in document order, whose offsets are all `shift` units off (applied when read). */
interface Chunk {
  readonly claims: readonly Claim[];
  readonly shift: number;
  /** Over the chunk's claims, before the shift: where what they depend on starts at the earliest and ends at the latest (context included), and the furthest end of a claim. */
  readonly low: number;
  readonly high: number;
  readonly reach: number;
  /** The length of the chunk's longest claim. */
  readonly longest: number;
}

function chunkOf(claims: readonly Claim[], shift = 0): Chunk {
  let low = Infinity;
  let high = -Infinity;
  let reach = -Infinity;
  let longest = 0;
  const cover = (part: { start: number; end: number } | null): void => {
    if (part === null) return;
    if (part.start < low) low = part.start;
    if (part.end > high) high = part.end;
  };
  for (const claim of claims) {
    low = Math.min(low, claim.target.start - MARGIN);
    high = Math.max(high, claim.target.end + MARGIN);
    reach = Math.max(reach, claim.target.end);
    longest = Math.max(longest, claim.target.end - claim.target.start);
    cover(claim.source);
    cover(claim.cue);
    cover(claim.content);
    for (const hedge of claim.hedges) cover(hedge);
  }
  return { claims, shift, low, high, reach, longest };
}

function chunksOf(placed: readonly Claim[], size: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < placed.length; i += size) chunks.push(chunkOf(placed.slice(i, i + size)));
  return chunks;
}

function isSorted(claims: readonly Claim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (compareClaims(claims[i - 1], claims[i]) > 0) return false;
  return true;
}

/** What following one change event did to the claims. */
export interface FollowedEdits {
  readonly claims: ClaimList;
  /** Claims that did more than move with the text: their quote or parts changed, or they were lost or placed again. */
  readonly changed: Set<string>;
  /** Whether every claim's ranges moved as an editor moves ranges with closed edges (see `followClaim`). */
  readonly rangesFollow: boolean;
}

/** Which claims a lookup considers. */
export type ClaimFilter = (claim: Claim) => boolean;

const EVERY_CLAIM: ClaimFilter = () => true;
const IDS = {};

/** How many merges' worth of ids are layered before they are gathered into one set again. */
const MAX_ID_LAYERS = 32;

/**
 * The ids of a list a merge made from another: the other's, less those of the claims the merge replaced, plus those it
 * put in. A detector reading an article merges a hundred stretches in a row, each asking which ids are taken: layering
 * them costs each merge its own claims, where copying the set would cost it the article.
 */
class LayeredIds {
  readonly depth: number;

  constructor(
    private readonly base: ReadonlySet<string> | LayeredIds,
    private readonly removed: ReadonlySet<string>,
    private readonly added: ReadonlySet<string>,
  ) {
    this.depth = base instanceof LayeredIds ? base.depth + 1 : 1;
  }

  has(id: string): boolean {
    if (this.added.has(id)) return true;
    return !this.removed.has(id) && this.base.has(id);
  }

  flatten(): Set<string> {
    const ids = this.base instanceof LayeredIds ? this.base.flatten() : new Set(this.base);
    for (const id of this.removed) ids.delete(id);
    for (const id of this.added) ids.add(id);
    return ids;
  }
}

/**
 * An immutable list of an article's claims: placed ones in chunks by position, orphans apart. Every change makes a
 * new list that shares the unchanged chunks, so earlier lists (held by snapshots) stay valid.
 */
export class ClaimList {
  private array: readonly Claim[] | undefined;
  private longestClaim: number | undefined;

  private constructor(
    private readonly chunks: readonly Chunk[],
    /** Claims that cannot be placed in the text, in document order of their last known place. */
    readonly orphans: readonly Claim[],
    readonly size: number,
    private readonly chunkSize: number,
    /** Facts about the claims that do not depend on where they are (counts…), shared by lists that differ only by moves. */
    private readonly facts: Map<object, unknown> = new Map(),
  ) {}

  /**
   * A fact about the claims that does not depend on their offsets (how many are tagged…), computed once and kept for
   * every list made from this one by moving claims with the text. `key` names the fact (one object per kind of fact).
   */
  fact<T>(key: object, compute: (claims: Iterable<Claim>) => T): T {
    if (!this.facts.has(key)) this.facts.set(key, compute(this.everyClaim()));
    return this.facts.get(key) as T;
  }

  /** Every claim, placed ones with offsets possibly not yet shifted: for facts that do not depend on position. */
  private *everyClaim(): Iterable<Claim> {
    for (const chunk of this.chunks) yield* chunk.claims;
    yield* this.orphans;
  }

  static readonly EMPTY = ClaimList.of([]);

  /** `chunkSize` is for tests, which need many chunks from few claims. */
  static of(claims: readonly Claim[], chunkSize = CHUNK_SIZE): ClaimList {
    const placed = claims.filter((claim) => !claim.orphan);
    if (!isSorted(placed)) placed.sort(compareClaims);
    const orphans = claims.filter((claim) => claim.orphan);
    if (!isSorted(orphans)) orphans.sort(compareClaims);
    return new ClaimList(chunksOf(placed, chunkSize), orphans, claims.length, chunkSize);
  }

  /** Every claim, in document order (orphans at their last known place); made once per list. */
  toArray(): readonly Claim[] {
    if (this.array !== undefined) return this.array;
    const placed: Claim[] = [];
    for (const chunk of this.chunks) for (const claim of chunk.claims) placed.push(moveClaim(claim, chunk.shift));
    const all: Claim[] = [];
    let p = 0;
    let o = 0;
    while (p < placed.length || o < this.orphans.length) {
      if (o === this.orphans.length || (p < placed.length && compareClaims(placed[p], this.orphans[o]) <= 0)) all.push(placed[p++]);
      else all.push(this.orphans[o++]);
    }
    this.array = all;
    return all;
  }

  /** The claims after one change event of the text (`text` is the text after it). */
  followEdits(batch: EditBatch, text: TextView): FollowedEdits {
    const changed = new Set<string>();
    if (batch.edits.length === 0) return { claims: this, changed, rangesFollow: true };
    let rangesFollow = true;
    let rebuild = false;
    let orphansChanged = false;
    const follow = (claim: Claim): Claim => {
      const after = followClaim(claim, batch, text);
      orphansChanged ||= after.claim.orphan !== claim.orphan;
      if (!onlyMoved(claim, after.claim)) changed.add(claim.id);
      rangesFollow &&= after.rangesFollow;
      return after.claim;
    };
    const chunks: Chunk[] = [];
    const rebuilt: number[] = [];
    const lost: Claim[] = [];
    for (const chunk of this.chunks) {
      if (chunk.high + chunk.shift < batch.first) chunks.push(chunk);
      else if (chunk.low + chunk.shift > batch.last) chunks.push({ ...chunk, shift: chunk.shift + batch.delta });
      else {
        const placed: Claim[] = [];
        for (const claim of chunk.claims) {
          const after = follow(moveClaim(claim, chunk.shift));
          if (after.orphan) lost.push(after);
          else placed.push(after);
        }
        if (placed.length === 0) continue;
        rebuilt.push(chunks.length);
        chunks.push(chunkOf(placed));
      }
    }
    const orphans = this.orphans.map((orphan) => {
      const after = follow(orphan);
      // An orphan placed again (its text pasted back) goes among the placed claims.
      if (!after.orphan) rebuild = true;
      return after;
    });
    if (rebuild || !ordered(chunks, rebuilt)) {
      const all = [...chunks.flatMap((chunk) => chunk.claims.map((claim) => moveClaim(claim, chunk.shift))), ...lost, ...orphans];
      return { claims: ClaimList.of(all, this.chunkSize), changed, rangesFollow };
    }
    const allOrphans = lost.length === 0 ? orphans : [...orphans, ...lost].sort(compareClaims);
    // Claims that only moved keep every fact about them; a claim lost or placed again changes the counts.
    const facts = orphansChanged ? undefined : this.facts;
    return { claims: new ClaimList(chunks, allOrphans, this.size, this.chunkSize, facts), changed, rangesFollow };
  }

  /** Every claim id of the list (kept while claims only move). */
  ids(): ReadonlySet<string> {
    const known = this.idFact();
    if (!(known instanceof LayeredIds)) return known;
    const ids = known.flatten();
    this.facts.set(IDS, ids);
    return ids;
  }

  /** Whether an id is taken, as `ids()` says, without gathering the ids merged lately into one set: what a merge asks. */
  idsInUse(): { has(id: string): boolean } {
    return this.idFact();
  }

  private idFact(): ReadonlySet<string> | LayeredIds {
    return this.fact<ReadonlySet<string> | LayeredIds>(IDS, () => {
      const ids = new Set<string>();
      for (const chunk of this.chunks) for (const claim of chunk.claims) ids.add(claim.id);
      for (const claim of this.orphans) ids.add(claim.id);
      return ids;
    });
  }

  /** The placed claims that touch `range` (end to end), in document order. */
  touching(range: OffsetRange): Claim[] {
    const found: Claim[] = [];
    for (const { claims, shift, reach } of this.chunks) {
      if (claims[0].target.start + shift > range.end) break;
      if (reach + shift < range.start) continue;
      for (const claim of claims) {
        if (claim.target.end + shift >= range.start && claim.target.start + shift <= range.end) found.push(moveClaim(claim, shift));
      }
    }
    return found;
  }

  /**
   * The list with the placed claims touching `range`, and every orphan, replaced by `replacement` (a detector's merge
   * over that stretch: its placed claims touch the stretch). Costs the chunks around the stretch, not the article.
   */
  replaceTouching(range: OffsetRange, replacement: readonly Claim[]): ClaimList {
    const { chunks } = this;
    const touches = (chunk: Chunk): boolean => chunk.claims[0].target.start + chunk.shift <= range.end && chunk.reach + chunk.shift >= range.start;
    let first = chunks.findIndex(touches);
    let last = first;
    for (let c = first + 1; first !== -1 && c < chunks.length && chunks[c].claims[0].target.start + chunks[c].shift <= range.end; c++) if (touches(chunks[c])) last = c;
    if (first === -1) {
      first = leadingCount(chunks.length, (i) => chunks[i].claims[0].target.start + chunks[i].shift <= range.start);
      last = first - 1;
    }
    const local: Claim[] = [];
    let removed = 0;
    for (let c = first; c <= last; c++) {
      for (const claim of chunks[c].claims) {
        const moved = moveClaim(claim, chunks[c].shift);
        if (moved.target.end >= range.start && moved.target.start <= range.end) removed++;
        else local.push(moved);
      }
    }
    const orphans: Claim[] = [];
    for (const claim of replacement) (claim.orphan ? orphans : local).push(claim);
    local.sort(compareClaims);
    const replaced = chunksOf(local, this.chunkSize);
    const next = [...chunks.slice(0, first), ...replaced, ...chunks.slice(last + 1)];
    const size = this.size - removed - this.orphans.length + replacement.length;
    if (!inOrderAt(next, first) || !inOrderAt(next, first + replaced.length)) return ClaimList.of([...next.flatMap((c) => c.claims.map((claim) => moveClaim(claim, c.shift))), ...orphans], this.chunkSize);
    const list = new ClaimList(next, orphans.sort(compareClaims), size, this.chunkSize);
    // The ids of the new list from those of this one, which the next merge asks for: cheaper than gathering them again.
    if (this.facts.has(IDS)) {
      const removed = new Set<string>();
      for (let c = first; c <= last; c++) for (const claim of chunks[c].claims) removed.add(claim.id);
      for (const claim of this.orphans) removed.add(claim.id);
      const added = new Set<string>();
      for (const claim of local) added.add(claim.id);
      for (const claim of orphans) added.add(claim.id);
      const ids = new LayeredIds(this.facts.get(IDS) as ReadonlySet<string> | LayeredIds, removed, added);
      list.facts.set(IDS, ids.depth > MAX_ID_LAYERS ? ids.flatten() : ids);
    }
    return list;
  }

  /** The claim with this id, if any: a scan of every claim, for the few a change names. */
  find(id: string): Claim | undefined {
    for (const chunk of this.chunks) {
      const claim = chunk.claims.find((c) => c.id === id);
      if (claim) return moveClaim(claim, chunk.shift);
    }
    return this.orphans.find((c) => c.id === id);
  }

  /**
   * The shortest placed claim reaching from at or before `start` to at or after `end` that `accept` takes; the first
   * in document order on a tie.
   */
  holding(start: number, end: number, accept: ClaimFilter = EVERY_CLAIM): Claim | undefined {
    const { chunks } = this;
    let best: Claim | undefined;
    let bestShift = 0;
    // No claim holding the range starts before `end` minus the longest claim: the walk back stops there.
    this.longestClaim ??= chunks.reduce((longest, chunk) => Math.max(longest, chunk.longest), 0);
    const earliest = end - this.longestClaim;
    for (let c = leadingCount(chunks.length, (i) => chunks[i].claims[0].target.start + chunks[i].shift <= start) - 1; c >= 0; c--) {
      const chunk = chunks[c];
      if (chunk.claims[chunk.claims.length - 1].target.start + chunk.shift < earliest) break;
      if (chunk.reach + chunk.shift < end) continue;
      const { claims, shift } = chunk;
      for (let i = leadingCount(claims.length, (k) => claims[k].target.start + shift <= start) - 1; i >= 0; i--) {
        const claim = claims[i];
        if (claim.target.end + shift < end || !accept(claim)) continue;
        if (!best || claim.target.end - claim.target.start <= best.target.end - best.target.start) {
          best = claim;
          bestShift = shift;
        }
      }
    }
    return best && moveClaim(best, bestShift);
  }

  /** The first placed claim `accept` takes that starts after `offset`; with `direction` -1, the last that starts before it. */
  adjacent(offset: number, direction: 1 | -1, accept: ClaimFilter = EVERY_CLAIM): Claim | undefined {
    const { chunks } = this;
    if (direction === 1) {
      for (let c = Math.max(0, leadingCount(chunks.length, (i) => chunks[i].claims[0].target.start + chunks[i].shift <= offset) - 1); c < chunks.length; c++) {
        const { claims, shift } = chunks[c];
        for (let i = leadingCount(claims.length, (k) => claims[k].target.start + shift <= offset); i < claims.length; i++) {
          if (accept(claims[i])) return moveClaim(claims[i], shift);
        }
      }
      return undefined;
    }
    for (let c = leadingCount(chunks.length, (i) => chunks[i].claims[0].target.start + chunks[i].shift < offset) - 1; c >= 0; c--) {
      const { claims, shift } = chunks[c];
      for (let i = leadingCount(claims.length, (k) => claims[k].target.start + shift < offset) - 1; i >= 0; i--) {
        if (accept(claims[i])) return moveClaim(claims[i], shift);
      }
    }
    return undefined;
  }

  /** The placed claims `accept` takes that start exactly at `offset`, in document order. */
  startingAt(offset: number, accept: ClaimFilter = EVERY_CLAIM): Claim[] {
    const found: Claim[] = [];
    const { chunks } = this;
    for (let c = Math.max(0, leadingCount(chunks.length, (i) => chunks[i].claims[0].target.start + chunks[i].shift < offset) - 1); c < chunks.length; c++) {
      const { claims, shift } = chunks[c];
      for (let i = leadingCount(claims.length, (k) => claims[k].target.start + shift < offset); i < claims.length; i++) {
        if (claims[i].target.start + shift !== offset) return found;
        if (accept(claims[i])) found.push(moveClaim(claims[i], shift));
      }
    }
    return found;
  }

  /** The first (`direction` 1) or last (-1) placed claim in document order that `accept` takes. */
  end(direction: 1 | -1, accept: ClaimFilter = EVERY_CLAIM): Claim | undefined {
    return this.adjacent(direction === 1 ? -Infinity : Infinity, direction, accept);
  }
}

/** `compareClaims` of two claims whose offsets are `shiftA` and `shiftB` off, without moving them. */
function compareShifted(a: Claim, shiftA: number, b: Claim, shiftB: number): number {
  return a.target.start + shiftA - (b.target.start + shiftB) || a.target.end + shiftA - (b.target.end + shiftB) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether the claims on both sides of the boundary before chunk `c` are in document order (true at the ends). */
function inOrderAt(chunks: readonly Chunk[], c: number): boolean {
  if (c <= 0 || c >= chunks.length) return true;
  const [before, after] = [chunks[c - 1], chunks[c]];
  return compareShifted(before.claims[before.claims.length - 1], before.shift, after.claims[0], after.shift) <= 0;
}

/** Whether the chunks rebuilt by an edit are in document order, within and with their neighbours (the others kept their order). */
function ordered(chunks: readonly Chunk[], rebuilt: readonly number[]): boolean {
  return rebuilt.every((c) => isSorted(chunks[c].claims) && inOrderAt(chunks, c) && inOrderAt(chunks, c + 1));
}
