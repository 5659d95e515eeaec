import * as assert from 'node:assert/strict';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, describeRating, ratingCode } from '../../../src/core/model/ratings';

describe('Admiralty ratings', () => {
  it('reads a full rating as letter and number', () => {
    assert.equal(ratingCode('B', 2), 'B2');
  });

  it('shows an unrated half as a question mark', () => {
    assert.equal(ratingCode('B', null), 'B?');
    assert.equal(ratingCode(null, 2), '?2');
  });

  it('gives an empty code when nothing is rated', () => {
    assert.equal(ratingCode(null, null), '');
    assert.equal(describeRating(null, null), '');
  });

  it('describes a rating with both Admiralty labels', () => {
    assert.equal(describeRating('B', 2), 'B2 — usually reliable, probably true');
  });

  it('says which half is not rated', () => {
    assert.equal(describeRating('F', null), 'F? — reliability cannot be judged, credibility not rated');
  });

  it('labels every reliability letter and credibility number', () => {
    assert.deepEqual(Object.keys(RELIABILITY_LABELS), ['A', 'B', 'C', 'D', 'E', 'F']);
    assert.deepEqual(Object.keys(CREDIBILITY_LABELS), ['1', '2', '3', '4', '5', '6']);
    assert.equal(RELIABILITY_LABELS.A, 'completely reliable');
    assert.equal(CREDIBILITY_LABELS[6], 'truth cannot be judged');
  });
});
