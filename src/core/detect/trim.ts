// Trims spaces (and chosen trailing punctuation) off a text range with plain loops, linear even on long blank runs.
import type { OffsetRange } from '../model/offsetRange';

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x200b || code === 0xfeff;
}

/** Shrinks `start..end` past leading spaces and trailing spaces or characters of `trailing`. */
export function trimRange(text: string, start: number, end: number, trailing = ''): OffsetRange {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || trailing.includes(text.charAt(e - 1)))) e--;
  return { start: s, end: e };
}
