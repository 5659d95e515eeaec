// Specification of the gold file reader: a gold file is accepted only when every span matches the article text.
import * as assert from 'node:assert/strict';
import { parseGold } from '../../src/core/detect/gold';

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

  it('reports JSON syntax errors with the file name', () => {
    const result = parseGold('{"file": ', text, 'a.gold.json');
    assert.match(result.ok ? '' : result.error, /^a\.gold\.json: not valid JSON/);
  });
});
