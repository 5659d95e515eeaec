// Specification of the annotators' review aid: reporting words that no gold cue covers.
import * as assert from 'node:assert/strict';
import { uncoveredReportingWords } from '../../scripts/gold/review';
import type { GoldFile } from '../../scripts/gold/goldFile';

const text = 'Police said the road was closed. Talks are expected to resume.';
const gold: GoldFile = {
  file: 'a.txt',
  note: '',
  claims: [
    {
      source: { start: 0, end: 6, text: 'Police' },
      cue: { start: 7, end: 11, text: 'said' },
      content: { start: 12, end: 31, text: 'the road was closed' },
      hedged: false,
    },
  ],
};

describe('gold review aid', () => {
  it('lists a reporting word that no gold cue covers, with its context', () => {
    const [word] = uncoveredReportingWords(text, gold);
    assert.equal(word.word, 'expected');
    assert.equal(word.offset, text.indexOf('expected'));
    assert.match(word.context, /Talks are ⟪expected⟫ to resume/);
  });

  it('leaves out words inside a gold cue', () => {
    assert.deepEqual(uncoveredReportingWords(text, gold).map((w) => w.word), ['expected']);
  });
});
