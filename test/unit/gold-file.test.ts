// Specification of the gold file reader: a gold file is accepted only when every span matches the article text.
import * as assert from 'node:assert/strict';
import { parseGold } from '../../scripts/gold/goldFile';

const text = 'Police said the road was closed.';
const claim = {
  source: { start: 0, end: 6, text: 'Police' },
  cue: { start: 7, end: 11, text: 'said' },
  content: { start: 12, end: 31, text: 'the road was closed' },
  hedged: false,
};

function raw(claims: unknown[]): string {
  return JSON.stringify({ file: 'a.txt', note: '', claims });
}

describe('gold file reader', () => {
  it('reads a gold file whose spans match the article', () => {
    const result = parseGold(raw([claim]), text, 'a.gold.json');
    assert.deepEqual(result, { ok: true, gold: { file: 'a.txt', note: '', claims: [claim] } });
  });

  it('names the file, claim and field when a span text differs from the article', () => {
    const result = parseGold(raw([{ ...claim, cue: { start: 7, end: 11, text: 'says' } }]), text, 'a.gold.json');
    assert.deepEqual(result, { ok: false, error: 'a.gold.json: claims[0].cue says "says" but the article has "said" at 7–11' });
  });

  it('refuses offsets beyond the end of the article', () => {
    const result = parseGold(raw([{ ...claim, content: { start: 12, end: 99, text: 'x' } }]), text, 'a.gold.json');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /claims\[0\]\.content has offsets 12–99 outside the article/);
  });

  it('accepts a claim without source or cue', () => {
    const result = parseGold(raw([{ ...claim, source: null, cue: null }]), text, 'a.gold.json');
    assert.equal(result.ok, true);
  });

  it('refuses a claim without a hedged flag', () => {
    const { source, cue, content } = claim;
    const result = parseGold(raw([{ source, cue, content }]), text, 'a.gold.json');
    assert.deepEqual(result, { ok: false, error: 'a.gold.json: claims[0].hedged must be true or false' });
  });

  it('reads a claim kind and a source that refers to a fuller mention', () => {
    const article = 'Chief Jane Roe said the road was closed. Roe said it would reopen.';
    const withKind = {
      source: { start: 41, end: 44, text: 'Roe', refersTo: { start: 0, end: 14, text: 'Chief Jane Roe' } },
      cue: { start: 45, end: 49, text: 'said' },
      content: { start: 50, end: 65, text: 'it would reopen' },
      hedged: false,
      kind: 'statement',
    };
    assert.deepEqual(parseGold(raw([withKind]), article, 'a.gold.json'), { ok: true, gold: { file: 'a.txt', note: '', claims: [withKind] } });
  });

  it('refuses a kind that is not one of the seven', () => {
    const result = parseGold(raw([{ ...claim, kind: 'rumour' }]), text, 'a.gold.json');
    assert.match(result.ok ? '' : result.error, /claims\[0\]\.kind must be one of statement, belief, .* not "rumour"/);
  });

  it('refuses a refersTo whose text differs from the article', () => {
    const source = { ...claim.source, refersTo: { start: 0, end: 6, text: 'Police chief' } };
    const result = parseGold(raw([{ ...claim, source }]), text, 'a.gold.json');
    assert.match(result.ok ? '' : result.error, /claims\[0\]\.source\.refersTo says "Police chief"/);
  });

  it('refuses a claim without a kind when the set requires kinds', () => {
    const result = parseGold(raw([claim]), text, 'a.gold.json', { requireKind: true });
    assert.deepEqual(result, { ok: false, error: 'a.gold.json: claims[0] has no kind (required in this gold set)' });
  });

  it('reports JSON syntax errors with the file name', () => {
    const result = parseGold('{"file": ', text, 'a.gold.json');
    assert.match(result.ok ? '' : result.error, /^a\.gold\.json: not valid JSON/);
  });
});
