import * as assert from 'node:assert/strict';
import { adjacentClaim, claimAt, claimAtSelection, claimNextTo } from '../../../src/core/view/claimLookup';
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

  it('finds the claim a whole selection lies in, not a shorter claim touching the selection’s end', () => {
    const touching = claim('touching', 'KCNA reported');
    const selection = { start: seoul.target.start, end: seoul.target.end, active: seoul.target.end };
    const after = { ...touching, target: { ...touching.target, start: seoul.target.end, end: seoul.target.end + 5 } };
    assert.equal(claimAtSelection([seoul, after], selection)?.id, 'seoul');
  });

  it('finds the shortest claim holding a selection inside nested claims', () => {
    const start = ARTICLE.indexOf('tests went');
    assert.equal(claimAtSelection(all, { start, end: start + 5, active: start })?.id, 'inner');
  });

  it('takes an empty selection as the cursor', () => {
    const at = ARTICLE.indexOf('Pyongyang');
    assert.equal(claimAtSelection(all, { start: at, end: at, active: at })?.id, 'seoul');
  });

  it('falls back to the cursor when no claim holds the whole selection', () => {
    const selection = { start: ARTICLE.indexOf('test.'), end: ARTICLE.indexOf('reported'), active: ARTICLE.indexOf('reported') };
    assert.equal(claimAtSelection(all, selection)?.id, 'kcna');
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

  describe('from a claim that shares its start with others ("KCNA reported" and "KCNA reported that tests went well.")', () => {
    const kcnaCue = claim('kcna-cue', 'KCNA reported');
    const sharing = [seoul, kcnaCue, kcna, inner];

    it('moves on to the claim starting at the same place before leaving it', () => {
      assert.equal(claimNextTo(sharing, kcnaCue, 1)?.id, 'kcna');
    });

    it('moves from the last claim starting there to the next place', () => {
      assert.equal(claimNextTo(sharing, kcna, 1)?.id, 'inner');
    });

    it('moves back through the claims starting at the same place, then before it', () => {
      assert.equal(claimNextTo(sharing, kcna, -1)?.id, 'kcna-cue');
      assert.equal(claimNextTo(sharing, kcnaCue, -1)?.id, 'seoul');
    });

    it('wraps around from the last claim of the article', () => {
      assert.equal(claimNextTo(sharing, inner, 1)?.id, 'seoul');
    });
  });
});
