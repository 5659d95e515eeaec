// Specification of source resolution: each source stands for the fullest mention of who spoke, or for nothing when unsure.
// Sentences marked "Wikinews" are quoted from English Wikinews (CC BY 2.5) as collected in the GUM corpus (Zeldes 2017).
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../../src/core/detect';

/** [source, refersTo] of every claim with a source, in order; refersTo is null where the source is not resolved. */
function resolved(text: string): [string, string | null][] {
  return detectAttributions(text, { resolveSources: true }).flatMap((a) => (a.source ? [[a.source.text, a.source.refersTo?.text ?? null] as [string, string | null]] : []));
}

/** The refersTo of the claim whose source is `source` (the only one, or the `nth`). */
function refersOf(text: string, source: string, nth = 0): string | null | undefined {
  return resolved(text).filter(([s]) => s === source)[nth]?.[1];
}

describe('resolveSources: short names and titles', () => {
  it('resolves a title and surname to the fullest mention of the person (Wikinews)', () => {
    const text =
      'According to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team shows progress.\n\n' +
      '"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.';
    assert.equal(refersOf(text, 'Ambassador Mohib'), 'Afghan Ambassador to the United States Hamdullah Mohib');
  });

  it('resolves a surname used alone to the full name, across paragraphs (Wikinews)', () => {
    const text =
      "Steve Whitmore, a representative for the LA Sheriff's office, said Montalvo was being dealt with.\n\n" +
      'On September 29, Scientology officials went to the East Los Angeles sheriff\'s station.\n\n' +
      'Whitmore told LA Weekly that Montalvo "walked into lobby of the East L.A. station and turned himself in".';
    assert.equal(refersOf(text, 'Whitmore'), 'Steve Whitmore');
  });

  it('keeps the title written before the name in the fullest mention (Wikinews)', () => {
    const text =
      'Environment Minister John Baird has asked government officials how such documents wound up on the street. ' +
      '"It is stuff that could be available under access to information," Baird said.';
    assert.equal(refersOf(text, 'Baird'), 'Environment Minister John Baird');
  });

  it("takes a country's possessive into the fullest mention", () => {
    const text = "New Zealand's Prime Minister John Key visited Canberra on Monday. Key said the talks had gone well.";
    assert.equal(refersOf(text, 'Key'), "New Zealand's Prime Minister John Key");
  });

  it('resolves a misspelt surname to the one person it can be (Wikinews)', () => {
    const text =
      'K.C. Maurer, chief financial officer and treasurer at the Andy Warhol Foundation, said 500 institutions received the initial invitation. ' +
      'Institutional recipients, said Mauer, are required to exhibit their photographs.';
    assert.equal(refersOf(text, 'Mauer'), 'K.C. Maurer');
  });

  it('resolves a name written two ways to the spelling most of its mentions use (Wikinews)', () => {
    const text =
      'Full interview with Kristin Wilkins, curator of the exhibition at the University of Southern Indiana.\n\n' +
      'The photographs were donated by the foundation, according to Kristen Wilkins, assistant professor of photography and curator of the exhibit.\n\n' +
      'Kristen Wilkins, curator of the exhibit, said it had taken a year to prepare.\n\n' +
      'Wilkins said the exhibit would open in March.';
    assert.equal(refersOf(text, 'Wilkins'), 'Kristen Wilkins');
  });

  it('does not take a person named before "of" for part of the organisation after it (Wikinews)', () => {
    const text =
      'Troy Patterson of Slate Magazine ventured over to Pacific Standard to sample the new cocktail. ' +
      'After tasting the beverage, Patterson observed that it was sweet but balanced.';
    assert.equal(refersOf(text, 'Patterson'), 'Troy Patterson');
  });

  it('takes the first of two equal mentions as the fullest, reading no adjunct before the second as an apposition (Wikinews)', () => {
    const text =
      'NASA Administrator Charles Bolden announces where four space shuttle orbiters will be displayed.\n\n' +
      'At the ceremony, NASA Administrator Charles Bolden announced the locations.\n\n' +
      '"We want to thank all of the facilities," Bolden said.';
    const bolden = detectAttributions(text, { resolveSources: true }).find((a) => a.source?.text === 'Bolden');
    assert.equal(bolden?.source?.refersTo?.start, 0);
  });

  it('reads no description of a name into what follows "and" after it, so the described mention is the fullest (Wikinews)', () => {
    const text =
      'Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter.\n\n' +
      'Thomas Sam, a practising homeopath, instead decided to treat the child himself. He said the treatment was working.';
    const he = detectAttributions(text, { resolveSources: true }).find((a) => a.source?.text === 'He');
    assert.equal(he?.source?.refersTo?.start, text.indexOf('Thomas Sam, a practising'));
  });

  it('reads a common noun opening a sentence before a name as no part of it: "Carmaker Norvik" is "Norvik AG" (hand-written gold)', () => {
    const text =
      'Norvik AG will build its first European battery plant in Saxony, the company said on Tuesday.\n\n' +
      'Carmaker Norvik said it was too early to commit to a single battery chemistry.';
    assert.equal(refersOf(text, 'Carmaker Norvik'), 'Norvik AG');
  });

  it('takes no title before "of" into the mention of a place: "Governor of Virginia" is no fuller "Virginia" (Wikinews)', () => {
    const text =
      'Christopher Hill ran for Governor of Virginia in 2009 as a Libertarian.\n\n' +
      'Virginia said the results would be certified in red ink.';
    assert.equal(refersOf(text, 'Virginia'), null);
  });

  it('leaves a surname shared by two people in the article unresolved', () => {
    const text =
      'Maria Delgado, the council leader, said the vote would go ahead. Her brother, Victor Delgado, said he would oppose it. ' +
      'Delgado said the budget was final.';
    assert.equal(refersOf(text, 'Delgado'), null);
  });

  it('gives no refersTo to a source that is already the fullest mention', () => {
    const text = 'Prime Minister John Key said the talks had gone well. Key said more talks would follow.';
    assert.equal(refersOf(text, 'Prime Minister John Key'), null);
    assert.equal(refersOf(text, 'Key'), 'Prime Minister John Key');
  });

  it('resolves a source with an appositive to nothing when its name is the fullest mention', () => {
    const text = 'Paul Dewar, an Ottawa New Democrat MP, said the lapses raise serious questions. Dewar said the government had failed.';
    assert.equal(refersOf(text, 'Paul Dewar, an Ottawa New Democrat MP,'), null);
    assert.equal(refersOf(text, 'Dewar'), 'Paul Dewar');
  });
});

