// Specification of intentions, requests, refusals and characterizations: real-news attributions beyond speech.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: intentions, requests, refusals and characterizations', () => {
  it('takes the to-infinitive after "plans" as the content of an intention', () => {
    const text = 'This is the first FIRST Global competition, and the organization plans to hold the contest in a different country every year.';
    assertDetects(text, [['the organization', 'plans', 'to hold the contest in a different country every year']]);
  });

  it('keeps "no longer" in the cue, out of the source', () => {
    const text = 'But it has outlived its usefulness, and Microsoft no longer wants to support it.';
    assertDetects(text, [['Microsoft', 'no longer wants', 'to support it']]);
  });

  it('takes no plain object after "want": only a to-infinitive states an intention', () => {
    const text = 'Policymakers want a pause after the election.';
    assertDetects(text, []);
  });

  it('takes the addressee and the infinitive after "asked" as the content of a request', () => {
    const text = 'Rathke also asked the governments of South East Asia not to turn away boats of people seeking asylum.';
    assertDetects(text, [['Rathke', 'asked', 'the governments of South East Asia not to turn away boats of people seeking asylum']]);
  });

  it('takes the addressee and the question after "asked" as the content of a request', () => {
    const text = 'Environment Minister John Baird has asked government officials how such documents ended up there.';
    assertDetects(text, [['Environment Minister John Baird', 'has asked', 'government officials how such documents ended up there']]);
  });

  it('gives a refusal coordinated with a quoted statement the same source', () => {
    const text = '"We take document security seriously," she said, but refused to give any more details about the papers.';
    assertDetects(text, [
      ['she', 'said', 'We take document security seriously'],
      ['she', 'refused', 'to give any more details about the papers'],
    ]);
  });

  it('takes "to comment" as the content of a bare "declined to comment"', () => {
    const text = 'A spokesman for the ministry declined to comment.';
    assertDetects(text, [['A spokesman for the ministry', 'declined', 'to comment']]);
  });

  it('keeps a refused reporting verb with its object in the cue', () => {
    const text = 'The ministry refused to confirm the report.';
    assertDetects(text, [['The ministry', 'refused to confirm', 'the report']]);
  });

  it('takes the object and its "as" label after "described" as the content of a characterization', () => {
    const text = 'He described Montalvo as an individual facing the penitentiary.';
    assertDetects(text, [['He', 'described', 'Montalvo as an individual facing the penitentiary']]);
  });

  it('reads "called" with an object and a label as a characterization', () => {
    const text = 'The mayor called the plan a disgrace.';
    assertDetects(text, [['The mayor', 'called', 'the plan a disgrace']]);
  });

  it('reads "labelled" with an object and an "as" label as a characterization', () => {
    assertDetects('The minister labelled the protesters as thugs.', [['The minister', 'labelled', 'the protesters as thugs']]);
  });

  it('reads "called" with an object and one labelling adjective as a characterization', () => {
    assertDetects("Clinton called Trump's comments disgusting.", [['Clinton', 'called', "Trump's comments disgusting"]]);
    assertDetects('Trump called the election rigged.', [['Trump', 'called', 'the election rigged']]);
  });

  it('ends a label before an adjunct of the sentence ("branded Cruz a liar during the debate")', () => {
    assertDetects('Trump branded Cruz a liar during the debate.', [['Trump', 'branded', 'Cruz a liar']]);
  });

  it('finds no label after "called" with a noun compound or an adverb after its object', () => {
    assertDetects('She called the local hospital.', []);
    assertDetects('He called the police immediately.', []);
    assertDetects('He called the attorney general.', []);
  });

  it('reads "labeled" with an object and a bare label, without "as", as a characterization', () => {
    assertDetects('The minister labeled the protesters thugs.', [['The minister', 'labeled', 'the protesters thugs']]);
  });

  it('reads "dubbed" with an object and a bare adjective label as a characterization', () => {
    assertDetects('Trump dubbed the deal historic.', [['Trump', 'dubbed', 'the deal historic']]);
  });

  it('finds no label after "labeled" with an object alone, or an adverb or time after it', () => {
    assertDetects('The company labeled the boxes.', []);
    assertDetects('The company labeled the boxes carefully.', []);
    assertDetects('The firm branded the cattle on Monday.', []);
  });

  it('reads "branded him as a traitor", a pronoun object before "as", as a characterization', () => {
    assertDetects('The tabloids branded him as a traitor.', [['The tabloids', 'branded', 'him as a traitor']]);
  });

  it('reads "dubbed her" with a label in single quotation marks as a characterization', () => {
    assertDetects("The press dubbed her 'the Iron Lady'.", [['The press', 'dubbed', "her 'the Iron Lady'"]]);
  });

  it('finds no label in "called X as planned": "call" takes no "as"', () => {
    assertDetects('He called the meeting as planned.', []);
  });

  it('reads "appealed to" an addressee and an infinitive as a request, the addressee opening the content', () => {
    const text = 'Environmental groups have appealed to the government to ban the pesticide.';
    assertDetects(text, [['Environmental groups', 'have appealed to', 'the government to ban the pesticide']]);
    assert.equal(detectAttributions(text)[0].kind, 'request');
  });

  it('reads "appealed to the public for help" as a request', () => {
    assertDetects('The family appealed to the public for help.', [['The family', 'appealed to', 'the public for help']]);
  });

  it('finds no request in "The plan appealed to voters": pleasing, not asking', () => {
    assertDetects('The plan appealed to voters who want lower taxes.', []);
  });

  it('reads "ordered the release of" as a request, the ordered action its content', () => {
    const text = 'The judge ordered the release of the prisoners.';
    assertDetects(text, [['The judge', 'ordered', 'the release of the prisoners']]);
    assert.equal(detectAttributions(text)[0].kind, 'request');
  });

  it('finds no request in "ordered a pizza"', () => {
    assertDetects('She ordered a pizza.', []);
  });

  it('reads "invited tenders for the project" as a request for submissions', () => {
    const text = 'The ministry invited tenders for the project.';
    assertDetects(text, [['The ministry', 'invited', 'tenders for the project']]);
    assert.equal(detectAttributions(text)[0].kind, 'request');
  });

  it('finds no request in "invited friends to the party"', () => {
    assertDetects('She invited friends to the party.', []);
  });

  it('reads "called" with one noun phrase only as no attribution', () => {
    assertDetects('The mayor called a press conference.', []);
    assertDetects('They waited while attached to the Scientology device called the E-meter.', []);
  });

  it('reads a participle directly followed by its label as naming the noun before it, not as a cue', () => {
    assertDetects('The attack was launched by a user labelled "Anonymous" on the website.', []);
    assertDetects('Homeopathy is a form of alternative medicine described as pseudoscience by critics.', []);
  });

  it('takes "call for" with its quoted object as a request', () => {
    const text = 'They call for "urgent implementation of mandatory iodisation of all edible salt".';
    assertDetects(text, [['They', 'call for', 'urgent implementation of mandatory iodisation of all edible salt']]);
  });

  it('finds no attribution in a question', () => {
    assertDetects('How do you plan to get into the Republican debates and make an impact on polls?', []);
  });

  it('finds no attribution with a generic "you" as source', () => {
    assertDetects('If you really want to avoid the crowds, definitely avoid the weekends.', []);
  });

  it('takes a first-person frame inside a quotation as part of the quoted claim', () => {
    const text = '"I think America\'s obsession with celebrity culture is as strong today as it was when Warhol was living", said Gustafon.';
    assertDetects(text, [['Gustafon', 'said', "I think America's obsession with celebrity culture is as strong today as it was when Warhol was living"]]);
  });
});

