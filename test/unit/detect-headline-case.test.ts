// Specification of title-case headlines: their verbs and function words read as in a sentence, nothing else changes.
import * as assert from 'node:assert/strict';
import { withHeadlineCase } from '../../src/core/detect/headlineCase';
import { assertDetects } from './support/spans';

describe('withHeadlineCase', () => {
  it('lowers the verbs and function words of a title-case headline and keeps its names', () => {
    assert.equal(withHeadlineCase("Trump Says He Will Accept Election Results 'If I Win'"), "Trump says he will Accept Election Results 'if I Win'");
  });

  it('keeps every length, so offsets still index the text', () => {
    const text = 'Clinton Campaign Slams FBI Over Email Letter\n\nThe letter came late.';
    assert.equal(withHeadlineCase(text).length, text.length);
  });

  it('leaves a sentence-case line, a line ending in a full stop and an all-capitals line as they are', () => {
    for (const line of ['Trump says he will accept the results', 'The Senate Voted To Confirm The Nominee On Tuesday.', 'TRUMP: THEY WILL NEVER SAY THAT']) {
      assert.equal(withHeadlineCase(line), line);
    }
  });

  it('keeps the word opening a clause after a colon or full stop capitalized', () => {
    assert.equal(withHeadlineCase('Twain, Mark. A Connecticut Yankee in King Arthur’s Court'), 'Twain, Mark. A Connecticut Yankee in King Arthur’s Court');
  });
});

describe('detectAttributions: title-case headlines', () => {
  it('reads a title-case headline with a cue as a claim', () => {
    assertDetects('Trump Says He Will Accept Election Results\n\nThe Republican nominee spoke in Ohio.', [['Trump', 'Says', 'He Will Accept Election Results']]);
  });

  it('reads a judgement in a title-case headline with its object', () => {
    assertDetects('Clinton Campaign Slams FBI Over Email Letter\n\nThe letter came late.', [['Clinton Campaign', 'Slams', 'FBI Over Email Letter']]);
  });
});
