// Specification of pronoun sources resolved to the nearest earlier named source of the same kind in the paragraph.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';

/** [source text, antecedent text] of every claim, in order. */
function resolutions(text: string): [string | undefined, string | undefined][] {
  return detectAttributions(text).map((a) => [a.source?.text, a.antecedent?.text]);
}

describe('detectAttributions: pronoun sources', () => {
  it('resolves "she" to the named person who spoke earlier in the paragraph, keeping the pronoun as the source', () => {
    const text = 'Chief financial officer Petra Sand said the plant would open. "We are slowing down," she said.';
    const claims = detectAttributions(text);
    assert.equal(claims[1].source?.text, 'she');
    assert.deepEqual(claims[1].antecedent, { start: 0, end: 34, text: 'Chief financial officer Petra Sand' });
  });

  it('resolves "they" to a group, skipping a named person in between', () => {
    const text = 'Analysts at Jefferies said the plan was late. Mayor Tom Hallett said he was sorry. They added that costs would rise.';
    assert.deepEqual(resolutions(text), [
      ['Analysts at Jefferies', undefined],
      ['Mayor Tom Hallett', undefined],
      ['They', 'Analysts at Jefferies'],
    ]);
  });

  it('does not take an organisation with a capitalized name for a person', () => {
    const text = 'The Commerce Department said the grant was on schedule. He added that nothing had changed.';
    assert.deepEqual(resolutions(text), [
      ['The Commerce Department', undefined],
      ['He', undefined],
    ]);
  });

  it('does not reach into an earlier paragraph', () => {
    const text = 'Councillor Dev Patel said he would table a motion.\n\n"It will pass," he said.';
    assert.deepEqual(resolutions(text), [
      ['Councillor Dev Patel', undefined],
      ['he', undefined],
    ]);
  });

  it('leaves a source that is not a pronoun without an antecedent', () => {
    const text = 'Maria Lopez, a spokeswoman for the agency, said the figures would be revised.';
    assert.equal(detectAttributions(text)[0].antecedent, undefined);
  });
});
