// Specification of the detection scorer: the attribution and exact-span metrics of docs/detection.md.
import * as assert from 'node:assert/strict';
import {
  characterF1,
  joinedAttributionCounts,
  joinSplitQuotes,
  matchClaims,
  partedCharacterF1,
  prf,
  roleCounts,
  scoreCorpus,
  scoreDocument,
  type ScorableClaim,
} from '../../scripts/eval/score';

function claim(content: [number, number], source: [number, number] | null = null, cue: [number, number] | null = null): ScorableClaim {
  const span = (s: [number, number] | null) => (s ? { start: s[0], end: s[1] } : null);
  return { content: { start: content[0], end: content[1] }, source: span(source), cue: span(cue) };
}

describe('detection scorer', () => {
  describe('character F1 of two spans', () => {
    it('is 1 for identical spans', () => {
      assert.equal(characterF1({ start: 10, end: 20 }, { start: 10, end: 20 }), 1);
    });

    it('is 0 for disjoint spans', () => {
      assert.equal(characterF1({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
    });

    it('is twice the overlap over the summed lengths', () => {
      assert.equal(characterF1({ start: 0, end: 10 }, { start: 5, end: 20 }), (2 * 5) / (10 + 15));
    });
  });

  describe('attribution matching', () => {
    it('pairs a prediction whose content F1 is exactly 0.5', () => {
      // gold 0–10, predicted 0–30: overlap 10, F1 = 20 / 40 = 0.5
      assert.equal(matchClaims([claim([0, 10])], [claim([0, 30])]).length, 1);
    });

    it('does not pair a prediction whose content F1 is below 0.5', () => {
      assert.equal(matchClaims([claim([0, 10])], [claim([0, 31])]).length, 0);
    });

    it('uses each gold claim at most once, so a duplicate prediction is a false alarm', () => {
      const score = scoreDocument([claim([0, 10])], [claim([0, 10]), claim([0, 11])]);
      assert.equal(score.attribution.matched, 1);
      assert.deepEqual(score.falseAlarms, [1]);
    });

    it('gives a gold claim to its best-overlapping prediction first', () => {
      const pairs = matchClaims([claim([0, 10]), claim([0, 14])], [claim([0, 12]), claim([0, 14])]);
      assert.deepEqual(pairs.map((p) => [p.gold, p.predicted]), [[0, 0], [1, 1]]);
    });

    it('reports unmatched gold claims as misses', () => {
      const score = scoreDocument([claim([0, 10]), claim([50, 60])], [claim([0, 10])]);
      assert.deepEqual(score.missedGold, [1]);
    });
  });

  describe('split quotes joined (issue 10\'s measure)', () => {
    it('joins claims that share both source and cue spans into one attribution of two parts', () => {
      const joined = joinSplitQuotes([claim([0, 10], [12, 14], [15, 19]), claim([22, 40], [12, 14], [15, 19])]);
      assert.deepEqual(joined, [{ parts: [{ start: 0, end: 10 }, { start: 22, end: 40 }] }]);
    });

    it('keeps claims apart that share a source but not a cue', () => {
      assert.equal(joinSplitQuotes([claim([0, 10], [12, 14], [15, 19]), claim([22, 40], [12, 14], [41, 45])]).length, 2);
    });

    it('keeps claims apart that have no source, even with the same cue', () => {
      assert.equal(joinSplitQuotes([claim([0, 10], null, [15, 19]), claim([22, 40], null, [15, 19])]).length, 2);
    });

    it('counts overlapping parts of one attribution once in its character F1', () => {
      assert.equal(partedCharacterF1([{ start: 0, end: 10 }, { start: 5, end: 10 }], [{ start: 0, end: 10 }]), 1);
    });

    it('matches a gold split quote found as one predicted claim covering one part when that part is most of it', () => {
      const gold = [claim([0, 40], [50, 52], [53, 57]), claim([60, 70], [50, 52], [53, 57])];
      const predicted = [claim([0, 40], [50, 52], [53, 57])];
      // parts 40 + 10 characters against 40: F1 = 80 / 90
      assert.deepEqual(joinedAttributionCounts(gold, predicted), { matched: 1, predicted: 1, gold: 1 });
    });

    it('counts a split quote predicted as two claims as one predicted attribution', () => {
      const both = [claim([0, 10], [12, 14], [15, 19]), claim([22, 40], [12, 14], [15, 19])];
      assert.deepEqual(joinedAttributionCounts(both, both), { matched: 1, predicted: 1, gold: 1 });
    });
  });

  describe('exact role spans', () => {
    it('counts a role hit only when both offsets are equal', () => {
      const counts = roleCounts([claim([20, 40], [0, 5])], [claim([20, 40], [0, 6])], 'source');
      assert.deepEqual(counts, { matched: 0, predicted: 1, gold: 1 });
    });

    it('counts a span shared by several claims once', () => {
      const gold = [claim([20, 40], [0, 5], [6, 10]), claim([50, 70], [0, 5], [42, 48])];
      assert.deepEqual(roleCounts(gold, gold, 'source'), { matched: 1, predicted: 1, gold: 1 });
    });

    it('leaves missing sources out of the source set', () => {
      const counts = roleCounts([claim([20, 40], [0, 5])], [claim([20, 40], null)], 'source');
      assert.deepEqual(counts, { matched: 0, predicted: 0, gold: 1 });
    });
  });

  describe('source overlap share', () => {
    it('counts a matched claim whose source overlaps the gold source without equal offsets', () => {
      const score = scoreDocument([claim([20, 40], [0, 10])], [claim([20, 40], [4, 10])]);
      assert.equal(score.sourceOverlaps, 1);
    });

    it('does not count a matched claim with no predicted source when gold has one', () => {
      const score = scoreDocument([claim([20, 40], [0, 10])], [claim([20, 40], null)]);
      assert.equal(score.sourceOverlaps, 0);
    });
  });

  describe('precision, recall and F1', () => {
    it('are matched over predicted, matched over gold, and their harmonic mean', () => {
      const figure = prf({ matched: 3, predicted: 4, gold: 6 });
      assert.equal(figure.precision, 0.75);
      assert.equal(figure.recall, 0.5);
      assert.equal(figure.f1, 0.6);
    });

    it('are perfect when there was nothing to find and nothing was found', () => {
      assert.deepEqual(prf({ matched: 0, predicted: 0, gold: 0 }), { precision: 1, recall: 1, f1: 1 });
    });

    it('give zero precision to predictions in a document without gold claims', () => {
      assert.equal(prf({ matched: 0, predicted: 2, gold: 0 }).precision, 0);
    });
  });

  describe('corpus scores', () => {
    const perfect = scoreDocument([claim([0, 10], [20, 25], [26, 30])], [claim([0, 10], [20, 25], [26, 30])]);
    const empty = scoreDocument([claim([0, 10]), claim([40, 50]), claim([60, 70])], []);

    it('micro-average sums counts over documents', () => {
      assert.equal(scoreCorpus([perfect, empty]).micro.attribution.recall, 1 / 4);
    });

    it('macro-average means the per-document figures', () => {
      assert.equal(scoreCorpus([perfect, empty]).macro.attribution.recall, (1 + 0) / 2);
    });

    it('scores gold against itself as 1 everywhere', () => {
      const corpus = scoreCorpus([perfect]);
      assert.deepEqual(
        [corpus.micro.attribution.f1, corpus.micro.roles.source.f1, corpus.micro.roles.cue.f1, corpus.micro.roles.content.f1, corpus.sourceOverlapShare],
        [1, 1, 1, 1, 1],
      );
    });
  });
});
