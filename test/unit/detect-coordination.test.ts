// Specification of coordinated reporting verbs: a second verb shares the subject of the first, never a conjunction.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: coordinated verbs', () => {
  it('gives a second verb after a quoted phrase the subject of the first', () => {
    const text = 'Analysts at Berenberg wrote in a research note that the delay was "a sensible admission" and suggested the carmaker could scale back.';
    assertDetects(text, [
      ['Analysts at Berenberg', 'wrote', 'the delay was "a sensible admission"'],
      ['Analysts at Berenberg', 'suggested', 'the carmaker could scale back'],
    ]);
  });

  it('gives a second verb with its own that-clause the subject of the first', () => {
    const text = 'Analysts at Jefferies described the decision as overdue and said that Norvik had moved too early.';
    assertDetects(text, [
      ['Analysts at Jefferies', 'described', 'the decision as overdue'],
      ['Analysts at Jefferies', 'said', 'Norvik had moved too early'],
    ]);
  });

  it('takes the sentence subject for a reporting verb coordinated with an action', () => {
    const text = 'Norvik cut its forecast and warned that demand would stay weak.';
    assertDetects(text, [['Norvik', 'warned', 'demand would stay weak']]);
  });

  it('never reports a conjunction as a source', () => {
    const text = 'Shares fell 6 percent after the delay was called "prudent but disappointing" and suggested more cuts.';
    const sources = detectAttributions(text).map((a) => a.source?.text);
    assert.ok(!sources.includes('and'), `sources: ${JSON.stringify(sources)}`);
  });

  it('takes the subject of the clause after a fronted subordinate clause for coordinated verbs', () => {
    const text = "Even though I'm not famous, when people come up to me and introduce themselves and say, 'Hey Frank, my name is John,' I smile.";
    assertDetects(text, [['people', 'say', 'Hey Frank, my name is John']]);
  });

  it('gives a second verb after a nested claim the subject of the outer one', () => {
    const text = 'Yvette Cooper said her party has supported the idea for months, and added it was damning.';
    assertDetects(text, [
      ['Yvette Cooper', 'said', 'her party has supported the idea for months'],
      ['Yvette Cooper', 'added', 'it was damning'],
      ['her party', 'has supported', 'the idea for months'],
    ]);
  });
});
