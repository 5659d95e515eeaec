import * as assert from 'node:assert/strict';
import { claimSummary, kindInWords, stateInWords } from '../../../src/core/view/claimWords';
import { claim, source } from './claimFixture';

describe('claim words', () => {
  it('summarises state, rating code and source', () => {
    const tagged = claim('a', 'Seoul said', { state: 'confirmed', sourceId: 'k', credibility: 2 });
    assert.equal(claimSummary(tagged, source('k', 'KCNA', { reliability: 'B' }), true), 'confirmed · B2 · KCNA');
  });

  it('names the kind after the state', () => {
    assert.equal(claimSummary(claim('a', 'Seoul said', { kind: 'belief' }), null, true), 'suggested · belief');
  });

  it('leaves the kind out where the group already names it', () => {
    assert.equal(claimSummary(claim('a', 'Seoul said', { kind: 'belief' }), null, true, false), 'suggested');
  });

  it('says a kind in words with what it covers, and when the user chose it', () => {
    assert.equal(kindInWords(claim('a', 'Seoul said', { kind: 'evidence' })), 'evidence — documents, data or studies as the source: records show, the study found');
    assert.match(kindInWords(claim('a', 'Seoul said', { kind: 'request', kindOrigin: 'manual' })), /^request \(set by hand\) — /);
    assert.equal(kindInWords(claim('a', 'Seoul said')), 'not known');
  });

  it('leaves the source out where the group already names it', () => {
    assert.equal(claimSummary(claim('a', 'Seoul said', { credibility: 3 }), source('k', 'KCNA'), false), 'suggested · ?3');
  });

  it('says a claim has a note', () => {
    assert.equal(claimSummary(claim('a', 'Seoul said', { note: 'check' }), null, true), 'suggested · note');
  });

  it('says an orphan is no longer in the text', () => {
    assert.equal(stateInWords(claim('a', 'Seoul said', { orphan: true, state: 'confirmed' })), 'orphan — no longer found in the text (was confirmed)');
  });
});
