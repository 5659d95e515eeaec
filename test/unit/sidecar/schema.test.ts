import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { addManualClaim, emptySidecar, updateClaim, upsertSource } from '../../../src/core/model/annotations';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const NOW = '2026-01-01T00:00:00Z';
const TEXT = 'Officials said the bridge would reopen in May, a spokesperson added.';
const schema: object = JSON.parse(readFileSync(path.join(__dirname, '../../../schemas/sidecar-v1.schema.json'), 'utf8'));
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);

type Json = Record<string, unknown> & { claims: Record<string, unknown>[]; sources: Record<string, unknown>[]; document: Record<string, unknown> };

function sample(): Json {
  const added = addManualClaim(emptySidecar('article.txt', TEXT), TEXT, 0, 45, NOW);
  const source = upsertSource(added.sidecar, { name: 'Officials', aliases: [], kind: 'government', reliability: 'C', note: '' });
  const rated = updateClaim(source.sidecar, added.claim.id, { sourceId: source.source.id, credibility: 3, tags: ['transport'] }, NOW);
  return JSON.parse(serializeSidecar(rated));
}

/** Structural variations the schema can express; cross-field rules (unique ids, offsets within the text) are the validator's alone. */
const variations: Record<string, (j: Json) => void> = {
  'the sample as written': () => undefined,
  'an orphan claim': (j) => { j.claims[0].orphan = true; },
  'a claim without source or rating': (j) => { j.claims[0].sourceId = null; j.claims[0].credibility = null; },
  'version 2': (j) => { j.version = 2; },
  'no version': (j) => { delete j.version; },
  'credibility 0': (j) => { j.claims[0].credibility = 0; },
  'credibility as a string': (j) => { j.claims[0].credibility = '3'; },
  'reliability G': (j) => { j.sources[0].reliability = 'G'; },
  'an unknown state': (j) => { j.claims[0].state = 'maybe'; },
  'a negative offset': (j) => { j.claims[0].target = { ...(j.claims[0].target as object), start: -1 }; },
  'a fractional offset': (j) => { j.document.length = 1.5; },
  'a malformed hash': (j) => { j.document.hash = 'md5:abc'; },
  'tags as a string': (j) => { j.claims[0].tags = 'a'; },
  'a missing note': (j) => { delete j.claims[0].note; },
  'an unknown claim field': (j) => { j.claims[0].colour = 'red'; },
  'an empty claim id': (j) => { j.claims[0].id = ''; },
  'a date that is not ISO 8601': (j) => { j.claims[0].created = 'yesterday'; },
  'a hedge without text': (j) => { j.claims[0].hedges = [{ start: 0, end: 0 }]; },
  'claims as an object': (j) => { j.claims = {} as unknown as Json['claims']; },
  'x- fields of another tool': (j) => { j['x-tool'] = { run: 3 }; j.sources[0]['x-wikidata'] = 'Q1'; j.claims[0]['x-review'] = ['ok']; },
  'an x- field inside a target': (j) => { j.claims[0].target = { ...(j.claims[0].target as object), 'x-tool': 1 }; },
  'a kind the user chose': (j) => { j.claims[0].kind = 'characterization'; j.claims[0].kindOrigin = 'manual'; },
  'a kind of null': (j) => { j.claims[0].kind = null; },
  'an unknown kind': (j) => { j.claims[0].kind = 'rumour'; },
  'an unknown kind origin': (j) => { j.claims[0].kind = 'belief'; j.claims[0].kindOrigin = 'user'; },
  'a source that refers to a fuller mention': (j) => { j.claims[0].source = { start: 0, end: 9, text: 'Officials', refersTo: { start: 47, end: 60, text: 'a spokesperso' } }; },
  'a refersTo without text': (j) => { j.claims[0].source = { start: 0, end: 9, text: 'Officials', refersTo: { start: 47, end: 60 } }; },
  'a cue that refers to something': (j) => { j.claims[0].cue = { start: 10, end: 14, text: 'said', refersTo: { start: 0, end: 9, text: 'Officials' } }; },
};

describe('sidecar JSON Schema and validator', () => {
  for (const [name, change] of Object.entries(variations)) {
    it(`agree on ${name}`, () => {
      const json = sample();
      change(json);
      const bySchema = validateWithSchema(json);
      const byValidator = parseSidecar(JSON.stringify(json), 'article.txt.claims.json').ok;
      assert.equal(byValidator, bySchema, `schema says ${bySchema}, validator says ${byValidator}`);
    });
  }

  it('accept the sample and refuse every other variation', () => {
    const accepted = Object.entries(variations).filter(([, change]) => {
      const json = sample();
      change(json);
      return validateWithSchema(json);
    });
    assert.deepEqual(accepted.map(([name]) => name), [
      'the sample as written', 'an orphan claim', 'a claim without source or rating', 'x- fields of another tool', 'a kind the user chose',
      'a kind of null',
      'a source that refers to a fuller mention',
    ]);
  });
});
