// Properties of finding claims by position: the indexed lookups agree with a plain scan of every claim.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Claim } from '../../../src/core/model/types';
import { compareClaims } from '../../../src/core/sidecar';
import { adjacentClaim, claimAt, claimAtSelection } from '../../../src/core/view/claimLookup';
import { claim } from '../view/claimFixture';

const RUNS = { numRuns: 300 };
const LENGTH = 200;

/** Claims at arbitrary, often nested or overlapping places; the fixture's words are replaced by the range. */
const claimsArb = fc.array(
  fc.record({
    start: fc.nat(LENGTH),
    length: fc.nat(40),
    state: fc.constantFrom('suggested' as const, 'confirmed' as const, 'rejected' as const),
    orphan: fc.boolean(),
  }),
  { maxLength: 30 },
).map((specs) =>
  specs.map(({ start, length, state, orphan }, i): Claim => {
    const base = claim(`c${i}`, 'Seoul');
    return { ...base, state, orphan, target: { ...base.target, start, end: Math.min(LENGTH, start + length) } };
  }),
);

/** Document order: by position, then by id (as sidecars are written). */
const byPosition = compareClaims;

/** The definition: of the placed claims holding start to end, the shortest, the first in document order on a tie. */
function scannedClaimAt(claims: readonly Claim[], offset: number, includeRejected: boolean, end = offset): Claim | undefined {
  const touching = claims
    .filter((c) => !c.orphan && (includeRejected || c.state !== 'rejected') && c.target.start <= offset && end <= c.target.end)
    .sort(byPosition);
  return touching.reduce<Claim | undefined>((best, c) => (!best || c.target.end - c.target.start < best.target.end - best.target.start ? c : best), undefined);
}

describe('claim lookup properties', () => {
  it('finds the same claim at every offset as a scan of all claims', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(LENGTH), fc.boolean(), (claims, offset, includeRejected) => {
        assert.equal(claimAt(claims, offset, includeRejected)?.id, scannedClaimAt(claims, offset, includeRejected)?.id);
      }),
      RUNS,
    );
  });

  it('finds the same claim for a selection as a scan for the claims holding all of it, else at its active end', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(LENGTH), fc.nat(LENGTH), fc.boolean(), (claims, a, b, activeAtStart) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const active = activeAtStart ? start : end;
        const expected = (start < end ? scannedClaimAt(claims, start, true, end) : undefined) ?? scannedClaimAt(claims, active, true);
        assert.equal(claimAtSelection(claims, { start, end, active })?.id, expected?.id);
      }),
      RUNS,
    );
  });

  it('moves to the first claim starting after the offset, or wraps to the first claim', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(LENGTH), (claims, offset) => {
        const placed = claims.filter((c) => !c.orphan && c.state !== 'rejected').sort(byPosition);
        const expected = placed.find((c) => c.target.start > offset) ?? placed[0];
        assert.equal(adjacentClaim(claims, offset, 1)?.id, expected?.id);
      }),
      RUNS,
    );
  });

  it('moves to the last claim starting before the offset, or wraps to the last claim', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(LENGTH), (claims, offset) => {
        const placed = claims.filter((c) => !c.orphan && c.state !== 'rejected').sort(byPosition);
        const expected = placed.filter((c) => c.target.start < offset).pop() ?? placed[placed.length - 1];
        assert.equal(adjacentClaim(claims, offset, -1)?.id, expected?.id);
      }),
      RUNS,
    );
  });
});