describe('detectAttributions: refusals, expectations and stances from the hand-written gold', () => {
  it('reads a negated "comment on" as a refusal whose content is the topic withheld', () => {
    const text = 'The company did not comment on negotiations with individual suppliers.';
    assertDetects(text, [['The company', 'did not comment', 'on negotiations with individual suppliers']]);
  });

  it('reads "would not commit to" as a refusal', () => {
    assertDetects('Ministers would not commit to a timetable.', [['Ministers', 'would not commit to', 'a timetable']]);
  });

  it('reads "is expected to" without a holder as an intention with no source', () => {
    assertDetects('Talks are expected to resume on Thursday morning.', [[null, 'are expected', 'to resume on Thursday morning']]);
  });

  it('takes a plain object after "urge" and "welcomed"', () => {
    assertDetects('Some experts urge caution.', [['Some experts', 'urge', 'caution']]);
    assertDetects('Independent experts welcomed the size and length of the study.', [['Independent experts', 'welcomed', 'the size and length of the study']]);
  });

  it('reads "hoped" with a bare clause as a belief', () => {
    assertDetects('He hoped his testimony would reduce his own sentence.', [['He', 'hoped', 'his testimony would reduce his own sentence']]);
  });

  it('reads a passive "welcomed by" as a reception, not an attribution', () => {
    assertDetects('The move was welcomed by analyst Hong Min.', []);
  });

  it('gives a participle the subject of its sentence when a number opens it', () => {
    const text = 'Two senators wrote to the company, demanding to know why users had not been told sooner.';
    assertDetects(text, [['Two senators', 'demanding', 'to know why users had not been told sooner']]);
  });

  it('gives a request coordinated with an action the sentence subject when an object and infinitive follow', () => {
    const text = 'The program takes a decentralized approach and encourages university art galleries to educate audiences about Warhol.';
    assertDetects(text, [['The program', 'encourages', 'university art galleries to educate audiences about Warhol']]);
  });

  it('reads a verb with its infinitive after a comma as a stance, not as a frame after its content', () => {
    const text = 'I came up with a story and, she wanted to illustrate it, and so, that is the way we did it.';
    assertDetects(text, [['she', 'wanted', 'to illustrate it']]);
  });

  it('skips "instead" between an appositive source and its cue', () => {
    const text = 'Thomas Sam, a practising homeopath, instead decided to treat his daughter himself.';
    assertDetects(text, [['Thomas Sam, a practising homeopath,', 'decided', 'to treat his daughter himself']]);
  });

  it('takes the antecedent of a relative "that" as the source', () => {
    const text = 'NASA is also offering shuttle tiles to schools and universities that want to share technology with their students.';
    assertDetects(text, [['schools and universities', 'want', 'to share technology with their students']]);
  });

  it('takes no kind of people inside a quotation as a source through "that"', () => {
    const text = '"There is always a camp that wants to go faster," the source said.';
    assertDetects(text, [['the source', 'said', 'There is always a camp that wants to go faster']]);
  });

  it('reads "no current plans" as a noun, not a verb', () => {
    const text = 'The Home Office said no current plans to expand the scheme exist.';
    assertDetects(text, [['The Home Office', 'said', 'no current plans to expand the scheme exist']]);
  });

  it('keeps a list of noun phrases whole as the object of a stance', () => {
    const text = 'Sarvis favors school choice, simplification of the Tax Code, and reform of drug laws.';
    assertDetects(text, [['Sarvis', 'favors', 'school choice, simplification of the Tax Code, and reform of drug laws']]);
  });

  it('ends an infinitive at a comma even before "and"', () => {
    const text = 'People want to learn practical skills, and for the most part the internet doesn\'t have such information yet.';
    assertDetects(text, [['People', 'want', 'to learn practical skills']]);
  });

  it('keeps a quotation that closes the sentence with the object of a judgement', () => {
    const text = 'He described Montalvo as an individual, "facing the penitentiary in thanks for his years of service".';
    assertDetects(text, [['He', 'described', 'Montalvo as an individual, "facing the penitentiary in thanks for his years of service"']]);
  });

  it('keeps the particle of a progressive stance in the cue', () => {
    assertDetects('You see, the terrorists are protesting against modernity.', [['the terrorists', 'are protesting against', 'modernity']]);
  });

  it('reads a to-infinitive whose verb opens a quotation', () => {
    const text = 'wikiHow is a wiki-based site which aims to "build the world\'s largest how-to manual."';
    assertDetects(text, [['a wiki-based site', 'aims', 'to "build the world\'s largest how-to manual']]);
  });
});
