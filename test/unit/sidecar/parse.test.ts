import * as assert from 'node:assert/strict';
import { addManualClaim, emptySidecar, upsertSource, updateClaim } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';
const TEXT = 'Officials said the bridge would reopen in May.';
const LABEL = 'article.txt.claims.json';

function sample(): Sidecar {
  const added = addManualClaim(emptySidecar('article.txt', TEXT), TEXT, 0, TEXT.length, NOW);
  const withSource = upsertSource(added.sidecar, { name: 'Officials', aliases: [], kind: 'government', reliability: 'C', note: '' });
  return updateClaim(withSource.sidecar, added.claim.id, { sourceId: withSource.source.id, credibility: 3 }, NOW);
}

/** The sample as a plain JSON value, changed by `mutate`, then parsed. */
function parseMutated(mutate: (json: Record<string, unknown> & { claims: Record<string, unknown>[]; sources: Record<string, unknown>[] }) => void) {
  const json = JSON.parse(serializeSidecar(sample()));
  mutate(json);
  return parseSidecar(JSON.stringify(json), LABEL);
}

function errorOf(result: ReturnType<typeof parseSidecar>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.error;
}

describe('parseSidecar', () => {
  it('reads back what serializeSidecar wrote', () => {
    const result = parseSidecar(serializeSidecar(sample()), LABEL);
    assert.ok(result.ok);
    assert.deepEqual(result.sidecar, sample());
  });

  it('reads a claim without kind fields, as sidecars written before kinds existed, as of unknown kind chosen by the detector', () => {
    const result = parseMutated((j) => {
      delete j.claims[0].kind;
      delete j.claims[0].kindOrigin;
    });
    assert.ok(result.ok);
    assert.deepEqual([result.sidecar.claims[0].kind, result.sidecar.claims[0].kindOrigin], [null, 'detected']);
  });

  it('reads a kind the user chose', () => {
    const result = parseMutated((j) => {
      j.claims[0].kind = 'refusal';
      j.claims[0].kindOrigin = 'manual';
    });
    assert.ok(result.ok);
    assert.deepEqual([result.sidecar.claims[0].kind, result.sidecar.claims[0].kindOrigin], ['refusal', 'manual']);
  });

  it('names the claim and field of a kind that is not one of the seven', () => {
    assert.match(
      errorOf(parseMutated((j) => { j.claims[0].kind = 'rumour'; })),
      /^article\.txt\.claims\.json: claims\[0\]\.kind must be one of "statement", "belief", .* or null, not "rumour"/,
    );
  });

  it('names the claim and field of a kind chosen by an unknown hand', () => {
    assert.match(errorOf(parseMutated((j) => { j.claims[0].kindOrigin = 'user'; })), /claims\[0\]\.kindOrigin must be one of "detected", "manual", not "user"/);
  });

  it('names the file and the line of a JSON syntax error', () => {
    assert.match(errorOf(parseSidecar('{\n  "version": 1,\n}', LABEL)), /^article\.txt\.claims\.json: is not valid JSON at line 3, column 1/);
  });

  it('refuses an empty file', () => {
    assert.equal(errorOf(parseSidecar('  \n', LABEL)), `${LABEL}: is empty`);
  });

  it('refuses a sidecar from a newer version', () => {
    const error = errorOf(parseMutated((j) => { j.version = 2; }));
    assert.equal(error, `${LABEL}: written by a newer ClaimLens (version 2); this one reads version 1`);
  });

  it('names the claim and field of a credibility out of range', () => {
    assert.match(errorOf(parseMutated((j) => { j.claims[0].credibility = 7; })), /^article\.txt\.claims\.json: claims\[0\]\.credibility must be 1–6 or null/);
  });

  it('refuses offsets past the end of the text', () => {
    const error = errorOf(parseMutated((j) => {
      j.document = { ...(j.document as object), length: 10 };
    }));
    assert.match(error, /claims\[0\]\.target\.end \(46\) is past the end of the text \(document\.length 10\)/);
  });

  it('refuses two claims with the same id', () => {
    const error = errorOf(parseMutated((j) => { j.claims.push({ ...j.claims[0] }); }));
    assert.match(error, /claims\[1\]\.id "c-[a-z0-9]+" is already used by claims\[0\]/);
  });

  it('refuses a field of the wrong type', () => {
    assert.match(errorOf(parseMutated((j) => { j.claims[0].tags = 'urgent'; })), /claims\[0\]\.tags must be an array, not "urgent"/);
  });

  it('refuses a claim that names an unknown source', () => {
    assert.match(errorOf(parseMutated((j) => { j.claims[0].sourceId = 'nobody'; })), /claims\[0\]\.sourceId "nobody" names no entry of sources/);
  });

  it('refuses __proto__ keys without polluting any object', () => {
    const raw = serializeSidecar(sample()).replace('"id": "officials"', '"__proto__": { "polluted": true }, "id": "officials"');
    assert.match(errorOf(parseSidecar(raw, LABEL)), /sources\[0\]\.__proto__ is not a known field/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('refuses a constructor key instead of reading it as a field', () => {
    const raw = serializeSidecar(sample()).replace('"state": "confirmed"', '"constructor": { "name": "x" }, "state": "confirmed"');
    const error = errorOf(parseSidecar(raw, LABEL));
    assert.match(error, /claims\[0\]\.constructor is not a known field/);
  });

  it('reads a sidecar saved with a byte-order mark', () => {
    assert.equal(parseSidecar(`\uFEFF${serializeSidecar(sample())}`, LABEL).ok, true);
  });

  it('refuses a sidecar that is not an object', () => {
    assert.equal(errorOf(parseSidecar('[]', LABEL)), `${LABEL}: must contain a JSON object, not an array`);
  });

  it('counts the problems it does not spell out', () => {
    const error = errorOf(parseMutated((j) => { j.claims[0].credibility = 9; j.claims[0].note = 4; }));
    assert.match(error, /\(and 1 more problem\)$/);
  });
});

describe('serializeSidecar', () => {
  it('ends with a newline and indents with two spaces', () => {
    const out = serializeSidecar(sample());
    assert.ok(out.endsWith('}\n'));
    assert.match(out, /^\{\n {2}"version": 1,\n {2}"document": \{/);
  });

  it('writes claims in document order whatever order they are held in', () => {
    const text = 'First claim here. Second claim here.';
    let sidecar = emptySidecar('a.txt', text);
    sidecar = addManualClaim(sidecar, text, 18, text.length, NOW).sidecar;
    sidecar = addManualClaim(sidecar, text, 0, 17, NOW).sidecar;
    const written = JSON.parse(serializeSidecar(sidecar)) as Sidecar;
    assert.deepEqual(written.claims.map((c) => c.target.start), [0, 18]);
  });

  it('leaves out a kind that is not known and a kind origin that is the detector, so older sidecars are rewritten unchanged', () => {
    const written = JSON.parse(serializeSidecar(sample())) as { claims: Record<string, unknown>[] };
    assert.equal(Object.hasOwn(written.claims[0], 'kind'), false);
    assert.equal(Object.hasOwn(written.claims[0], 'kindOrigin'), false);
  });

  it('writes a kind the user chose, and who chose it, after the commitment', () => {
    const sidecar = sample();
    const chosen = updateClaim(sidecar, sidecar.claims[0].id, { kind: 'belief' }, NOW);
    assert.match(serializeSidecar(chosen), /"commitment": null,\n {6}"kind": "belief",\n {6}"kindOrigin": "manual",\n {6}"sourceId"/);
  });

  it('round-trips byte for byte', () => {
    const once = serializeSidecar(sample());
    const result = parseSidecar(once, LABEL);
    assert.ok(result.ok);
    assert.equal(serializeSidecar(result.sidecar), once);
  });
});
