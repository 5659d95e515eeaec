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

  it('reads ⏎ in a snippet as a line break, for context across lines', () => {
    assert.deepEqual(resolveSnippet(article, 'failed.⏎⟦A⟧', whole), { start: 45, end: 46, text: 'A' });
  });

  it('looks for a source missing near the content in the paragraph before, over blank lines', () => {
    const text = 'The minister said:\n\n“We will rebuild.”\n';
    const { gold, errors } = resolveAuthoring('file: a.txt\nThe minister | said | We will rebuild | statement\n', text, 'a');
    assert.deepEqual(errors, []);
    assert.deepEqual(gold.claims[0].source, { start: 0, end: 12, text: 'The minister' });
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

  it("rejects a source that leaves out its appositive's closing comma", () => {
    const text = 'Jane Doe, a professor at Yale, said the plan would fail.';
    const { errors } = resolveAuthoring('file: a.txt\nJane Doe, a professor at Yale | said | the plan would fail | statement\n', text, 'a');
    assert.match(errors[0], /closing comma/);
    const { errors: none } = resolveAuthoring('file: a.txt\nJane Doe, a professor at Yale, | said | the plan would fail | statement\n', text, 'a');
    assert.deepEqual(none, []);
  });

  it('lists claims in document order whatever the authoring order', () => {
    const authoring = 'file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow\nThe ministry | ⟦said⟧ that | the talks had failed\n';
    const { gold } = resolveAuthoring(authoring, article, 'a');
    assert.deepEqual(gold.claims.map((c) => c.content.text), ['the talks had failed', 'more talks may follow']);
  });

  it('takes the claim kind from a word among the flags', () => {
    const { gold, errors } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | the talks had failed | statement\n', article, 'a');
    assert.deepEqual(errors, []);
    assert.equal(gold.claims[0].kind, 'statement');
  });

  it('leaves the kind out of a claim whose flags name none', () => {
    const { gold } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | the talks had failed\n', article, 'a');
    assert.equal('kind' in gold.claims[0], false);
  });

  it('refuses a claim without a kind when kinds are required', () => {
    const { errors } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | the talks had failed | hedged\n', article, 'a', { requireKind: true });
    assert.match(errors[0], /a:2: no kind among the flags/);
  });

  it('refuses two kinds for one claim', () => {
    const { errors } = resolveAuthoring('file: a.txt\nThe ministry | ⟦said⟧ that | the talks had failed | statement belief\n', article, 'a');
    assert.match(errors[0], /more than one kind \(statement, belief\)/);
  });

  it('resolves a refersTo field to the fullest mention anywhere in the article', () => {
    const authoring = 'file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow | hedged statement | refersTo: A spokesman\n';
    const { gold, errors } = resolveAuthoring(authoring, article, 'a');
    assert.deepEqual(errors, []);
    assert.deepEqual(gold.claims[0].source, { start: 94, end: 96, text: 'he', refersTo: { start: 45, end: 56, text: 'A spokesman' } });
  });

  it('accepts a refersTo field after empty flags', () => {
    const { gold, errors } = resolveAuthoring('file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow |  | refersTo: A spokesman\n', article, 'a');
    assert.deepEqual(errors, []);
    assert.equal(gold.claims[0].source?.refersTo?.text, 'A spokesman');
  });

  it('refuses a refersTo mention that occurs more than once', () => {
    const { errors } = resolveAuthoring('file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow | statement | refersTo: talks\n', article, 'a');
    assert.match(errors[0], /refersTo "talks" is ambiguous \(2 places\)/);
  });

  it('refuses a refersTo that is the source itself', () => {
    const { errors } = resolveAuthoring('file: a.txt\nA spokesman | ⟦said⟧ the | the ministry would ⋯ respond | statement | refersTo: A spokesman\n', article, 'a');
    assert.match(errors[0], /refersTo is the source itself/);
  });

  it('refuses a fifth field that is not a refersTo', () => {
    const { errors } = resolveAuthoring('file: a.txt\n⟦he⟧ said more | ⟦said⟧ more | more talks may follow | statement | A spokesman\n', article, 'a');
    assert.match(errors[0], /fifth field must read "refersTo: <snippet>"/);
  });
});
