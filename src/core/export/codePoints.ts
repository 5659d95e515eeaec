// Converts between ClaimLens offsets (UTF-16 code units) and W3C selector positions (Unicode code points).
import { leadingCount } from '../model/binarySearch';

/**
 * Offset conversion for one text. W3C TextPositionSelector counts characters (code points) while VS Code and the
 * sidecar count UTF-16 code units; the two differ by one for every character outside the Basic Multilingual Plane
 * (emoji, some CJK) that precedes the offset. The text is scanned once; each conversion is a binary search.
 */
export interface CodePointIndex {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
}

export function codePointIndex(text: string): CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every well-formed surrogate pair, ascending. */
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  return {
    toCodePoint(utf16Offset) {
      // Pairs that end at or before the offset each count one code point for two units.
      return utf16Offset - countBelow(pairs, (p) => p + 1 < utf16Offset);
    },
    toUtf16(codePointOffset) {
      // The pair starting at UTF-16 offset p starts at code point p - (index of p); pairs before the target add one unit each.
      return codePointOffset + countBelow(pairs, (p, index) => p - index < codePointOffset);
    },
  };
}

/** Number of leading elements of a sorted array for which `before` holds (it must hold for a prefix only). */
function countBelow(sorted: number[], before: (value: number, index: number) => boolean): number {
  return leadingCount(sorted.length, (i) => before(sorted[i], i));
}
