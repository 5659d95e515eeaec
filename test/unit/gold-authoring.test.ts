// Specification of the gold authoring resolver: snippets become exact offsets, and anything ambiguous is refused.
import * as assert from 'node:assert/strict';
import { resolveAuthoring, resolveSnippet } from '../../scripts/gold/authoring';

const article = 'The ministry said that the talks had failed.\nA spokesman said the ministry would respond, and he said more talks may follow.\n';
const whole = { start: 0, end: article.length };

describe('gold authoring', () => {
  it('resolves a snippet that occurs once to its offsets', () => {
    assert.deepEqual(resolveSnippet(article, 'the talks had failed', whole), { start: 23, end: 43, text: 'the talks had failed' });
  });

  it('refuses a snippet that occurs more than once', () => {
    assert.match(String(resolveSnippet(article, 'said', whole)), /ambiguous \(3 places\)/);
  });

  it('does not match inside a longer word', () => {
    assert.deepEqual(resolveSnippet(article, 'he', whole), { start: 94, end: 96, text: 'he' });
  });

  it('takes the marked part of a longer context', () => {
    const span = resolveSnippet(article, 'A spokesman ⟦said⟧', whole);
    assert.deepEqual(span, { start: 57, end: 61, text: 'said' });
  });

  it('expands ⋯ to everything between the two ends', () => {
    const span = resolveSnippet(article, 'the ministry would ⋯ respond', whole);
    assert.equal(typeof span === 'object' && span.text, 'the ministry would respond');
  });

  it('builds a claim with source, cue, content and the hedged flag', () => {
    const { gold, errors } = resolveAuthoring('file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow | hedged\n', article, 'a');
    assert.deepEqual(errors, []);
    assert.deepEqual(gold.claims[0], {
      source: { start: 94, end: 96, text: 'he' },
      cue: { start: 97, end: 101, text: 'said' },
      content: { start: 102, end: 123, text: 'more talks may follow' },
      hedged: true,
    });
  });

  it('rejects content that keeps the complementizer "that"', () => {
    const { errors } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | that the talks had failed\n', article, 'a');
    assert.match(errors[0], /a:2: .*complementizer/);
  });

  it('rejects content that keeps the final period', () => {
    const { errors } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | the talks had failed.\n', article, 'a');
    assert.match(errors[0], /sentence punctuation/);
  });

  it('lists claims in document order whatever the authoring order', () => {
    const authoring = 'file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow\nThe ministry | ⟦said⟧ that | the talks had failed\n';
    const { gold } = resolveAuthoring(authoring, article, 'a');
    assert.deepEqual(gold.claims.map((c) => c.content.text), ['the talks had failed', 'more talks may follow']);
  });
});
