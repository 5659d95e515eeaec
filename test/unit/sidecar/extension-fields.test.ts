import * as assert from 'node:assert/strict';
import { reanchor } from '../../../src/core/anchor';
import { addManualClaim, emptySidecar, updateClaim, upsertSource } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';
const TEXT = 'Officials said the bridge would reopen in May.';
const LABEL = 'article.txt.claims.json';

type Json = Record<string, unknown> & { claims: Record<string, unknown>[]; sources: Record<string, unknown>[] };

/** A written sidecar with one source and one claim, as JSON that another tool then extends. */
function written(): Json {
  const added = addManualClaim(emptySidecar('article.txt', TEXT), TEXT, 0, TEXT.length, NOW);
  const withSource = upsertSource(added.sidecar, { name: 'Officials', aliases: [], kind: 'government', reliability: 'C', note: '' });
  const rated = updateClaim(withSource.sidecar, added.claim.id, { sourceId: withSource.source.id, credibility: 3 }, NOW);
  return JSON.parse(serializeSidecar(rated));
}

function extendedByAnotherTool(): Json {
  const json = written();
  json['x-checker'] = { version: '2.1', run: '2026-01-02' };
  json.sources[0]['x-wikidata'] = 'Q7188';
  json.claims[0]['x-verdict'] = { label: 'misleading', by: ['desk'] };
  json.claims[0]['x-a-first'] = 1;
  return json;
}

function parsed(json: Json): Sidecar {
  const result = parseSidecar(JSON.stringify(json, null, 2), LABEL);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.sidecar;
}

describe('x- fields of other tools in a sidecar', () => {
  it('are accepted at the top level, on sources and on claims', () => {
    const sidecar = parsed(extendedByAnotherTool());
    assert.deepEqual(sidecar['x-checker'], { version: '2.1', run: '2026-01-02' });
    assert.equal(sidecar.sources[0]['x-wikidata'], 'Q7188');
    assert.deepEqual(sidecar.claims[0]['x-verdict'], { label: 'misleading', by: ['desk'] });
  });

  it('are written back with their values unchanged', () => {
    const rewritten = JSON.parse(serializeSidecar(parsed(extendedByAnotherTool())));
    assert.deepEqual(rewritten, extendedByAnotherTool());
  });

  it('are written after ClaimLens fields, sorted by name', () => {
    const claim = JSON.parse(serializeSidecar(parsed(extendedByAnotherTool()))).claims[0];
    assert.deepEqual(Object.keys(claim).slice(-3), ['modified', 'x-a-first', 'x-verdict']);
  });

  it('survive an edit of the claim and re-anchoring to a changed text', () => {
    const sidecar = parsed(extendedByAnotherTool());
    const edited = updateClaim(sidecar, sidecar.claims[0].id, { note: 'checked' }, NOW);
    const moved = reanchor(edited, `Update: ${TEXT}`);
    const rewritten = JSON.parse(serializeSidecar(moved));
    assert.deepEqual(rewritten.claims[0]['x-verdict'], { label: 'misleading', by: ['desk'] });
    assert.equal(rewritten.sources[0]['x-wikidata'], 'Q7188');
    assert.deepEqual(rewritten['x-checker'], { version: '2.1', run: '2026-01-02' });
  });

  it('survive a change of the source they are on', () => {
    const sidecar = parsed(extendedByAnotherTool());
    const source = sidecar.sources[0];
    const rerated = upsertSource(sidecar, { ...source, reliability: 'B' }).sidecar;
    assert.equal(rerated.sources[0]['x-wikidata'], 'Q7188');
    assert.equal(rerated.sources[0].reliability, 'B');
  });

  it('are the only unknown fields accepted: another unknown claim field is refused, naming the x- rule', () => {
    const json = written();
    json.claims[0].verdict = 'misleading';
    const result = parseSidecar(JSON.stringify(json), LABEL);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^article\.txt\.claims\.json: claims\[0\]\.verdict is not a known field \(fields of other tools must be named "x-…"\)/);
  });

  it('are refused inside a claim target, which belongs to the W3C selector format', () => {
    const json = written();
    json.claims[0].target = { ...(json.claims[0].target as object), 'x-tool': 1 };
    const result = parseSidecar(JSON.stringify(json), LABEL);
    assert.match(result.ok ? '' : result.error, /claims\[0\]\.target\.x-tool is not a known field$/);
  });
});
