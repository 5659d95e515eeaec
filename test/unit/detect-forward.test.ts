// Specification of the forward shape: SOURCE CUE (that) CONTENT, with auxiliaries and negation in the cue.
import { assertDetects } from './support/spans';

describe('detectAttributions: SOURCE CUE (that) CONTENT', () => {
  it('takes a that-clause as content without "that" and without the final period', () => {
    const text = 'Kim stated that this advancement reflected the country’s efforts to bolster its defences.';
    assertDetects(text, [
      ['Kim', 'stated', 'this advancement reflected the country’s efforts to bolster its defences'],
    ]);
  });

  it('takes a bare clause after the cue as content', () => {
    const text = 'The United States said it would send more air-defence systems to the region.';
    assertDetects(text, [['The United States', 'said', 'it would send more air-defence systems to the region']]);
  });

  it('keeps auxiliaries in the cue and a noun phrase as content', () => {
    const text = 'Seoul has accused Pyongyang of supplying artillery shells to Moscow.';
    assertDetects(text, [['Seoul', 'has accused', 'Pyongyang of supplying artillery shells to Moscow']]);
  });

  it('skips an adjunct between the cue and "that"', () => {
    const text = 'The ministry said in a statement on Tuesday that the drills would continue until Friday.';
    assertDetects(text, [['The ministry', 'said', 'the drills would continue until Friday']]);
  });

  it('keeps the listener of "told" in the cue', () => {
    const text = 'Lee Sung-jun told reporters that the launch was detected shortly after dawn.';
    assertDetects(text, [['Lee Sung-jun', 'told reporters', 'the launch was detected shortly after dawn']]);
  });

  it('reads "heard that" as a report of what was heard, but not "heard" with a plain object', () => {
    assertDetects('I heard that they orchestrated the largest evacuation in Indian history.', [['I', 'heard', 'they orchestrated the largest evacuation in Indian history']]);
    assertDetects('We heard gunfire near the border.', []);
  });

  it('takes no claim from a bare infinitive after "help" or "let me"', () => {
    assertDetects('The samples will help explain how these animals burrow into hard ice.', []);
    assertDetects('Let me say that in order to rise you must be willing to go down with the ship.', []);
  });
});
