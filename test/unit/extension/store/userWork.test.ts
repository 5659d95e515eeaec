// Specification of what counts as user work, which decides whether an article gets a sidecar file.
import * as assert from 'node:assert/strict';
import { hasUserWork, isUserWork } from '../../../../src/extension/store/userWork';
import { sidecarWith, source, suggestedClaim } from './claimFixtures';

describe('user work', () => {
  it('does not count an untouched detector suggestion', () => {
    assert.equal(isUserWork(suggestedClaim('c1')), false);
  });

  it('counts a confirmed claim', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { state: 'confirmed' })), true);
  });

  it('counts a rejected claim, so the rejection is remembered', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { state: 'rejected' })), true);
  });

  it('counts a claim added by hand', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { origin: 'manual' })), true);
  });

  it('counts a suggestion given a source', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { sourceId: 's1' })), true);
  });

  it('counts a suggestion given a credibility', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { credibility: 2 })), true);
  });

  it('counts a suggestion with a note', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { note: 'check with AP' })), true);
  });

  it('counts a suggestion with tags', () => {
    assert.equal(isUserWork(suggestedClaim('c1', { tags: ['missile'] })), true);
  });

  it('finds no user work in a sidecar of suggestions only', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1'), suggestedClaim('c2')])), false);
  });

  it('finds user work in a sidecar with one confirmed claim among suggestions', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1'), suggestedClaim('c2', { state: 'confirmed' })])), true);
  });

  it('finds user work in a sidecar that defines a source', () => {
    assert.equal(hasUserWork(sidecarWith([], [source('s1', 'KCNA')])), true);
  });
});
