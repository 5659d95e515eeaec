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

  it('includes the listeners of US political news in the cue ("told pollsters", "told the press", "told a Senate hearing")', () => {
    assertDetects('Voters in Ohio told pollsters they were worried about jobs.', [['Voters in Ohio', 'told pollsters', 'they were worried about jobs']]);
    assertDetects('The senator told the press the bill was dead.', [['The senator', 'told the press', 'the bill was dead']]);
    assertDetects('He told a Senate hearing that the agency had failed.', [['He', 'told a Senate hearing', 'the agency had failed']]);
  });

  it('includes a possessive listener in the cue', () => {
    const text = 'Oduya told her supervisors that the transfers were wrong.';
    assertDetects(text, [['Oduya', 'told her supervisors', 'the transfers were wrong']]);
  });

  it('includes a listener described up to "that" in the cue', () => {
    const text = 'Lie told a radio interviewer that an election was not in anyone\'s interest.';
    assertDetects(text, [['Lie', 'told a radio interviewer', "an election was not in anyone's interest"]]);
  });

  it('ends the content before ", adding that" and gives the participle its own claim', () => {
    const text = 'She said the strategy was working, adding that sales rose.';
    assertDetects(text, [
      ['She', 'said', 'the strategy was working'],
      ['She', 'adding', 'sales rose'],
    ]);
  });

  it('ends the content before a reporting participle after a quotation', () => {
    const text = 'Lie told reporters that "all options are on the table," adding that he did not want an election.';
    assertDetects(text, [
      ['Lie', 'told reporters', 'all options are on the table'],
      ['Lie', 'adding', 'he did not want an election'],
    ]);
  });

  it('leaves a prepositional aside between commas out of the source', () => {
    const text = 'Carlos Mendez, at the regional office, said storms had stalled.';
    assertDetects(text, [['Carlos Mendez', 'said', 'storms had stalled']]);
  });

  it('keeps an apposition opened by an adverb of time in the source', () => {
    const text = 'Oduya, then a senior auditor at Harker, said she was sure.';
    assertDetects(text, [['Oduya, then a senior auditor at Harker,', 'said', 'she was sure']]);
  });

  it('does not read "added to" as a reporting verb', () => {
    assertDetects('The findings added to a growing body of evidence that sleep matters.', []);
  });

  it('leaves an adverb between the cue and "that" out of the content', () => {
    const text = 'Dahl said only that the board would review its guidance in August.';
    assertDetects(text, [['Dahl', 'said', 'the board would review its guidance in August']]);
  });

  it('keeps an approximate number at the start of the content', () => {
    const text = 'According to state figures, about 3,000 workers are employed at the site.';
    assertDetects(text, [['state figures', 'According to', 'about 3,000 workers are employed at the site']]);
  });

  it('skips a year after the cue but keeps the article that opens the content', () => {
    const text = 'He said in 2019 the plan would fail.';
    assertDetects(text, [['He', 'said', 'the plan would fail']]);
  });

  it('skips an adjunct before "that" for a cue inside a quotation', () => {
    const text = '"Doctors can\'t say from this study that sleep protects you," said Dr. Sabia.';
    assertDetects(text, [
      ['Doctors', "can't say", 'sleep protects you'],
      ['Dr. Sabia', 'said', "Doctors can't say from this study that sleep protects you"],
    ]);
  });

  it('reads an -ing noun behind a determiner as part of the adjunct before "that"', () => {
    assertDetects('Clinton said at the hearing that she had never sent classified material.', [['Clinton', 'said', 'she had never sent classified material']]);
    assertDetects("Rubio argued during Tuesday's briefing that the deal was weak.", [['Rubio', 'argued', 'the deal was weak']]);
  });
});
