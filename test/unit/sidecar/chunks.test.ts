// Specification of sidecarChunks: a sidecar written piece by piece is byte for byte the pretty-printed JSON of the whole, and no piece holds more than one claim.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { chunksEqual, serializeSidecar, sidecarChunks } from '../../../src/core/sidecar';
import type { Sidecar } from '../../../src/core/model/types';
import { annotatedArb } from '../properties/arbitraries';

/** What a sidecar file holds, written the obvious way: the whole object, two-space indentation, a final line break. */
function wholeJson(sidecar: Sidecar): string {
  const parsed = JSON.parse(serializeSidecar(sidecar)) as unknown;
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

const withExtensionsArb = fc.tuple(annotatedArb, fc.dictionary(fc.string({ maxLength: 6 }).map((k) => `x-${k}` as const), fc.jsonValue(), { maxKeys: 3 })).map(
  ([{ sidecar }, extensions]) => ({ ...extensions, ...sidecar }),
);

describe('sidecarChunks', () => {
  it('joins to the pretty-printed JSON of the whole sidecar, with or without claims and other tools’ fields', () => {
    fc.assert(
      fc.property(withExtensionsArb, (sidecar) => {
        assert.equal([...sidecarChunks(sidecar)].join(''), wholeJson(sidecar));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each claim in a piece of its own, so a sidecar of any size is never one string', () => {
    fc.assert(
      fc.property(annotatedArb, ({ sidecar }) => {
        const pieces = [...sidecarChunks(sidecar)];
        const longestClaim = Math.max(0, ...sidecar.claims.map((c) => JSON.stringify(c, null, 2).length));
        const frame = serializeSidecar({ ...sidecar, claims: [] }).length;
        for (const piece of pieces) assert.ok(piece.length <= Math.max(frame, longestClaim * 2 + 64), `${piece.length} units in one piece`);
      }),
      { numRuns: 100 },
    );
  });

  it('tells whether pieces add up to a file’s content without joining them', () => {
    const sidecar = fc.sample(annotatedArb, { numRuns: 1, seed: 7 })[0].sidecar;
    const text = serializeSidecar(sidecar);
    assert.equal(chunksEqual(sidecarChunks(sidecar), text), true);
    assert.equal(chunksEqual(sidecarChunks(sidecar), `${text} `), false);
    assert.equal(chunksEqual(sidecarChunks(sidecar), text.slice(1)), false);
    assert.equal(chunksEqual(sidecarChunks(sidecar), undefined), false);
  });
});
