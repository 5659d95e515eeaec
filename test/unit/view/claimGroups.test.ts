import * as assert from 'node:assert/strict';
import { groupClaims, type ClaimGroup } from '../../../src/core/view/claimGroups';
import { claim, sidecar, source } from './claimFixture';

const kcnaSource = source('kcna', 'KCNA');
const article = sidecar(
  [
    claim('analysts', 'Analysts believe it matters.', { sourceText: 'Analysts', state: 'confirmed', credibility: 3 }),
    claim('kcna', 'KCNA reported that tests went well.', { sourceId: 'kcna', credibility: 2 }),
    claim('seoul', 'Seoul said that Pyongyang may test.', { sourceText: 'Seoul', state: 'rejected' }),
    claim('bare', 'Pyongyang may test'),
    claim('lost', 'tests went well', { orphan: true, sourceId: 'kcna' }),
  ],
  [kcnaSource],
);

function summary(groups: ClaimGroup[]): string[] {
  return groups.map((g) => `${g.id}=${g.claims.map((c) => c.id).join(',')}`);
}

describe('grouping claims for the panel', () => {
  it('groups by tagged source, then by detected source text, in the order the article meets them, with "no source" last', () => {
    assert.deepEqual(summary(groupClaims(article, 'source')), [
      'detected:seoul=seoul',
      'source:kcna=kcna',
      'detected:analysts=analysts',
      'noSource=bare',
      'orphans=lost',
    ]);
  });

  it('gathers untagged claims whose detected source reads the same', () => {
    const twice = sidecar([
      claim('one', 'Seoul said that', { sourceText: 'Seoul' }),
      claim('two', 'KCNA reported', { source: { start: 0, end: 5, text: 'seoul' } }),
    ]);
    assert.deepEqual(summary(groupClaims(twice, 'source')), ['detected:seoul=one,two']);
  });

  it('groups by credibility from 1 to 6, unrated last', () => {
    assert.deepEqual(summary(groupClaims(article, 'credibility')), [
      'credibility:2=kcna',
      'credibility:3=analysts',
      'credibility:none=seoul,bare',
      'orphans=lost',
    ]);
  });

  it('groups by state: suggested, confirmed, rejected', () => {
    assert.deepEqual(summary(groupClaims(article, 'state')), [
      'state:suggested=bare,kcna',
      'state:confirmed=analysts',
      'state:rejected=seoul',
      'orphans=lost',
    ]);
  });

  it('groups by kind in the order of the kinds, claims of unknown kind last', () => {
    const kinded = sidecar([
      claim('analysts', 'Analysts believe it matters.', { kind: 'belief' }),
      claim('kcna', 'KCNA reported that tests went well.', { kind: 'statement' }),
      claim('seoul', 'Seoul said that Pyongyang may test.', { kind: 'statement', kindOrigin: 'manual' }),
      claim('bare', 'Pyongyang may test'),
      claim('lost', 'tests went well', { orphan: true, kind: 'statement' }),
    ]);
    assert.deepEqual(summary(groupClaims(kinded, 'kind')), ['kind:statement=seoul,kcna', 'kind:belief=analysts', 'kind:none=bare', 'orphans=lost']);
  });

  it('keeps orphans out of every other group', () => {
    const ids = groupClaims(article, 'source').filter((g) => g.id !== 'orphans').flatMap((g) => g.claims.map((c) => c.id));
    assert.ok(!ids.includes('lost'));
  });

  it('gives no groups for an article without claims', () => {
    assert.deepEqual(groupClaims(sidecar([]), 'source'), []);
  });
});
