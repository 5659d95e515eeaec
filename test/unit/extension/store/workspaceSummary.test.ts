// Specification of the counts and source lists shown for the workspace's sidecars.
import * as assert from 'node:assert/strict';
import { collectSources, countClaims } from '../../../../src/extension/store/workspaceSummary';
import { sidecarWith, source, suggestedClaim } from './claimFixtures';

describe('workspace summary', () => {
  it('counts claims, tagged claims and orphans, leaving rejected claims out', () => {
    const counts = countClaims(
      sidecarWith([
        suggestedClaim('c1'),
        suggestedClaim('c2', { sourceId: 's1' }),
        suggestedClaim('c3', { credibility: 3, orphan: true }),
        suggestedClaim('c4', { state: 'rejected', sourceId: 's1', orphan: true }),
      ]),
    );
    assert.deepEqual(counts, { claims: 3, tagged: 2, orphans: 1 });
  });

  it('counts nothing in an empty sidecar', () => {
    assert.deepEqual(countClaims(sidecarWith([])), { claims: 0, tagged: 0, orphans: 0 });
  });

  it('lists each source once when several sidecars name it, ignoring case', () => {
    const sources = collectSources([
      sidecarWith([], [source('s1', 'KCNA', ['Korean Central News Agency'])]),
      sidecarWith([], [source('s9', 'kcna', ['KCNA news'])]),
    ]);
    assert.equal(sources.length, 1);
    assert.equal(sources[0]?.name, 'KCNA');
    assert.deepEqual(sources[0]?.aliases, ['Korean Central News Agency', 'KCNA news']);
  });

  it('sorts sources by name', () => {
    const sources = collectSources([sidecarWith([], [source('s1', 'Yonhap'), source('s2', 'AP'), source('s3', 'KCNA')])]);
    assert.deepEqual(
      sources.map((s) => s.name),
      ['AP', 'KCNA', 'Yonhap'],
    );
  });

  it('treats composed and decomposed accents as the same source name', () => {
    const sources = collectSources([sidecarWith([], [source('s1', 'Le Monde diplomatique, Réseau')]), sidecarWith([], [source('s2', 'Le Monde diplomatique, Re\u0301seau')])]);
    assert.equal(sources.length, 1);
  });
});
