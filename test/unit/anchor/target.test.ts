import * as assert from 'node:assert/strict';
import { CONTEXT_LENGTH, makeTarget } from '../../../src/core/anchor';

describe('makeTarget', () => {
  const text = `${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`;

  it('keeps the quote and 32 characters of context on each side', () => {
    const t = makeTarget(text, 50, 55);
    assert.deepEqual(t, { start: 50, end: 55, exact: 'QUOTE', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(CONTEXT_LENGTH) });
  });

  it('keeps what context there is near the edges of the text', () => {
    const t = makeTarget('He said: yes.', 9, 12);
    assert.equal(t.prefix, 'He said: ');
    assert.equal(t.suffix, '.');
  });

  it('never splits an emoji at the edge of the context', () => {
    const emoji = '😀';
    const before = `${emoji}${'x'.repeat(31)}`;
    const t = makeTarget(`${before}QUOTE${'y'.repeat(31)}${emoji}`, before.length, before.length + 5);
    assert.equal(t.prefix, before);
    assert.equal(t.suffix, `${'y'.repeat(31)}${emoji}`);
  });

  it('refuses offsets outside the text', () => {
    assert.throws(() => makeTarget('short', 2, 9), /outside the text \(length 5\)/);
  });
});