describe('resolveSources: pronouns', () => {
  it('resolves "he" to the person who opened the sentence before, not a person named later in it (Wikinews)', () => {
    const text =
      'Rathbun requested donations via a statement made on his blog, in order to help Montalvo with his legal defense financing. ' +
      'He described Montalvo as an individual who had been through a great deal.';
    assert.equal(refersOf(text, 'He'), null, 'Rathbun alone names no one more fully');
    const named = 'Mark Rathbun, a former Scientology executive, said Montalvo was being harassed.\n\n' + text;
    assert.equal(refersOf(named, 'He'), 'Mark Rathbun');
  });

  it('resolves "she" after a quotation to the spokeswoman named in the sentence before (Wikinews)', () => {
    const text =
      'Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident. ' +
      '"We take document security seriously," she said, but refused to give any more details.';
    assert.equal(refersOf(text, 'she'), 'Environment Canada spokeswoman Sujata Raisinghani');
  });

  it('skips people named inside quotations when resolving "he said"', () => {
    const text =
      'Professor Cres Eastman said iodine deficiency was returning. ' +
      '"We have convinced Food Standards and Mary Smith that all salt should be iodised," he said.';
    assert.equal(refersOf(text, 'he'), 'Professor Cres Eastman');
  });

  it('does not give "he" to a woman, nor "she" to a man', () => {
    const text =
      'Finance Minister Ingrid Solberg met Olav Brekke, the Centre Party leader, on Monday. Solberg said the talks had failed. ' +
      'Later, he said the party would wait.';
    assert.equal(refersOf(text, 'he'), 'Olav Brekke');
  });

  it('learns from "she said" that a person is a woman, so that a later "he" does not go to her', () => {
    const text =
      'Dr. Niamh Coyle, who runs the island clinic, said the ferry was vital. "Patients cannot wait," she said.\n\n' +
      'Dr. Niamh Coyle also said the clinic would stay open. Later, he said the ferry would run.';
    const pairs = resolved(text).filter(([s]) => s === 'she' || s === 'he');
    assert.deepEqual(pairs, [
      ['she', 'Dr. Niamh Coyle'],
      ['he', null],
    ]);
  });

  it('leaves "he" unresolved when the sentence before names two men and neither opens it', () => {
    const text = 'For Kevin Allton, a USI instructor in English, Andy Warhol was also a legend. He said the artist was the center of the Zeitgeist.';
    assert.equal(refersOf(text, 'He'), null);
  });

  it('resolves "it" to the organisation that spoke in the sentence before', () => {
    const text =
      "Russia's Interior Ministry said the border would reopen on Monday. The Interior Ministry said checks would continue. " +
      'It added that more staff would come.';
    assert.equal(refersOf(text, 'It'), "Russia's Interior Ministry");
  });

  it('leaves "it" unresolved when a nameless thing spoke in the sentence before', () => {
    const text = 'Acme Corp. said profits rose. The report said costs fell. It said the outlook was uncertain.';
    assert.equal(refersOf(text, 'It'), null);
  });

  it('never gives "they" itself as what a later "they" stands for', () => {
    const text = 'The talks failed. They said the border would stay shut. They added that trade would suffer.';
    assert.deepEqual(resolved(text).filter(([s]) => s === 'They').map(([, r]) => r), [null, null]);
  });

  it('resolves "they" to the group of people named in the sentence before (Wikinews)', () => {
    const text =
      "On September 29, Scientology officials went to the East Los Angeles sheriff's station where they claimed Montalvo allegedly left the organization with computer hard drives.";
    assert.equal(refersOf(text, 'they'), 'Scientology officials');
  });
});

