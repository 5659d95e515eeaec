import * as assert from 'node:assert/strict';
import { applyTextEdits, type TextEdit } from '../../../src/core/anchor';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { applyToText } from '../properties/arbitraries';

const NOW = '2026-01-01T00:00:00Z';
const TEXT = 'Intro sentence here. Tass reported that the talks failed. Closing words.';
const QUOTE = 'Tass reported that the talks failed.';
const AT = TEXT.indexOf(QUOTE);

function withClaim(): Sidecar {
  return addManualClaim(emptySidecar('a.txt', TEXT), TEXT, AT, AT + QUOTE.length, NOW).sidecar;
}

function after(edits: TextEdit[]): { text: string; claim: Sidecar['claims'][number] } {
  const text = applyToText(TEXT, edits);
  return { text, claim: applyTextEdits(withClaim(), edits, text).claims[0] };
}

function selection(r: { text: string; claim: Sidecar['claims'][number] }): string {
  return r.text.slice(r.claim.target.start, r.claim.target.end);
}

describe('applyTextEdits', () => {
  it('shifts a claim when text is typed before it', () => {
    const r = after([{ start: 0, end: 0, newText: 'NEW ' }]);
    assert.equal(r.claim.target.start, AT + 4);
    assert.equal(selection(r), QUOTE);
  });

  it('leaves a claim alone when text is typed after it', () => {
    const r = after([{ start: TEXT.length, end: TEXT.length, newText: ' More.' }]);
    assert.equal(r.claim.target.start, AT);
    assert.equal(selection(r), QUOTE);
  });

  it('keeps text typed right at the start of a claim outside it', () => {
    const r = after([{ start: AT, end: AT, newText: 'X' }]);
    assert.equal(selection(r), QUOTE);
  });

  it('keeps text typed right at the end of a claim outside it', () => {
    const r = after([{ start: AT + QUOTE.length, end: AT + QUOTE.length, newText: 'X' }]);
    assert.equal(selection(r), QUOTE);
  });

  it('grows a claim when text is typed inside it', () => {
    const inside = AT + 'Tass reported'.length;
    const r = after([{ start: inside, end: inside, newText: ' on Monday' }]);
    assert.equal(selection(r), 'Tass reported on Monday that the talks failed.');
  });

  it('shrinks a claim when part of it is deleted', () => {
    const from = AT + QUOTE.indexOf(' the talks');
    const r = after([{ start: from, end: from + ' the talks'.length, newText: '' }]);
    assert.equal(selection(r), 'Tass reported that failed.');
    assert.equal(r.claim.target.exact, 'Tass reported that failed.');
  });

  it('keeps the rest of a claim when a deletion cuts into its start', () => {
    const r = after([{ start: AT - 5, end: AT + 5, newText: '' }]);
    assert.equal(selection(r), 'reported that the talks failed.');
  });

  it('turns a claim into an orphan when its whole text is deleted', () => {
    const r = after([{ start: AT - 1, end: AT + QUOTE.length, newText: '' }]);
    assert.equal(r.claim.orphan, true);
    assert.equal(r.claim.target.exact, QUOTE);
  });

  it('turns a claim into an orphan when something else is pasted over it', () => {
    const r = after([{ start: AT, end: AT + QUOTE.length, newText: 'Pasted text.' }]);
    assert.equal(r.claim.orphan, true);
  });

  it('places the orphan again when the deletion is undone', () => {
    const deletion = [{ start: AT, end: AT + QUOTE.length, newText: '' }];
    const deleted = applyToText(TEXT, deletion);
    const orphaned = applyTextEdits(withClaim(), deletion, deleted);
    const undo = [{ start: AT, end: AT, newText: QUOTE }];
    const restored = applyTextEdits(orphaned, undo, applyToText(deleted, undo));
    assert.equal(restored.claims[0].orphan, false);
    assert.equal(TEXT.slice(restored.claims[0].target.start, restored.claims[0].target.end), QUOTE);
  });

  it('applies every cursor of a multi-cursor edit', () => {
    const r = after([
      { start: 0, end: 0, newText: '>> ' },
      { start: AT + QUOTE.length + 1, end: AT + QUOTE.length + 1, newText: '>> ' },
      { start: 6, end: 14, newText: '' },
    ]);
    assert.equal(selection(r), QUOTE);
  });

  it('follows a replace-all that changes a word inside and outside the claim', () => {
    const edits = [...TEXT.matchAll(/the/g)].map((m) => ({ start: m.index, end: m.index + 3, newText: 'THE' }));
    const r = after(edits);
    assert.equal(selection(r), 'Tass reported that THE talks failed.');
  });

  it('refreshes the context stored with the claim', () => {
    const r = after([{ start: 0, end: 5, newText: 'Opening' }]);
    assert.equal(r.claim.target.prefix, 'Opening sentence here. ');
  });
});
