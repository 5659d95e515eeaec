// Properties of the chunked claim list: following edits chunk by chunk gives what following every claim gives, and lookups agree with a scan.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editBatch, followTextEdits } from '../../../src/core/anchor';
import { detectAttributions } from '../../../src/core/detect';
import { addManualClaim, emptySidecar, mergeDetections, updateClaim } from '../../../src/core/model/annotations';
import { ClaimList } from '../../../src/core/model/claimList';
import { detectRegion } from '../../../src/core/session/detectionRegions';
import type { Claim } from '../../../src/core/model/types';
import { compareClaims } from '../../../src/core/sidecar';
import { annotatedArb, applyToText, eventArb, NOW, toEdits } from './arbitraries';

const RUNS = { numRuns: 300 };

function inOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(compareClaims);
}

describe('claim list properties', () => {
  it('follows edits as following every claim does: the same claims, changes and verdict on the editor’s ranges', () => {
    fc.assert(
      fc.property(annotatedArb, fc.array(eventArb, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 3 }), ({ text, sidecar }, events, chunk) => {
        let current = text;
        let claims: readonly Claim[] = sidecar.claims;
        let list = ClaimList.of(sidecar.claims, chunk);
        for (const raw of events) {
          const edits = toEdits(raw, current.length);
          current = applyToText(current, edits);
          const expected = followTextEdits(claims, edits, current);
          const followed = list.followEdits(editBatch(edits), current);
          assert.deepEqual(inOrder(followed.claims.toArray()), inOrder(expected.claims));
          assert.deepEqual(followed.changed, expected.changed);
          assert.equal(followed.rangesFollow, expected.rangesFollow);
          assert.equal(followed.claims.size, expected.claims.length);
          claims = expected.claims;
          list = followed.claims;
        }
      }),
      RUNS,
    );
  });

  it('finds after edits the claim a scan of the followed claims finds, at every offset', () => {
    fc.assert(
      fc.property(annotatedArb, fc.array(eventArb, { maxLength: 6 }), fc.nat(), ({ text, sidecar }, events, at) => {
        let current = text;
        let list = ClaimList.of(sidecar.claims, 2);
        for (const raw of events) {
          const edits = toEdits(raw, current.length);
          current = applyToText(current, edits);
          list = list.followEdits(editBatch(edits), current).claims;
        }
        const offset = at % (current.length + 1);
        const holding = inOrder(list.toArray().filter((c) => !c.orphan && c.target.start <= offset && offset <= c.target.end));
        const shortest = holding.reduce<Claim | undefined>((best, c) => (!best || c.target.end - c.target.start < best.target.end - best.target.start ? c : best), undefined);
        assert.deepEqual(list.holding(offset, offset), shortest);
        const placed = inOrder(list.toArray().filter((c) => !c.orphan));
        assert.deepEqual(list.adjacent(offset, 1), placed.find((c) => c.target.start > offset));
        assert.deepEqual(list.adjacent(offset, -1), placed.filter((c) => c.target.start < offset).pop());
      }),
      RUNS,
    );
  });
});

/** Sentences the detector finds claims in, and some it does not, with CRLF and emoji among them. */
const SENTENCES = [
  'KCNA said that the test failed.',
  'Officials in Seoul said the talks would resume on Monday.',
  'According to Tass, the ship sank near the coast.',
  'The weather was mild.',
  'Analysts believe the sanctions will matter.',
  '😀 Reports say prices rose sharply.\r\n',
  '\n\n',
];

/** An article of such sentences whose claims came from an earlier detection run, some then confirmed or marked by hand. */
const detectedArb = fc
  .tuple(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })), { maxLength: 3 }))
  .map(([sentences, confirmed, marked]) => {
    const text = sentences.join(' ');
    let sidecar = mergeDetections(emptySidecar('a.txt', text), text, detectAttributions(text, { markdown: false }), '2025-01-01T00:00:00Z');
    for (const pick of confirmed) {
      if (sidecar.claims.length === 0) break;
      sidecar = updateClaim(sidecar, sidecar.claims[pick % sidecar.claims.length].id, { state: 'confirmed' }, NOW);
    }
    for (const [at, length] of marked) {
      const start = at % text.length;
      const end = Math.min(text.length, start + length);
      if (text.slice(start, end).trim() !== '') sidecar = addManualClaim(sidecar, text, start, end, NOW).sidecar;
    }
    return { text, sidecar };
  });

describe('claim list merging a detection run over one stretch', () => {
  it('gives what merging the run into every claim of the article gives', () => {
    fc.assert(
      fc.property(detectedArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), ({ text, sidecar }, a, b, chunk) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const region = { start, end };
        const found = detectRegion(detectAttributions, text, region, { markdown: false });
        const list = ClaimList.of(sidecar.claims, chunk);
        const expected = mergeDetections(sidecar, text, found, NOW, region);
        const mini = { ...sidecar, claims: [...list.touching(region), ...list.orphans] };
        const merged = list.replaceTouching(region, mergeDetections(mini, text, found, NOW, region, list.ids()).claims);
        assert.deepEqual(inOrder(merged.toArray()), inOrder(expected.claims));
        assert.equal(merged.size, expected.claims.length);
        assert.deepEqual(merged.ids(), new Set(expected.claims.map((c) => c.id)));
      }),
      RUNS,
    );
  });

  it('knows which ids are taken after many merges in a row (more than it layers), as gathering them from its claims does', () => {
    fc.assert(
      fc.property(detectedArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 45 }), ({ text, sidecar }, cuts) => {
        let list = ClaimList.of(sidecar.claims, 2);
        list.ids();
        const seen = new Set(list.ids());
        for (const [a, b] of cuts) {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          const region = { start, end };
          const found = detectRegion(detectAttributions, text, region, { markdown: false });
          const mini = { ...sidecar, claims: [...list.touching(region), ...list.orphans] };
          list = list.replaceTouching(region, mergeDetections(mini, text, found, NOW, region, list.idsInUse()).claims);
          const present = new Set(list.toArray().map((c) => c.id));
          for (const id of present) seen.add(id);
          for (const id of seen) assert.equal(list.idsInUse().has(id), present.has(id), id);
        }
        assert.deepEqual(list.ids(), new Set(list.toArray().map((c) => c.id)));
      }),
      { numRuns: 40 },
    );
  });
});
