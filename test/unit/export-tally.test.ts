import * as assert from 'node:assert/strict';
import { addTallies, articleTally, UNKNOWN_KIND } from '../../src/core/export';
import { loadArticle } from './export-fixtures';

describe('claim tally by kind', () => {
  const sidecar = loadArticle().sidecar;

  it('counts every claim under its kind and claims of unknown kind apart, leaving rejected claims out', () => {
    assert.deepEqual(articleTally(sidecar).byKind, { statement: 2, belief: 1, [UNKNOWN_KIND]: 2 });
  });

  it('adds the kinds of two articles', () => {
    const tally = articleTally(sidecar);
    assert.deepEqual(addTallies(tally, tally).byKind, { statement: 4, belief: 2, [UNKNOWN_KIND]: 4 });
  });
});
