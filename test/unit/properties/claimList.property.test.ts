// Properties of the chunked claim list: following edits chunk by chunk gives what following every claim gives, and lookups agree with a scan.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editBatch, followTextEdits } from '../../../src/core/anchor';
import { ClaimList } from '../../../src/core/model/claimList';
import type { Claim } from '../../../src/core/model/types';
import { compareClaims } from '../../../src/core/sidecar';
import { annotatedArb, applyToText, eventArb, toEdits } from './arbitraries';

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