describe('resolveSources: a pronoun never jumps over a nearer person', () => {
  const RECOUNT =
    '"A 212-vote margin after a full hand count is about as solid as it gets," said Marcus Bell, a professor of election law at State University.\n\n' +
    'Hollis\'s campaign manager, Tara Quinn, insisted the campaign was "not going away." She said volunteers had collected sworn statements from 37 voters.';

  it('resolves "she" to the person named in apposition to the source of the sentence before, not a man named earlier', () => {
    assert.equal(refersOf(RECOUNT, 'She'), 'Tara Quinn');
  });

  it('reads a name set off by a comma after a nameless role as the source\'s name', () => {
    assert.equal(refersOf(RECOUNT, "Hollis's campaign manager, Tara Quinn,"), null, 'the source holds the fullest mention itself');
    const text = 'The incumbent, Mayor Greg Hollis, said he accepted the result. He did not say what the irregularities were.';
    assert.equal(refersOf(text, 'He'), 'Mayor Greg Hollis');
  });

  it('leaves "she" unresolved rather than pass a nearer full name whose gender it cannot tell', () => {
    const text =
      'Dr. Helen Marsh said the figures were sound. Later, Ngozi Adeyemi walked to the podium. "We are ready," she said.';
    assert.equal(refersOf(text, 'she'), null);
  });

  it('does not take a nearer organisation of unknown kind for a person "she" may mean (Wikinews)', () => {
    const text =
      'Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident. ' +
      '"We take document security seriously," she said.';
    assert.equal(refersOf(text, 'she'), 'Environment Canada spokeswoman Sujata Raisinghani');
  });

  it('does not count sentences that go on about the same "she" in how far back names are read (hand-written gold)', () => {
    const text =
      'Marianne Oduya remembers the exact moment she decided not to sign.\n\n' +
      'A spokesperson for the business department said ministers were "considering the case for reform" but would not commit to a timetable.\n\n' +
      'Oduya now runs a small bookkeeping business from her kitchen table in Leicester. She earns, she estimates, about a third of her old salary.\n\n' +
      'Does she regret it? She laughs. "Every month, when the bills come," she says.';
    const last = resolved(text).filter(([source]) => source === 'she');
    assert.equal(last[last.length - 1]?.[1], 'Marianne Oduya');
  });

  it('leaves a pronoun unresolved rather than pass a person named further back for a source before them', () => {
    const text =
      'A spokeswoman for the ministry said the plan was sound. Maria Lopez ran the programme for a decade. ' +
      'The budget grew every year. Costs rose too. Nobody objected. "It worked," she said.';
    assert.equal(refersOf(text, 'she'), null);
  });
});

