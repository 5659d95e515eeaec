// Reliability, cases 6 and 7 (quadratic detection, huge articles): detection reads text without spaces once, and no step spreads a huge array into a call.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';
import { MAX_SENTENCE, pieceEnd, segment, type CodeUnits } from '../../../src/core/detect/segment';
import type { Attribution } from '../../../src/core/detect/types';
import { emptySidecar, mergeDetections } from '../../../src/core/model/annotations';

/** `text` seen through a reader that counts which units are read. */
function counted(text: string): CodeUnits & { reads: number; lowest: number } {
  return {
    reads: 0,
    lowest: Infinity,
    charCodeAt(index: number) {
      this.reads++;
      this.lowest = Math.min(this.lowest, index);
      return text.charCodeAt(index);
    },
  };
}

describe('reliability: linear detection', () => {
  it('never reads before the start of a piece when looking for where to cut a long sentence', () => {
    const text = `${'a '.repeat(5000)}${'x'.repeat(10 * MAX_SENTENCE)}`;
    const reader = counted(text);
    const from = 10_000 + 3 * MAX_SENTENCE;
    assert.equal(pieceEnd(reader, from, text.length), from + MAX_SENTENCE);
    assert.ok(reader.lowest > from, `read back to ${reader.lowest}`);
    assert.ok(reader.reads <= MAX_SENTENCE, `${reader.reads} reads`);
  });

  it('reads each unit of a sentence without spaces at most once while cutting all of it, however long', () => {
    for (const length of [50 * MAX_SENTENCE, 200 * MAX_SENTENCE]) {
      const reader = counted('x'.repeat(length));
      let pieces = 0;
      for (let from = 0; from < length; from = pieceEnd(reader, from, length)) pieces++;
      assert.ok(reader.reads <= length, `${reader.reads} reads for ${length} units in ${pieces} pieces`);
    }
  });

  it('cuts a long sentence at its last space within reach, so no word is split', () => {
    const text = 'word '.repeat(3 * MAX_SENTENCE);
    const { sentences } = segment(text);
    for (const s of sentences) {
      assert.ok(s.end - s.start <= MAX_SENTENCE);
      assert.notEqual(text[s.end - 1], ' ');
      assert.ok(s.end === text.trimEnd().length || text[s.end] === ' ', `cut inside a word at ${s.end}`);
    }
  });

  it('covers a text without spaces with pieces of the longest length, in order, leaving nothing out', () => {
    const text = 'x'.repeat(10 * MAX_SENTENCE + 7);
    const { sentences } = segment(text);
    assert.deepEqual(sentences.map((s) => s.end - s.start), [...Array(10).fill(MAX_SENTENCE), 7]);
    sentences.forEach((s, i) => assert.equal(s.start, i * MAX_SENTENCE));
  });

  it('survives a paragraph of a quarter of a million quotation marks', () => {
    assert.deepEqual(detectAttributions('" '.repeat(250_000)), []);
  });

  it('merges more new claims than fit in one call’s arguments (a 50 MB article’s first annotation)', function () {
    this.timeout(120_000);
    const sentence = 'Tass said it rained. ';
    const count = 200_000;
    const text = sentence.repeat(count);
    const detected: Attribution[] = [];
    for (let i = 0; i < count; i++) {
      const at = i * sentence.length;
      detected.push({
        start: at, end: at + 19,
        source: { start: at, end: at + 4, text: 'Tass' }, cue: { start: at + 5, end: at + 9, text: 'said' },
        content: { start: at + 10, end: at + 19, text: 'it rained' }, hedges: [], commitment: 'certain', kind: 'statement',
      });
    }
    const merged = mergeDetections(emptySidecar('big.txt', text), text, detected, '2026-12-01T00:00:00Z');
    assert.equal(merged.claims.length, count);
  });
});
