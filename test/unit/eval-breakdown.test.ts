// Specification of the figures beside attribution F1: recall by cue group and kind, kind accuracy, source resolution.
import * as assert from 'node:assert/strict';
import { breakdownDocument, cueGroup, sumBreakdowns, type KindedGoldClaim, type KindedPrediction } from '../../scripts/eval/breakdown';
import type { ClaimKind } from '../../src/core/detect/types';

const span = (start: number, end: number, text = 'x'.repeat(end - start)) => ({ start, end, text });

function gold(cue: string | null, kind?: ClaimKind, refersTo?: [number, number]): KindedGoldClaim {
  const source = refersTo ? { ...span(0, 2), refersTo: span(...refersTo) } : span(0, 2);
  return { cue: cue === null ? null : span(3, 3 + cue.length, cue), source, ...(kind ? { kind } : {}) };
}

function predicted(kind?: ClaimKind, refersTo?: [number, number]): KindedPrediction {
  const source = refersTo ? { ...span(0, 2), refersTo: span(...refersTo) } : span(0, 2);
  return { source, ...(kind ? { kind } : {}) };
}

const pair = (g: number, p: number) => ({ gold: g, predicted: p, contentF1: 1 });

describe('evaluation breakdown', () => {
  describe('cue groups', () => {
    for (const cue of ['said', 'has told reporters', 'According to', 'would not say', 'added', 'wrote', 'believes', 'figures show']) {
      it(`counts "${cue}" among the common cues`, () => {
        assert.equal(cueGroup(span(0, cue.length, cue)), 'common');
      });
    }

    for (const cue of ['urged', 'declined', 'called', 'plans', 'sayings', 'showcase']) {
      it(`counts "${cue}" among the other cues`, () => {
        assert.equal(cueGroup(span(0, cue.length, cue)), 'other');
      });
    }

    it('counts a claim without a cue among the other cues', () => {
      assert.equal(cueGroup(null), 'other');
    });
  });

  it('gives recall per cue group from the matched gold claims', () => {
    const result = breakdownDocument([gold('said'), gold('urged'), gold('told')], [predicted(), predicted()], [pair(0, 0), pair(1, 1)]);
    assert.deepEqual(result.cueGroups, { common: { hit: 1, total: 2 }, other: { hit: 1, total: 1 } });
  });

  it('gives recall per gold kind, counting claims without a kind as "none"', () => {
    const result = breakdownDocument([gold('said', 'statement'), gold('urged', 'request'), gold('said')], [predicted()], [pair(1, 0)]);
    assert.deepEqual([result.kinds.statement, result.kinds.request, result.kinds.none], [{ hit: 0, total: 1 }, { hit: 1, total: 1 }, { hit: 0, total: 1 }]);
  });

  it('counts a matched claim as kind-correct only when the predicted kind equals the gold kind', () => {
    const result = breakdownDocument(
      [gold('said', 'statement'), gold('urged', 'request'), gold('vowed', 'intention'), gold('said')],
      [predicted('statement'), predicted('statement'), predicted(), predicted('statement')],
      [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3)],
    );
    assert.deepEqual(result.kindAccuracy, { hit: 1, total: 3 });
  });

  it('counts a resolution as correct when the predicted refersTo overlaps the gold one on a matched claim', () => {
    const result = breakdownDocument(
      [gold('said', 'statement', [10, 20]), gold('said', 'statement', [30, 40]), gold('said', 'statement')],
      [predicted('statement', [15, 25]), predicted('statement', [41, 45]), predicted('statement', [50, 52])],
      [pair(0, 0), pair(1, 1), pair(2, 2)],
    );
    assert.deepEqual(result.resolution, { correct: 1, predicted: 3, gold: 2 });
  });

  it('gives no correct resolution while predictions carry no refersTo', () => {
    const result = breakdownDocument([gold('said', 'statement', [10, 20])], [predicted('statement')], [pair(0, 0)]);
    assert.deepEqual(result.resolution, { correct: 0, predicted: 0, gold: 1 });
  });

  it('sums documents count by count', () => {
    const one = breakdownDocument([gold('said', 'statement', [10, 20])], [predicted('statement', [10, 20])], [pair(0, 0)]);
    const two = breakdownDocument([gold('urged', 'request')], [], []);
    const sum = sumBreakdowns([one, two]);
    assert.deepEqual(sum.cueGroups, { common: { hit: 1, total: 1 }, other: { hit: 0, total: 1 } });
    assert.deepEqual(sum.kindAccuracy, { hit: 1, total: 1 });
    assert.deepEqual(sum.resolution, { correct: 1, predicted: 1, gold: 1 });
  });
});