describe('resolveSources: interviews', () => {
  const interview =
    'Wikinews interviews President of the International Brotherhood of Magicians\n\n' +
    'October is National Magic Month. Wikinews spoke with William Evans, president of the International Brotherhood of Magicians, about magic.\n\n' +
    'For how long have you been involved in magic?\n\n' +
    'Over 50 years. I think magic will always be with us.\n\n' +
    'Do you think I should learn magic?\n\n' +
    '"I believe in it," my teacher said.';

  it('resolves "I" in the answers to the person the interview is with (Wikinews)', () => {
    assert.equal(refersOf(interview, 'I'), 'William Evans');
  });

  it('leaves "I" in a question or a quotation to someone else', () => {
    const claims = resolved(interview).filter(([s]) => s === 'I');
    assert.deepEqual(claims.slice(1).map(([, r]) => r), claims.slice(1).map(() => null));
  });

  it('leaves "I" in a paragraph that ends in a question to the interviewer (Wikinews)', () => {
    const text =
      'Wikinews interviews LibriVox founder Hugh McGuire\n\n' +
      'Wikinews spoke with Hugh McGuire, founder of LibriVox, about free audiobooks.\n\n' +
      'Browsing the catalog, I find that the quality of the spoken audio varies greatly from text to text. ' +
      'If someone wanted to re-record a chapter, would you then offer two versions?\n\n' +
      'Yes. I think two versions are better than one.';
    assert.deepEqual(
      resolved(text).filter(([s]) => s === 'I').map(([, r]) => r),
      [null, 'LibriVox founder Hugh McGuire'],
    );
  });

  it('names nobody when the opening names two people', () => {
    const two = 'Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming\n\nWhat is it?\n\nI think it is a team.';
    assert.equal(refersOf(two, 'I'), null);
  });
});

