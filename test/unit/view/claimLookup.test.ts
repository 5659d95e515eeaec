import * as assert from 'node:assert/strict';
import { adjacentClaim, claimAt } from '../../../src/core/view/claimLookup';
import { ARTICLE, claim } from './claimFixture';

const seoul = claim('seoul', 'Seoul said that Pyongyang may test.');
const kcna = claim('kcna', 'KCNA reported that tests went well.');
const inner = claim('inner', 'tests went well');
const analysts = claim('analysts', 'Analysts believe it matters.', { state: 'rejected' });
const lost = claim('lost', 'Seoul said', { orphan: true });
const all = [analysts, kcna, seoul, inner, lost];

describe('finding claims by position', () => {
  it('finds the claim that contains the cursor', () => {
    assert.equal(claimAt(all, ARTICLE.indexOf('Pyongyang'))?.id, 'seoul');
  });

  it('counts a cursor just after the last character as inside the claim', () => {
    assert.equal(claimAt(all, seoul.target.end)?.id, 'seoul');
  });

  it('prefers the shortest claim when claims nest', () => {
    assert.equal(claimAt(all, ARTICLE.indexOf('went'))?.id, 'inner');
  });

  it('never finds an orphan, whose offsets no longer mean anything', () => {
    assert.equal(claimAt([lost], ARTICLE.indexOf('said'))?.id, undefined);
  });

  it('can leave rejected claims out', () => {
    assert.equal(claimAt(all, ARTICLE.indexOf('believe'), false), undefined);
  });

  it('moves to the next claim after the cursor', () => {
    assert.equal(adjacentClaim(all, 0, 1)?.id, 'kcna');
  });

  it('wraps from the last claim to the first', () => {
    assert.equal(adjacentClaim(all, ARTICLE.length, 1)?.id, 'seoul');
  });

  it('moves to the previous claim before the cursor', () => {
    assert.equal(adjacentClaim(all, kcna.target.start, -1)?.id, 'seoul');
  });

  it('wraps from the first claim to the last', () => {
    assert.equal(adjacentClaim(all, 0, -1)?.id, 'inner');
  });

  it('skips rejected claims when navigating unless asked to include them', () => {
    assert.equal(adjacentClaim(all, inner.target.start, 1, true)?.id, 'analysts');
  });

  it('finds nothing in an article without placed claims', () => {
    assert.equal(adjacentClaim([lost], 0, 1), undefined);
  });
});
