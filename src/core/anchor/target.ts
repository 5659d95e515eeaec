// Building a claim's target: its offsets plus the quoted text and the context around it (W3C position + quote selectors).
import type { TextTarget } from '../model/types';

/** Characters of context kept on each side of a quote, where the text allows. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves `offset` one unit back when it would fall between the two halves of a surrogate pair. */
export function backOffPairStart(text: string, offset: number): number {
  return offset > 0 && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

/** Moves `offset` one unit forward when it would fall between the two halves of a surrogate pair. */
export function extendPairEnd(text: string, offset: number): number {
  return offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset + 1 : offset;
}

/** The target for `text[start, end)`, with at least CONTEXT_LENGTH units of prefix and suffix where the text allows, never half a surrogate pair. */
export function makeTarget(text: string, start: number, end: number): TextTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`target [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  const prefixStart = backOffPairStart(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = extendPairEnd(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
