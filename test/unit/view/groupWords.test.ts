import * as assert from 'node:assert/strict';
import type { ClaimGroup } from '../../../src/core/view/claimGroups';
import { groupWords } from '../../../src/core/view/groupWords';
import { ENGLISH } from '../../../src/core/words';
import { claim, source } from './claimFixture';

const one = [claim('a', 'Seoul said')];
const two = [...one, claim('b', 'KCNA reported')];
const group = (key: ClaimGroup['key'], claims = two): ClaimGroup => ({ id: 'g', key, claims });

describe('panel group words', () => {
  it('names a source group with its count and reliability', () => {
    assert.deepEqual(groupWords(group({ kind: 'source', source: source('k', 'KCNA', { reliability: 'C' }) })), {
      label: 'KCNA',
      description: '2 claims · C, fairly reliable',
    });
  });

  it('marks a group of detected, untagged sources as such', () => {
    assert.equal(groupWords(group({ kind: 'detectedSource', name: 'Seoul' }, one)).description, '1 claim · detected, not tagged');
  });

  it('names the group of claims whose text names no source "No source named"', () => {
    assert.deepEqual(groupWords(group({ kind: 'noSource' }, one)), { label: 'No source named', description: '1 claim' });
  });

  it('names a credibility group by number and meaning', () => {
    assert.equal(groupWords(group({ kind: 'credibility', credibility: 4 })).label, '4 — doubtful');
  });

  it('names the unrated credibility group', () => {
    assert.equal(groupWords(group({ kind: 'credibility', credibility: null })).label, 'Credibility not rated');
  });

  it('names a state group by the state', () => {
    assert.equal(groupWords(group({ kind: 'state', state: 'confirmed' })).label, 'Confirmed');
  });

  it('names a kind group by the kind and says what it covers', () => {
    assert.deepEqual(groupWords(group({ kind: 'claimKind', claimKind: 'refusal' })), {
      label: 'Refusal',
      description: '2 claims · the source declines to say: declined to comment, would not say',
    });
  });

  it('names the group of claims whose kind is not known', () => {
    assert.equal(groupWords(group({ kind: 'claimKind', claimKind: null })).label, 'Kind not known');
  });

  it('explains the orphan group', () => {
    assert.deepEqual(groupWords(group({ kind: 'orphans' })), { label: 'Orphans', description: '2 claims · no longer found in the text' });
  });
});

describe('panel group words in another language', () => {
  it('take the words of the caller', () => {
    const words = { ...ENGLISH, claim: { ...ENGLISH.claim, count: (n: number) => `${n} afirmaciones` }, groups: { ...ENGLISH.groups, orphans: 'Huérfanas' } };
    assert.deepEqual(groupWords(group({ kind: 'orphans' }), words), { label: 'Huérfanas', description: '2 afirmaciones · no longer found in the text' });
  });
});
