import * as assert from 'node:assert/strict';
import { countClaims, statusText, statusTooltip } from '../../../src/core/view/claimCounts';
import { claim } from './claimFixture';

const claims = [
  claim('a', 'Seoul said', { sourceId: 's1' }),
  claim('b', 'KCNA reported', { state: 'confirmed', credibility: 2 }),
  claim('c', 'Analysts believe'),
  claim('d', 'tests went well', { state: 'rejected', sourceId: 's1' }),
  claim('e', 'it matters', { orphan: true }),
];

describe('claim counts', () => {
  it('counts every claim that is not rejected', () => {
    assert.equal(countClaims(claims).claims, 4);
  });

  it('counts a claim as tagged when it has a source or a credibility', () => {
    assert.equal(countClaims(claims).tagged, 2);
  });

  it('counts claims by state, rejected ones included', () => {
    const { suggested, confirmed, rejected } = countClaims(claims);
    assert.deepEqual({ suggested, confirmed, rejected }, { suggested: 3, confirmed: 1, rejected: 1 });
  });

  it('counts orphans', () => {
    assert.equal(countClaims(claims).orphans, 1);
  });

  it('words the status bar as claims and tagged claims', () => {
    assert.equal(statusText(countClaims(claims.slice(0, 3))), '3 claims · 2 tagged');
  });

  it('says "1 claim" in the singular', () => {
    assert.equal(statusText(countClaims(claims.slice(0, 1))), '1 claim · 1 tagged');
  });

  it('adds orphans to the status bar when there are any', () => {
    assert.equal(statusText(countClaims(claims)), '4 claims · 2 tagged · 1 orphan');
  });

  it('explains every count in the tooltip', () => {
    assert.equal(
      statusTooltip(countClaims(claims)),
      '4 claims in this article: 3 suggested, 1 confirmed\n2 tagged with a source or credibility\n1 rejected, 1 that can no longer be placed',
    );
  });
});
