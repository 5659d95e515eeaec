// Specification of "citing": a second source for a reported content, or a reason that is no source at all.
import { assertDetects } from './support/spans';

describe('detectAttributions: citing', () => {
  it('keeps the subject as the source of the main verb when "citing X" stands before its that-clause', () => {
    const text = 'The paper reported on Tuesday, citing two people familiar with the matter, that the talks had collapsed.';
    assertDetects(text, [
      ['The paper', 'reported', 'the talks had collapsed'],
      ['two people familiar with the matter', 'citing', 'the talks had collapsed'],
    ]);
  });

  it('adds the cited documents as a second source of an inverted frame', () => {
    const text = 'The ward will close in June, the Gazette reported, citing internal documents from the hospital trust.';
    assertDetects(text, [
      ['the Gazette', 'reported', 'The ward will close in June'],
      ['internal documents from the hospital trust', 'citing', 'The ward will close in June'],
    ]);
  });

  it('gives a sentence-initial "citing X" the content of the verb that follows', () => {
    const text = "Citing the trust's own figures, the college said the infirmary had no spare capacity.";
    assertDetects(text, [
      ["the trust's own figures", 'Citing', 'the infirmary had no spare capacity'],
      ['the college', 'said', 'the infirmary had no spare capacity'],
    ]);
  });

  it('treats a cited reason for an action as no attribution', () => {
    assertDetects('The company postponed the plant, citing higher construction costs.', []);
  });

  it('treats a cited reason after a reported decision as no second source', () => {
    const text = 'Norvik said it would postpone the plant, citing higher costs and weaker demand.';
    assertDetects(text, [['Norvik', 'said', 'it would postpone the plant']]);
  });
});
