// Specification of what counts as user work, which decides whether an article gets a sidecar file.
import * as assert from 'node:assert/strict';
import type { Sidecar } from '../../../src/core/model/types';
import { annotationsOf } from '../../../src/core/session/annotations';
import { hasUserWork as hasWork } from '../../../src/core/session/userWork';

function hasUserWork(sidecar: Sidecar): boolean {
  return hasWork(annotationsOf(sidecar));
}
import { sidecarWith, source, suggestedClaim } from '../extension/store/claimFixtures';

describe('user work', () => {
  it('finds no user work in a sidecar of suggestions only', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1'), suggestedClaim('c2')])), false);
  });

  it('finds user work in a sidecar with one confirmed claim among suggestions', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1'), suggestedClaim('c2', { state: 'confirmed' })])), true);
  });

  it('finds user work in a sidecar whose only claim was rejected, so the rejection is remembered', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1', { state: 'rejected' })])), true);
  });

  it('finds user work in a sidecar with a rated suggestion', () => {
    assert.equal(hasUserWork(sidecarWith([suggestedClaim('c1', { credibility: 3 })])), true);
  });

  it('finds user work in a sidecar that defines a source', () => {
    assert.equal(hasUserWork(sidecarWith([], [source('s1', 'KCNA')])), true);
  });
});
