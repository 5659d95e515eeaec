// Specification of negated and modal attributions: the negation and auxiliaries belong to the cue.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects, expected, parts } from './support/spans';

describe('detectAttributions: negated and modal attributions', () => {
  it('keeps "has" in the cue of a negated subject "neither … nor"', () => {
    const text = 'Although neither Moscow nor Pyongyang has confirmed any troop deployments, a treaty was signed.';
    assertDetects(text, [['neither Moscow nor Pyongyang', 'has confirmed', 'any troop deployments']]);
  });

  it('keeps a modal and "not" in the cue and a whether-clause as content', () => {
    const text = 'Officials would not say whether the troops had crossed the border.';
    assertDetects(text, [['Officials', 'would not say', 'whether the troops had crossed the border']]);
  });

  it('keeps a refusal in the cue: "declined to say"', () => {
    const text = 'The ministry declined to say whether the envoy had left Moscow.';
    assertDetects(text, [['The ministry', 'declined to say', 'whether the envoy had left Moscow']]);
  });

  it('reads not responding to a request for comment as a refusal, with what was asked as content', () => {
    assertDetects('The company did not respond to a request for comment.', [['The company', 'did not respond', 'to a request for comment']]);
  });

  it('keeps both verbs of "could neither confirm nor deny" in the cue', () => {
    const text = 'Webb said he could neither confirm nor deny the existence of other inquiries.';
    const claims = detectAttributions(text).map(parts);
    assert.deepEqual(claims[1], expected(text, 'he', 'could neither confirm nor deny', 'the existence of other inquiries'));
  });
});
