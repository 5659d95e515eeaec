import * as assert from 'node:assert/strict';
import { codePointIndex } from '../../src/core/export/codePoints';

describe('code point offsets (W3C) and UTF-16 offsets (ClaimLens)', () => {
  it('are the same for text inside the Basic Multilingual Plane', () => {
    const index = codePointIndex('Seoul said — “no”.');
    assert.equal(index.toCodePoint(12), 12);
    assert.equal(index.toUtf16(12), 12);
  });

  it('count a character outside the BMP once in code points and twice in UTF-16', () => {
    const text = 'a🚀b🚀c';
    const index = codePointIndex(text);
    assert.deepEqual([0, 1, 3, 4, 6].map((u) => index.toCodePoint(u)), [0, 1, 2, 3, 4]);
    assert.deepEqual([0, 1, 2, 3, 4].map((c) => index.toUtf16(c)), [0, 1, 3, 4, 6]);
  });

  it('agree with Array.from on every boundary of a text mixing emoji, flags and CJK extension characters', () => {
    const text = '🇰🇵 KCNA: 𠀀 test 👩‍👩‍👧 end';
    const index = codePointIndex(text);
    const points = Array.from(text);
    let utf16 = 0;
    points.forEach((point, cp) => {
      assert.equal(index.toCodePoint(utf16), cp);
      assert.equal(index.toUtf16(cp), utf16);
      utf16 += point.length;
    });
    assert.equal(index.toCodePoint(text.length), points.length);
  });

  it('treats a lone surrogate as one character in both units', () => {
    const index = codePointIndex('a\uD800b');
    assert.equal(index.toCodePoint(3), 3);
    assert.equal(index.toUtf16(3), 3);
  });
});
