// Specification of the store's wording of merge clashes: the sidecar named, each clash listed by its quote or name.
import * as assert from 'node:assert/strict';
import { conflictMessage } from '../../../../src/extension/store/storeMessages';

const KIM = 'Kim Jong Un oversaw the test';
const SEOUL = 'Seoul was not told';

describe('conflictMessage', () => {
  it('names the sidecar file, counts the clashes and lists each by its quote or name', () => {
    const message = conflictMessage('article.txt.claims.json', [
      { kind: 'claim', id: 'c-1', label: KIM, kept: 'disk' },
      { kind: 'source', id: 'kcna', label: 'KCNA', kept: 'disk' },
    ]);
    assert.equal(
      message,
      'ClaimLens merged article.txt.claims.json, which changed on disk before your annotation changes were saved. ' +
        `2 annotations you changed here were also changed on disk; the version on disk was kept: claim "${KIM}", source "KCNA".`,
    );
  });

  it('says which annotations survived a deletion on disk', () => {
    const message = conflictMessage('article.txt.claims.json', [{ kind: 'claim', id: 'c-1', label: SEOUL, kept: 'editor' }]);
    assert.match(message, /1 annotation you changed here was deleted on disk; your version was kept: claim "Seoul was not told"\.$/);
  });
});
