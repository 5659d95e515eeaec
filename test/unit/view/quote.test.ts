import * as assert from 'node:assert/strict';
import { shortQuote } from '../../../src/core/view/quote';

describe('short quotes', () => {
  it('keeps a short text as it is', () => {
    assert.equal(shortQuote('Seoul said so.'), 'Seoul said so.');
  });

  it('puts a multi-line quote on one line', () => {
    assert.equal(shortQuote('“We will\r\n  respond,” he said.'), '“We will respond,” he said.');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    assert.equal(shortQuote('North Korea test-fired a new weapons system amid ties', 30), 'North Korea test-fired a new…');
  });

  it('never splits an emoji in half', () => {
    const quote = shortQuote(`${'x'.repeat(9)}😀yyyy`, 10);
    assert.equal(quote, `${'x'.repeat(9)}…`);
  });
});
