import * as assert from 'node:assert/strict';
import { RegionSet } from '../../../src/core/session/regionSet';

function set(...regions: [number, number][]): RegionSet {
  const s = new RegionSet();
  for (const [start, end] of regions) s.add({ start, end });
  return s;
}
const list = (s: RegionSet) => s.all.map((r) => [r.start, r.end]);

describe('regions still to be read', () => {
  it('join when they overlap or touch, and stay sorted', () => {
    assert.deepEqual(list(set([20, 30], [0, 5], [5, 8], [25, 40])), [[0, 8], [20, 40]]);
  });

  it('lose what was read, keeping what lies on either side', () => {
    const s = set([0, 100]);
    s.remove({ start: 10, end: 20 });
    assert.deepEqual(list(s), [[0, 10], [20, 100]]);
  });

  it('lose a point (deleted text) once the text around it was read', () => {
    const s = set([50, 50], [90, 95]);
    s.remove({ start: 40, end: 60 });
    assert.deepEqual(list(s), [[90, 95]]);
  });

  it('keep a region that only touches what was read', () => {
    const s = set([0, 10]);
    s.remove({ start: 10, end: 20 });
    assert.deepEqual(list(s), [[0, 10]]);
  });

  it('move with text inserted or deleted before them', () => {
    const s = set([10, 20]);
    s.follow([{ start: 0, end: 0, newText: 'abc' }]);
    assert.deepEqual(list(s), [[13, 23]]);
    s.follow([{ start: 0, end: 5, newText: '' }]);
    assert.deepEqual(list(s), [[8, 18]]);
  });

  it('take in text typed at their edges, which has not been read either', () => {
    const s = set([10, 20]);
    s.follow([{ start: 10, end: 10, newText: 'ab' }, { start: 20, end: 20, newText: 'cd' }]);
    assert.deepEqual(list(s), [[10, 24]]);
  });

  it('shrink to a point when their text is deleted', () => {
    const s = set([10, 20]);
    s.follow([{ start: 5, end: 25, newText: '' }]);
    assert.deepEqual(list(s), [[5, 5]]);
  });

  it('report when nothing is left', () => {
    const s = set([0, 10]);
    s.remove({ start: 0, end: 10 });
    assert.equal(s.isEmpty, true);
    assert.equal(s.first(), undefined);
  });
});
