// fast-check generators shared by the property tests: articles with awkward characters, claims on them, editor change events.
import fc from 'fast-check';
import type { TextEdit } from '../../../src/core/anchor';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';

export const NOW = '2026-01-01T00:00:00Z';

/** Words, punctuation, CRLF and LF, emoji (surrogate pairs) and a decomposed accent, so offsets are tested where they bite. */
const pieces = ['Tass', 'reported', 'that', 'the', 'talks', 'failed', 'KCNA', 'said', ',', '.', ' ', ' ', ' ', '\r\n', '\n', '😀', '🇰🇵', 'é', 'e\u0301', '«', '»'];

export const articleArb: fc.Arbitrary<string> = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 120 }).map((p) => p.join(''));

/** An article with up to 8 claims, each placed by hand on a random non-blank range. */
export const annotatedArb: fc.Arbitrary<{ text: string; sidecar: Sidecar }> = articleArb.chain((text) =>
  fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 8 }).map((ranges) => {
    let sidecar = emptySidecar('article.txt', text);
    ranges.forEach(([a, b], i) => {
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      if (end > start && text.slice(start, end).trim() !== '') {
        sidecar = addManualClaim(sidecar, text, start, end, `2026-01-01T00:00:0${i}Z`).sidecar;
      }
    });
    return { text, sidecar };
  }),
);

/** One change event as raw numbers; `toEdits` turns it into non-overlapping edits of a text of a given length. */
export const eventArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'NEW ', '\r\n', '😀', 'said that ')), {
  minLength: 1,
  maxLength: 4,
});

export function toEdits(raw: readonly [number, number, string][], length: number): TextEdit[] {
  const ranges = raw
    .map(([a, b, newText]) => {
      const start = a % (length + 1);
      // Mostly short edits, like typing or deleting a word; one in seven spans far, like pasting over a paragraph.
      const span = b % 7 === 0 ? b % (length + 1) : b % 13;
      return { start, end: Math.min(length, start + span), newText };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const edits: TextEdit[] = [];
  for (const e of ranges) {
    const last = edits[edits.length - 1];
    const overlaps = last !== undefined && (e.start < last.end || (e.start === last.start && e.start === last.end && e.end === e.start));
    if (!overlaps && (e.start !== e.end || e.newText !== '')) edits.push(e);
  }
  return edits;
}

/** The text after `edits` (offsets into `text`), as the editor computes it. */
export function applyToText(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start || b.end - a.end).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** Whether an edit changes text inside [start, end): overlapping it, or inserting strictly inside it. */
export function changesInside(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((e) => (e.start < end && e.end > start) || (e.start === e.end && e.start > start && e.start < end));
}
