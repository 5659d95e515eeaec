// The one binary search of ClaimLens: how many leading items of a sorted sequence meet a condition.

/**
 * The number of leading indices in `[0, length)` for which `holds` is true, where it is true on a prefix and false
 * after (e.g. "starts at or before the offset" over items sorted by start). O(log length) calls of `holds`.
 */
export function leadingCount(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
