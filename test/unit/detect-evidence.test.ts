// Specification of documents and data as sources: records, filings, figures and data that show a finding.
import { assertDetects } from './support/spans';

describe('detectAttributions: documents and data as sources', () => {
  it('takes records as the source of "show"', () => {
    const text = 'Staffing records show the ward relied on agency midwives for 41 percent of its shifts.';
    assertDetects(text, [['Staffing records', 'show', 'the ward relied on agency midwives for 41 percent of its shifts']]);
  });

  it('reads "show" as a verb after plural figures with a participle phrase', () => {
    const text = 'Figures published by the trust show births at the hospital fell by a quarter.';
    assertDetects(text, [['Figures published by the trust', 'show', 'births at the hospital fell by a quarter']]);
  });

  it('reads "show" as a verb after data with a prepositional phrase', () => {
    const text = "Data from the European Automobile Manufacturers' Association show registrations fell 27 percent.";
    assertDetects(text, [["Data from the European Automobile Manufacturers' Association", 'show', 'registrations fell 27 percent']]);
  });

  it('keeps the whole postmodifier of a cited body of data in the source', () => {
    const text = 'Prices rose sharply, the agency said, citing data from the statistics office.';
    assertDetects(text, [
      ['the agency', 'said', 'Prices rose sharply'],
      ['data from the statistics office', 'citing', 'Prices rose sharply'],
    ]);
  });

  it('keeps a participle with its preposition in a source after "according to"', () => {
    const text = 'According to internal emails later disclosed to a parliamentary committee, one partner objected.';
    assertDetects(text, [['internal emails later disclosed to a parliamentary committee', 'According to', 'one partner objected']]);
  });

  it('reads "short that-clauses" with an unknown verb as clauses, without "that"', () => {
    const text = 'Data from the statistics office showed that inflation rose.';
    assertDetects(text, [['Data from the statistics office', 'showed', 'inflation rose']]);
  });

  it('takes a map as a source of evidence that shows a plain object', () => {
    const text = 'This map shows the location of the Ross Ice Shelf in the Antarctic.';
    assertDetects(text, [['This map', 'shows', 'the location of the Ross Ice Shelf in the Antarctic']]);
  });

  it('keeps a passive infinitive and its time in the source of "show"', () => {
    const text = 'Figures to be published today show a record 45,756 migrants crossed the Channel last year.';
    assertDetects(text, [['Figures to be published today', 'show', 'a record 45,756 migrants crossed the Channel last year']]);
  });

  it('reads a poll that "found" a small clause as evidence with the small clause as content', () => {
    assertDetects('A Quinnipiac poll found Clinton leading by five points.', [['A Quinnipiac poll', 'found', 'Clinton leading by five points']]);
  });

  it('finds no evidence in a person who "found" a plain object', () => {
    assertDetects('Investigators found the body.', []);
  });

  it('reads "polling" as a body of evidence, a noun, at the end of its source', () => {
    assertDetects('Internal polling suggests the race has tightened.', [['Internal polling', 'suggests', 'the race has tightened']]);
  });
});