describe('resolveSources: descriptions', () => {
  const endorsement =
    'WASHINGTON — The Washington Post, the influential US daily, endorsed the senator on Sunday.\n\n' +
    'The newspaper said the senator had "the experience the moment demands."\n\n' +
    'In a separate column, the daily argued that the race was closer than polls suggest.\n\n' +
    'It also said turnout would decide the result.';

  it('resolves "the newspaper" and "the daily" to the newspaper named before', () => {
    assert.equal(refersOf(endorsement, 'The newspaper'), 'The Washington Post');
    assert.equal(refersOf(endorsement, 'the daily'), 'The Washington Post');
  });

  it('resolves "it" after "the daily" to the same newspaper', () => {
    assert.equal(refersOf(endorsement, 'It'), 'The Washington Post');
  });

  it('never resolves a source to the wire agency of the dateline, which wrote the report but is no one in it', () => {
    const text =
      'WASHINGTON (AFP) — The newspaper endorsed the senator on Sunday.\n\n' +
      'It said his record was disqualifying.';
    assert.equal(refersOf(text, 'The newspaper'), null);
    assert.equal(refersOf(text, 'It'), null);
  });

  it('resolves to the newspaper the text names after a dateline with a wire agency', () => {
    const text =
      'WASHINGTON (AP) — The Washington Post endorsed the senator on Sunday.\n\n' +
      'The newspaper said his record was strong.';
    assert.equal(refersOf(text, 'The newspaper'), 'The Washington Post');
  });

  it('resolves "the company" and "the firm" to the company named before', () => {
    const text =
      'Norvik AG will build a battery plant in Saxony, its chief executive, Dana Reyes, said on Tuesday. ' +
      'The company said the plant would employ 900 people. Reyes said the firm expected a subsidy.';
    assert.equal(refersOf(text, 'The company'), 'Norvik AG');
    assert.equal(refersOf(text, 'Reyes'), 'Dana Reyes');
    assert.equal(refersOf(text, 'the firm'), 'Norvik AG');
  });

  it('resolves "the ministry" to the ministry named before, passing a nearer organisation of another kind', () => {
    const text =
      "South Korea's Defense Ministry said the launch was detected at 7:10 a.m. The Associated Press reported that Japan protested. " +
      'The ministry said the missile flew 600 kilometres.';
    assert.equal(refersOf(text, 'The ministry'), "South Korea's Defense Ministry");
  });

  it('resolves "the agency" to a news agency, and "the network" to a broadcaster', () => {
    const text =
      'Yonhap News Agency reported that the talks had stalled. The agency said a new round was planned. ' +
      'CNN reported the same on Tuesday. The network said officials were hopeful.';
    assert.equal(refersOf(text, 'The agency'), 'Yonhap News Agency');
    assert.equal(refersOf(text, 'The network'), 'CNN');
  });

  it('resolves a description to a longer description of the same thing when nothing names it (hand-written gold)', () => {
    const text =
      "Russia's defence ministry said its air defences had destroyed 58 Ukrainian drones over seven regions. The ministry did not report any damage.";
    assert.equal(refersOf(text, 'The ministry'), "Russia's defence ministry");
  });

  it('resolves a description set off after a name to that name', () => {
    const text = 'According to Ukrenergo, the national grid operator, power cuts were in effect. The operator urged consumers to save electricity.';
    assert.equal(refersOf(text, 'The operator'), 'Ukrenergo');
  });

  it('leaves a description unresolved when nothing before it fits', () => {
    const text = 'Mayor Tom Hallett said the library would close. The company said it had not been consulted.';
    assert.equal(refersOf(text, 'The company'), null);
  });

  it('resolves a short organisation name and an acronym to the full name', () => {
    const text =
      'The Korean Central News Agency (KCNA) reported the launch on Friday. KCNA said the missile was new. ' +
      'The US State Department said it would help. The State Department said funding was ready.';
    assert.equal(refersOf(text, 'KCNA'), 'The Korean Central News Agency');
    assert.equal(refersOf(text, 'The State Department'), 'The US State Department');
  });
});

