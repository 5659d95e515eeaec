// Specification of sources: appositions, relative clauses, parentheticals, pronouns, nominal and possessive sources.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects, expected, parts } from './support/spans';

describe('detectAttributions: sources', () => {
  it('includes an apposition set off by commas in the source', () => {
    const text = 'Maria Lopez, a spokeswoman for the agency, said the figures would be revised.';
    assertDetects(text, [['Maria Lopez, a spokeswoman for the agency,', 'said', 'the figures would be revised']]);
  });

  it('gives a source with no appositive no comma after it', () => {
    const text = 'Maria Lopez, who chairs the panel, said the figures would be revised. The figures will be revised, Lopez said, adding that the errors were small.';
    assert.deepEqual(detectAttributions(text).map((a) => a.source?.text), ['Maria Lopez', 'Lopez', 'Lopez']);
  });

  it('includes a name apposition after a role in the source', () => {
    const text = 'A spokesman, Jan Bakker, told reporters the backlog could take a week to clear.';
    assertDetects(text, [['A spokesman, Jan Bakker,', 'told reporters', 'the backlog could take a week to clear']]);
  });

  it('keeps an abbreviated apposition such as a party and state in the source', () => {
    const text = 'Sen. Mitch McConnell, R-Ky., said the bill would pass the Senate next week.';
    assertDetects(text, [['Sen. Mitch McConnell, R-Ky.,', 'said', 'the bill would pass the Senate next week']]);
  });

  it('takes the antecedent of "who" as the source of the relative clause', () => {
    const text = 'The move was welcomed by analyst Hong Min, who emphasized the potential impact on radar systems.';
    assertDetects(text, [['analyst Hong Min', 'emphasized', 'the potential impact on radar systems']]);
  });

  it('keeps a document seen by a news outlet whole as the source, agent and all (Wikinews)', () => {
    const text = 'A leaked internal letter seen by Sky News says the deadline is strict. Documents seen by the BBC show that the plan was dropped.';
    assert.deepEqual(detectAttributions(text).map((a) => a.source?.text), ['A leaked internal letter seen by Sky News', 'Documents seen by the BBC']);
  });

  it('leaves a time adjunct out of the source with its preposition (Wikinews)', () => {
    const text = 'Posts on the message board for the site Operation Clambake from Friday theorized that an attack had occurred.';
    assert.deepEqual(detectAttributions(text).map((a) => a.source?.text), ['Posts on the message board for the site Operation Clambake']);
  });

  it('takes the antecedent of "who" after a phrasal verb without its particle and preposition (Wikinews)', () => {
    const text = 'McDonnell did well pushing back against Senate Democrats who wanted to raise taxes.';
    assert.deepEqual(detectAttributions(text).map((a) => a.source?.text), ['Senate Democrats']);
  });

  it('takes the antecedent of "who" from the clause a subject pronoun opens, not the clause itself (Wikinews)', () => {
    const text = 'He traveled to Florida to meet with Devocht, who had told Montalvo he would assist him with future employment and housing.';
    assert.deepEqual(detectAttributions(text).map((a) => a.source?.text), ['Devocht']);
  });

  it('keeps a parenthetical abbreviation in the source', () => {
    const text = 'The Korean Central News Agency (KCNA) reported that the leader oversaw the test.';
    assertDetects(text, [['The Korean Central News Agency (KCNA)', 'reported', 'the leader oversaw the test']]);
  });

  it('reports a pronoun source as it stands', () => {
    const text = 'She added that the company would cut 300 jobs.';
    assert.deepEqual(detectAttributions(text).map(parts), [expected(text, 'She', 'added', 'the company would cut 300 jobs')]);
  });

  it('takes a nominal source with an evidential verb', () => {
    const text = 'Reports from Western intelligence agencies indicate the dispatch of over 10,000 soldiers.';
    assertDetects(text, [
      ['Reports from Western intelligence agencies', 'indicate', 'the dispatch of over 10,000 soldiers'],
    ]);
  });

  it('takes the possessor of an attribution noun as its source, without the possessive ending', () => {
    const text = 'The ministry’s statement that the talks had collapsed surprised diplomats.';
    const [claim] = detectAttributions(text).map(parts);
    assert.deepEqual({ source: claim.source?.text, cue: claim.cue?.text }, { source: 'The ministry', cue: 'statement' });
  });

  it('gives a second coordinated verb the subject of the first', () => {
    const text = 'The operators said they regretted the walkout, but insisted that automation was necessary.';
    assertDetects(text, [
      ['The operators', 'said', 'they regretted the walkout'],
      ['The operators', 'insisted', 'automation was necessary'],
    ]);
  });
});
