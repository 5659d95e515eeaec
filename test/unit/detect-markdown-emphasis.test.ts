// Specification of the emphasis markers that Markdown masking blanks: the same as the regular expression that defined them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { emphasisMarkers } from '../../src/core/detect/markdown';

/** The definition the hand-written scanner must follow: every match, scanning the text left to right. */
const EMPHASIS_RE = /(?<![\p{L}\p{N}])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\p{L}\p{N}])|~~/gu;

function byExpression(text: string): [number, number][] {
  return [...text.matchAll(EMPHASIS_RE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** Characters around which the expression's alternatives and look-arounds decide differently. */
const PIECES = ['*', '_', '~', 'a', 'Z', '7', 'é', '٣', ' ', '\t', '\n', '\u00a0', '\u3000', '.', ',', '-', '𝐀', '😀', '\ud835', '\udc00'];

describe('Markdown masking: emphasis markers', () => {
  it('finds openers, closers and strikethrough as in "**bold**, _it_, ~~gone~~ and 2*3"', () => {
    assert.deepEqual(emphasisMarkers('**bold**, _it_, ~~gone~~ and 2*3'), [[0, 2], [6, 8], [10, 11], [13, 14], [16, 18], [22, 24]]);
  });

  it('finds exactly the markers the regular expression finds, on any mix of marks, letters, digits, spaces and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(emphasisMarkers(text), byExpression(text));
      }),
      { numRuns: 3000 },
    );
  });
});
