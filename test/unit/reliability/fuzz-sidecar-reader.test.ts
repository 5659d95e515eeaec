// Reliability, fuzzing the sidecar reader: whatever bytes a sidecar holds, reading never throws, refusals name the file, and what is accepted writes back unchanged.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { annotatedArb } from '../properties/arbitraries';

const LABEL = 'article.txt.claims.json';

/** A valid sidecar as plain JSON, with one value somewhere inside it replaced by an arbitrary JSON value. */
const mutatedArb = fc
  .tuple(annotatedArb, fc.jsonValue(), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.string())
  .map(([{ sidecar }, replacement, path, key]) => {
    const json = JSON.parse(serializeSidecar(sidecar)) as unknown;
    let node = json;
    for (const step of path.slice(0, -1)) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      node = (node as Record<string, unknown>)[keys[step % keys.length]];
    }
    if (Array.isArray(node)) {
      node[last(path) % (node.length + 1)] = replacement;
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      const last = path[path.length - 1];
      // Sometimes a known field gets a wrong value, sometimes an unknown field (even "__proto__") appears.
      const target = keys.length > 0 && last % 3 !== 0 ? keys[last % keys.length] : key;
      (node as Record<string, unknown>)[target] = replacement;
    }
    return JSON.stringify(json, null, last(path) % 2 === 0 ? 2 : undefined);
  });

function last<T>(items: readonly T[]): T {
  return items[items.length - 1];
}

function readsSafely(raw: string): void {
  const result = parseSidecar(raw, LABEL);
  if (!result.ok) {
    assert.ok(result.error.startsWith(`${LABEL}: `), result.error);
    assert.ok(!result.error.includes('\n'), 'a one-line message');
    return;
  }
  // What is accepted is a sidecar: writing it and reading it again gives the same annotations.
  const again = parseSidecar(serializeSidecar(result.sidecar), LABEL);
  assert.ok(again.ok, again.ok ? '' : again.error);
  assert.deepEqual(again.sidecar, result.sidecar);
}

describe('reliability: fuzzing the sidecar reader', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), readsSafely), { numRuns: 500 });
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => readsSafely(JSON.stringify(value) ?? 'null')), { numRuns: 500 });
  });

  it('refuses or faithfully reads a valid sidecar with any one value changed, and never lets a field pollute Object.prototype', () => {
    fc.assert(
      fc.property(mutatedArb, (raw) => {
        readsSafely(raw);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      }),
      { numRuns: 400 },
    );
  });

  it('prints terminal escape sequences and line breaks from a hostile file as escapes, never raw', () => {
    const hostile = parseSidecar('{"version": 1, "\\u001b]0;pwned\\u0007\\nfield": 1}', LABEL);
    const broken = parseSidecar('\u001b[2J\n{', LABEL);
    for (const result of [hostile, broken]) {
      assert.equal(result.ok, false);
      assert.doesNotMatch(result.ok ? '' : result.error, /[\u0000-\u001f]/);
    }
    assert.match(hostile.ok ? '' : hostile.error, /sidecar\.\\u001b\]0;pwned\\u0007\\nfield is not a known field/);
  });

  it('never throws on a valid sidecar cut short at any point', () => {
    fc.assert(
      fc.property(annotatedArb, fc.nat(), ({ sidecar }, cut) => {
        const raw = serializeSidecar(sidecar);
        readsSafely(raw.slice(0, cut % raw.length));
      }),
      { numRuns: 300 },
    );
  });
});
