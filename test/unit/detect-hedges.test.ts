// Specification of hedges and the commitment hint: certain, probable, possible, uncommitted.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { spanOf } from './support/spans';

describe('detectAttributions: hedges and commitment', () => {
  it('marks a plain report as certain with no hedges', () => {
    const [claim] = detectAttributions('The ministry said the drills had ended.');
    assert.deepEqual([claim.hedges, claim.commitment], [[], 'certain']);
  });

  it('marks a modal of possibility in the content as possible and reports its span', () => {
    const text = 'Analysts believe the sanctions may slow the programme.';
    const [claim] = detectAttributions(text);
    assert.equal(claim.commitment, 'possible');
    assert.deepEqual(claim.hedges, [spanOf(text, 'believe'), spanOf(text, 'may')]);
  });

  it('marks a cognition cue alone as probable', () => {
    const text = 'Dr. Ahn Chan-il suggested that Pyongyang is leveraging the drills.';
    const [claim] = detectAttributions(text);
    assert.deepEqual([claim.hedges, claim.commitment], [[spanOf(text, 'suggested')], 'probable']);
  });

  it('marks "reportedly" between source and content as uncommitted', () => {
    const text = 'Seoul’s spy agency said the North reportedly sent 10,000 troops.';
    const [claim] = detectAttributions(text);
    assert.deepEqual([claim.hedges, claim.commitment], [[spanOf(text, 'reportedly')], 'uncommitted']);
  });

  it('does not take the month "May" or the noun "suspect" for hedges', () => {
    const [claim] = detectAttributions('Police said the suspect was arrested in May.');
    assert.deepEqual([claim.hedges, claim.commitment], [[], 'certain']);
  });
});