describe('resolveSources: a description names a body with the same head noun', () => {
  it('resolves "the board" to the board named before, never to a nearer organisation with another head', () => {
    const text =
      'A hand recount confirmed on Friday that the challenger won by 212 votes, the county elections board said.\n\n' +
      '"It is as solid as it gets," said Marcus Bell, a professor of election law at State University.\n\n' +
      'Nwosu is scheduled to be sworn in on January 2, the board said.';
    assert.equal(refersOf(text, 'the board'), 'the county elections board');
  });

  it('leaves "the board" unresolved when only a university was named', () => {
    const text = 'Marcus Bell, a professor at State University, said the margin was solid. The count was final, the board said.';
    assert.equal(refersOf(text, 'the board'), null);
  });

  it('resolves "the union" to the union named before its head, not to a company named since (hand-written gold)', () => {
    const text =
      'The FNV Havens union said the strike would last at least 48 hours.\n\n' +
      'MSC told customers in a notice that delays of up to five days should be expected.\n\n' +
      'Talks are scheduled to resume on Wednesday afternoon, the union said.';
    assert.equal(refersOf(text, 'the union'), 'The FNV Havens union');
  });

  it('never gives "the manufacturer" to a person whose name has a particle ("Pieter de Wit")', () => {
    const text =
      'Dr. Pieter de Wit of the University of Amsterdam, who was not involved in the study, said immunity declined after 18 months.\n\n' +
      'The World Health Organization said it would review the results in March.\n\n' +
      'The manufacturer has said it can produce 40 million doses a year by 2026.';
    assert.equal(refersOf(text, 'The manufacturer'), null);
  });

  it('resolves a surname with its particle to the full name with the given name (hand-written gold)', () => {
    const text =
      '"We have been patient for eleven months," said Niek de Vries, the union\'s lead negotiator.\n\n' +
      'The union would not accept the offer, de Vries said.';
    assert.equal(refersOf(text, 'de Vries'), 'Niek de Vries');
  });

  it('resolves "the charity", which says only the kind of body, to the society that spoke before (hand-written gold)', () => {
    const text =
      "The Alzheimer's Society said the study was a reminder that exercise helps. " +
      'The charity estimates that about 900,000 people in the UK are living with dementia.';
    assert.equal(refersOf(text, 'The charity'), "The Alzheimer's Society");
  });
});

describe('resolveSources: role words inside what a source claims', () => {
  const RECOUNT =
    'A hand recount confirmed on Friday that challenger Amara Nwosu won the mayoral election by 212 votes, the county elections board said.\n\n' +
    '"The numbers have spoken twice now," Nwosu told supporters.';

  it("leaves a role word written before a name inside a claim's content out of what a source refers to", () => {
    assert.equal(refersOf(RECOUNT, 'Nwosu'), 'Amara Nwosu');
  });

  it("keeps a capitalised title written before a name inside a claim's content", () => {
    const text = 'The board said on Friday that Mayor Greg Hollis had won by 212 votes.\n\n"It is time to govern," Hollis told supporters.';
    assert.equal(refersOf(text, 'Hollis'), 'Mayor Greg Hollis');
  });

  it("keeps a role word written before a name outside any claim's content (Wikinews)", () => {
    const text =
      'The museum drew 11,000 visitors when it exhibited its Warhol collection in 2010, according to curator Elaine Gustafon. ' +
      'Gustafon said the new exhibit would draw more.';
    assert.equal(refersOf(text, 'Gustafon'), 'curator Elaine Gustafon');
  });
});

describe('resolveSources: spans', () => {
  it('gives refersTo as UTF-16 offsets whose text is the text at those offsets, after emoji and CRLF', () => {
    const text = '🚀 Prime Minister John Key spoke on Monday.\r\n\r\n"The talks went well," Key said.';
    const claim = detectAttributions(text, { resolveSources: true }).find((a) => a.source?.text === 'Key');
    const refersTo = claim?.source?.refersTo;
    assert.ok(refersTo);
    assert.equal(text.slice(refersTo.start, refersTo.end), refersTo.text);
    assert.equal(refersTo.text, 'Prime Minister John Key');
  });

  it('leaves Markdown link markup out of the mention', () => {
    const text = 'Turnout reached 71%, the [electoral commission](https://example.org/c) said. Later, the commission said queues had formed.';
    const claim = detectAttributions(text, { markdown: true, resolveSources: true }).find((a) => a.source?.text === 'the commission');
    assert.equal(claim?.source?.refersTo?.text, 'electoral commission');
  });
});
