// Finds the claim of a sidecar that an imported claim stands for, in a few map reads however many claims the sidecar holds.
import type { Claim } from '../model/types';

/** The first position in `sorted` whose item is not `before` the one sought (binary search). */
function lowerBound<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sorted[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Claim indices under each key, ascending, so the first claim of a key is the first entry. */
class IndicesByKey {
  private readonly lists = new Map<string, number[]>();

  add(key: string, index: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [index]);
    else list.splice(lowerBound(list, (i) => i < index), 0, index);
  }

  remove(key: string, index: number): void {
    const list = this.lists.get(key);
    if (list === undefined) return;
    const at = lowerBound(list, (i) => i < index);
    if (list[at] === index) list.splice(at, 1);
  }

  first(key: string): number {
    return this.lists.get(key)?.[0] ?? -1;
  }
}

interface Placed {
  start: number;
  end: number;
  index: number;
}

/** Claims under each key in the order of their start, with the longest one's length, to find those overlapping a span. */
class SpansByKey {
  private readonly lists = new Map<string, { spans: Placed[]; longest: number }>();

  add(key: string, span: Placed): void {
    let list = this.lists.get(key);
    if (list === undefined) {
      list = { spans: [], longest: 0 };
      this.lists.set(key, list);
    }
    list.spans.splice(lowerBound(list.spans, (s) => s.start < span.start || (s.start === span.start && s.index < span.index)), 0, span);
    list.longest = Math.max(list.longest, span.end - span.start);
  }

  remove(key: string, span: Placed): void {
    const spans = this.lists.get(key)?.spans;
    if (spans === undefined) return;
    const at = lowerBound(spans, (s) => s.start < span.start || (s.start === span.start && s.index < span.index));
    if (spans[at]?.index === span.index) spans.splice(at, 1);
  }

  /** The lowest index among the claims of `key` that overlap [start, end), or -1. */
  firstOverlapping(key: string, start: number, end: number): number {
    const list = this.lists.get(key);
    if (list === undefined) return -1;
    let first = -1;
    // A claim that ends after `start` starts after `start - longest`; one that starts at `end` or later cannot overlap.
    for (let at = lowerBound(list.spans, (s) => s.start <= start - list.longest); at < list.spans.length && list.spans[at].start < end; at++) {
      const span = list.spans[at];
      if (span.end > start && (first === -1 || span.index < first)) first = span.index;
    }
    return first;
  }
}

/**
 * The claims of a sidecar being merged, looked up the way `counterpart` in `importMerge.ts` defines: the same id with
 * the same quote, else (an orphan) an orphan with the same quote, else a placed claim at the same place, else a placed
 * claim overlapping it with the same quote or content — always the first such claim in the list. The list may grow and
 * its claims be replaced; each change is told with `add` and `remove`.
 */
export class ClaimLookup {
  private readonly ids = new Map<string, number>();
  private readonly orphans = new IndicesByKey();
  private readonly places = new IndicesByKey();
  private readonly quotes = new SpansByKey();
  private readonly contents = new SpansByKey();

  constructor(private readonly claims: readonly Claim[]) {
    claims.forEach((claim, index) => this.add(claim, index));
  }

  add(claim: Claim, index: number): void {
    this.change(claim, index, 'add');
  }

  remove(claim: Claim, index: number): void {
    this.change(claim, index, 'remove');
  }

  /** The index of the claim `incoming` stands for, or -1. */
  counterpart(incoming: Claim): number {
    const { start, end, exact } = incoming.target;
    const byId = this.ids.get(incoming.id);
    if (byId !== undefined && this.claims[byId].target.exact === exact) return byId;
    if (incoming.orphan) return this.orphans.first(exact);
    const samePlace = this.places.first(`${start}:${end}`);
    if (samePlace !== -1) return samePlace;
    const sameQuote = this.quotes.firstOverlapping(exact, start, end);
    const sameContent = incoming.content === null ? -1 : this.contents.firstOverlapping(incoming.content.text, start, end);
    return sameQuote === -1 || (sameContent !== -1 && sameContent < sameQuote) ? sameContent : sameQuote;
  }

  private change(claim: Claim, index: number, how: 'add' | 'remove'): void {
    const { start, end, exact } = claim.target;
    if (how === 'add') this.ids.set(claim.id, index);
    else if (this.ids.get(claim.id) === index) this.ids.delete(claim.id);
    if (claim.orphan) {
      this.orphans[how](exact, index);
      return;
    }
    const span = { start, end, index };
    this.places[how](`${start}:${end}`, index);
    this.quotes[how](exact, span);
    if (claim.content !== null) this.contents[how](claim.content.text, span);
  }
}
