import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Attribution } from '../../../src/core/detect/types';
import { emptySidecar, isUntouchedSuggestion, mergeDetections, updateClaim } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { NOW, articleArb } from './arbitraries';

const LATER = '2026-03-01T00:00:00Z';

/** Detections on random non-blank ranges of `text`, the content being the whole range. */
function detectionsArb(text: string): fc.Arbitrary<Attribution[]> {
  return fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 10 }).map((pairs) =>
    pairs
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))
      .filter(({ start, end }) => text.slice(start, end).trim() !== '')
      .map(({ start, end }) => ({
        start,
        end,
        content: { start, end, text: text.slice(start, end) },
        source: null,
        cue: null,
        hedges: [],
        commitment: 'certain' as const,
        kind: 'statement' as const,
      })),
  );
}

const scenarioArb = articleArb.chain((text) =>
  fc.record({
    text: fc.constant(text),
    first: detectionsArb(text),
    second: detectionsArb(text),
    decisions: fc.array(fc.constantFrom('reject', 'tag', 'confirm', 'leave'), { maxLength: 10 }),
  }),
);

/** The user's work on `sidecar`: one decision per claim, in order. */
function decide(sidecar: Sidecar, decisions: string[]): Sidecar {
  return sidecar.claims.reduce((s, claim, i) => {
    const decision = decisions[i] ?? 'leave';
    if (decision === 'reject') return updateClaim(s, claim.id, { state: 'rejected' }, LATER);
    if (decision === 'tag') return updateClaim(s, claim.id, { tags: ['checked'], note: 'seen' }, LATER);
    if (decision === 'confirm') return updateClaim(s, claim.id, { state: 'confirmed', credibility: 2 }, LATER);
    return s;
  }, sidecar);
}

describe('merging detections, as properties', () => {
  it('keeps every claim the user touched, unchanged, whatever the next detection run finds', () => {
    fc.assert(
      fc.property(scenarioArb, ({ text, first, second, decisions }) => {
        const worked = decide(mergeDetections(emptySidecar('a.txt', text), text, first, NOW), decisions);
        const again = mergeDetections(worked, text, second, LATER);
        for (const claim of worked.claims.filter((c) => !isUntouchedSuggestion(c))) {
          assert.deepEqual(again.claims.find((c) => c.id === claim.id), claim);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds nothing when the same detections are merged again', () => {
    fc.assert(
      fc.property(scenarioArb, ({ text, first, decisions }) => {
        const worked = decide(mergeDetections(emptySidecar('a.txt', text), text, first, NOW), decisions);
        const again = mergeDetections(worked, text, first, LATER);
        assert.deepEqual(again.claims.map((c) => c.id).sort(), worked.claims.map((c) => c.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('never suggests a rejected claim again', () => {
    fc.assert(
      fc.property(scenarioArb, ({ text, first }) => {
        const seeded = mergeDetections(emptySidecar('a.txt', text), text, first, NOW);
        const rejected = seeded.claims.reduce((s, c) => updateClaim(s, c.id, { state: 'rejected' }, LATER), seeded);
        const again = mergeDetections(rejected, text, first, LATER);
        assert.equal(again.claims.every((c) => c.state === 'rejected'), true);
      }),
      { numRuns: 300 },
    );
  });
});
