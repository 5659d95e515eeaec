// Building a claim's target: its offsets plus the quoted text and the context around it (W3C position + quote selectors).
import type { TextTarget } from '../model/types';
import type { TextView } from './textView';

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

/**
 * The target for `text[start, end)`, with at least CONTEXT_LENGTH units of prefix and suffix where the text allows, never
 * half a surrogate pair. Reads one slice of the text around the quote, so that it costs the same in a huge document.
 */
export function makeTarget(text: TextView, start: number, end: number): TextTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`target [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  // One unit more on each side than the context, to see whether the context would cut a surrogate pair.
  const from = Math.max(0, start - CONTEXT_LENGTH - 1);
  const window = text.slice(from, Math.min(text.length, end + CONTEXT_LENGTH + 1));
  const at = (offset: number): number => offset - from;
  const prefixStart = backOffPairStart(window, at(Math.max(0, start - CONTEXT_LENGTH)));
  const suffixEnd = extendPairEnd(window, at(Math.min(text.length, end + CONTEXT_LENGTH)));
  return {
    start,
    end,
    exact: window.slice(at(start), at(end)),
    prefix: window.slice(prefixStart, at(start)),
    suffix: window.slice(at(end), suffixEnd),
  };
}
