// Specification of what stands between a frame and its content: adjuncts, listeners, relative clauses about the source.
import { assertDetects } from './support/spans';

describe('detectAttributions: adjuncts and asides around a frame', () => {
  it('starts the content after an adjunct whose noun is also a reporting verb', () => {
    const text = 'Chief financial officer Petra Sand told investors on a conference call that the company remained "fully committed" to Ohio.';
    assertDetects(text, [['Chief financial officer Petra Sand', 'told investors', 'the company remained "fully committed" to Ohio']]);
  });

  it('reads a reporting noun inside a research note as part of the adjunct', () => {
    const text = 'Analysts wrote in a research note that margins would recover.';
    assertDetects(text, [['Analysts', 'wrote', 'margins would recover']]);
  });

  it('leaves a time adjunct out of the cue of a verb with a particle', () => {
    const text = 'The Gazette reported on Thursday that the ward would close.';
    assertDetects(text, [['The Gazette', 'reported', 'the ward would close']]);
  });

  it('includes a listener of several nouns in the cue', () => {
    const text = 'Ruth Amory told a council meeting on Friday that the ward could not be staffed.';
    assertDetects(text, [['Ruth Amory', 'told a council meeting', 'the ward could not be staffed']]);
  });

  it('keeps an inverted frame whose source is followed by an anonymity request', () => {
    const text = 'Workers were told of the delay on Wednesday, said an official of the union, who asked not to be identified.';
    assertDetects(text, [['an official of the union', 'said', 'Workers were told of the delay on Wednesday']]);
  });

  it('does not read a request for anonymity as a claim', () => {
    const text = 'One midwife, who asked that her name not be used, said two women had given birth in ambulances.';
    assertDetects(text, [['One midwife', 'said', 'two women had given birth in ambulances']]);
  });
});
