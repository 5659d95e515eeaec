// Specification of sourceless attributions: agentless passives, raising and impersonal frames have source null.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

/** The kind of the one claim detected in `text`. */
function onlyKind(text: string): string {
  const claims = detectAttributions(text);
  assert.equal(claims.length, 1, `one claim expected in ${JSON.stringify(text)}`);
  return claims[0].kind;
}

describe('detectAttributions: sourceless attributions (agentless passives, raising, impersonal frames)', () => {
  it('reads an impersonal "It was reported that" as a statement with no source, the clause its content', () => {
    assertDetects('It was reported that the mayor had resigned.', [[null, 'was reported', 'the mayor had resigned']]);
  });

  it('reads "it is believed that" as a belief with no source', () => {
    const text = 'It is widely believed that the two men were related.';
    assertDetects(text, [[null, 'is widely believed', 'the two men were related']]);
    assert.equal(onlyKind(text), 'belief');
  });

  it('reads "It is understood that", a passive-only participle, as a claim with no source', () => {
    assertDetects('It is understood that the talks have stalled.', [[null, 'is understood', 'the talks have stalled']]);
  });

  it('reads a contracted "It\'s believed that" as a belief with no source, its cue starting at the apostrophe', () => {
    const text = "It's believed that the two men were related.";
    assertDetects(text, [[null, "'s believed", 'the two men were related']]);
    assert.equal(onlyKind(text), 'belief');
  });

  it('reads a contracted "It\'s been reported that" as a statement with no source', () => {
    const text = "It's been reported that the mayor had resigned.";
    assertDetects(text, [[null, "'s been reported", 'the mayor had resigned']]);
    assert.equal(onlyKind(text), 'statement');
  });

  it('reads "It’s widely understood that", curly apostrophe and adverb, as a claim with no source', () => {
    assertDetects('It’s widely understood that the talks have stalled.', [[null, '’s widely understood', 'the talks have stalled']]);
  });

  it('opens the claim of an impersonal frame at its "It", content and cue unchanged', () => {
    const text = 'Later it was reported that the mayor had resigned.';
    const [claim] = detectAttributions(text);
    assert.equal(text.slice(claim.start, claim.end), 'it was reported that the mayor had resigned');
    assert.equal(claim.cue?.text, 'was reported');
  });

  it('opens the claim of a contracted impersonal frame at "It"', () => {
    const text = "It's understood that the talks have stalled.";
    const [claim] = detectAttributions(text);
    assert.equal(text.slice(claim.start, claim.end), "It's understood that the talks have stalled");
  });

  it('takes the raised subject, the cue and the infinitive as the content of "is said to"', () => {
    const text = 'The senator is said to be weighing a run for governor.';
    assertDetects(text, [[null, 'is said', 'The senator is said to be weighing a run for governor']]);
    assert.equal(onlyKind(text), 'statement');
  });

  it('reads "is believed to have met" as a raising belief with no source', () => {
    const text = 'The minister is believed to have met the envoy in May.';
    assertDetects(text, [[null, 'is believed', 'The minister is believed to have met the envoy in May']]);
    assert.equal(onlyKind(text), 'belief');
  });

  it('reads "is rumoured to" as a raising statement with no source', () => {
    assertDetects('The singer is rumoured to be planning a comeback.', [[null, 'is rumoured', 'The singer is rumoured to be planning a comeback']]);
  });

  it('reads "is said to be the oldest" about a thing as an attribution too', () => {
    const text = 'The tree is said to be the oldest in Europe.';
    assertDetects(text, [[null, 'is said', 'The tree is said to be the oldest in Europe']]);
  });

  it('ends a raising infinitive in a restrictive relative clause before the main verb', () => {
    const text = 'A man who is believed to have fled the country was arrested on Friday.';
    assertDetects(text, [[null, 'is believed', 'to have fled the country']]);
  });

  it('ends a raising infinitive in a relative clause before a main verb in the past tense', () => {
    assertDetects('A ship that is said to be carrying arms surrendered on Friday.', [[null, 'is said', 'to be carrying arms']]);
  });

  it('keeps a participle with its agent inside a relative raising infinitive', () => {
    const text = 'A man who is believed to have fled the country ruled by Assad was arrested.';
    assertDetects(text, [[null, 'is believed', 'to have fled the country ruled by Assad']]);
  });

  it('ends an agentless judgement in a relative clause before the main verb', () => {
    assertDetects('A firm that was accused of hiding losses has collapsed.', [[null, 'was accused of', 'hiding losses']]);
  });

  it('keeps the own verb of a question in a relative clause and ends it before the main verb', () => {
    assertDetects('The agency that was asked whether it would act has not replied.', [[null, 'was asked', 'whether it would act']]);
  });

  it('reads "was branded a traitor" as a characterization with no source, the label its content', () => {
    const text = 'He was branded a traitor.';
    assertDetects(text, [[null, 'was branded', 'a traitor']]);
    assert.equal(onlyKind(text), 'characterization');
  });

  it('reads "has been called a liar" as a characterization with no source', () => {
    assertDetects('She has been called a liar.', [[null, 'has been called', 'a liar']]);
  });

  it('reads a label in single quotation marks after "was dubbed", marks left out', () => {
    assertDetects("She was dubbed 'the Iron Lady'.", [[null, 'was dubbed', 'the Iron Lady']]);
  });

  it('takes no agent from a "by" inside a told clause ("had been told that the jobs would be cut by half")', () => {
    assertDetects('Workers had been told that the number of jobs would be cut by half next year.', [
      [null, 'had been told', 'the number of jobs would be cut by half next year'],
    ]);
    assertDetects('Workers were told the plant would be sold by the end of the year.', [[null, 'were told', 'the plant would be sold by the end of the year']]);
  });

  it('takes the agent after a passive label as its source: "was dubbed “the Iron Lady” by the Soviet press"', () => {
    assertDetects('She was dubbed “the Iron Lady” by the Soviet press.', [['the Soviet press', 'was dubbed', 'the Iron Lady']]);
  });

  it('takes the agent after a passive request\'s infinitive as its source: "was told to leave by security guards"', () => {
    assertDetects('He was told to leave by security guards.', [['security guards', 'was told', 'to leave']]);
    assert.equal(onlyKind('He was told to leave by security guards.'), 'request');
  });

  it('keeps a "by" phrase that measures or times the asked act in the content', () => {
    assertDetects('Residents were urged to cut water use by half.', [[null, 'were urged', 'to cut water use by half']]);
    assertDetects('He was asked to leave by midnight.', [[null, 'was asked', 'to leave by midnight']]);
    assertDetects('Voters were told to vote by mail.', [[null, 'were told', 'to vote by mail']]);
  });

  it('ends the agent of a passive request before its infinitive: "was told by security guards to leave"', () => {
    assertDetects('He was told by security guards to leave.', [['security guards', 'was told by', 'to leave']]);
  });

  it('takes the agent after "was described as" a label as its source', () => {
    assertDetects('Homeopathy has been described as a fraud by critics.', [['critics', 'has been described', 'as a fraud']]);
  });

  it('takes an agent naming people after a judgement\'s reason as its source: "was accused of sexual assault by several women"', () => {
    assertDetects('Trump was accused of sexual assault by several women.', [['several women', 'was accused of', 'sexual assault']]);
  });

  it('keeps a place after a judgement\'s reason in the content: "accused of killing a man by the river"', () => {
    assertDetects('He was accused of killing a man by the river.', [[null, 'was accused of', 'killing a man by the river']]);
  });

  it('finds no claim in "was called" before a time: "The election was called a week early"', () => {
    assertDetects('The election was called a week early.', []);
  });

  it('finds no claim in the name of a thing: "The ship was called the Queen Mary"', () => {
    assertDetects('The ship was called the Queen Mary.', []);
  });

  it('finds no claim in a hedge alone: "reportedly", "allegedly"', () => {
    assertDetects('The senator reportedly met the envoy and allegedly took a bribe.', []);
  });

  it('takes only the infinitive when the raised subject stands apart from the verb group', () => {
    const text = 'Its round shape symbolizes wealth and is believed to bring good luck.';
    assertDetects(text, [[null, 'is believed', 'to bring good luck']]);
  });

  it('reads "is projected to" as a raising belief with no source', () => {
    const text = 'Clinton is projected to win the state.';
    assertDetects(text, [[null, 'is projected', 'Clinton is projected to win the state']]);
    assert.equal(onlyKind(text), 'belief');
  });

  it('finds no claim in "was projected onto a screen"', () => {
    assertDetects('The film was projected onto a screen.', []);
  });

  it('takes the subject of "was reported as saying" as the speaker, like "was quoted as saying"', () => {
    assertDetects('Trump was reported as saying that the election was rigged.', [['Trump', 'was reported as saying', 'the election was rigged']]);
  });

  it('takes the subject of "was heard saying" as the speaker', () => {
    assertDetects('He was heard saying that he would quit.', [['He', 'was heard saying', 'he would quit']]);
  });

  it('reads an agentless "was accused of" as a characterization, its complement the content', () => {
    const text = 'The company was accused of hiding losses.';
    assertDetects(text, [[null, 'was accused of', 'hiding losses']]);
    assert.equal(onlyKind(text), 'characterization');
  });

  it('reads "has been criticized for" as a characterization, not a request', () => {
    const text = 'Clinton has been criticized for her use of a private server.';
    assertDetects(text, [[null, 'has been criticized for', 'her use of a private server']]);
    assert.equal(onlyKind(text), 'characterization');
  });

  it('keeps a list of gerunds whole after "accused of"', () => {
    const text = 'The parents are also accused of putting their social life first, taking her abroad, and ignoring her doctor.';
    assertDetects(text, [[null, 'are also accused of', 'putting their social life first, taking her abroad, and ignoring her doctor']]);
  });

  it('reads "was described as" with its label as the content', () => {
    assertDetects('Homeopathy has been described as pseudoscience.', [[null, 'has been described', 'as pseudoscience']]);
  });

  it('reads "were urged to" as a request with no source, the infinitive its content', () => {
    const text = 'Residents were urged to stay indoors.';
    assertDetects(text, [[null, 'were urged', 'to stay indoors']]);
    assert.equal(onlyKind(text), 'request');
  });

  it('reads "was asked whether" as a request, also behind an adjunct', () => {
    assertDetects('Almeida was asked after the match whether his side had become too cautious.', [[null, 'was asked', 'whether his side had become too cautious']]);
  });

  it('reads a sentence-opening "Asked whether…," as a request with no source, ending at its comma', () => {
    const text = 'Asked whether he would concede, Trump said he would wait and see.';
    assertDetects(text, [[null, 'Asked', 'whether he would concede'], ['Trump', 'said', 'he would wait and see']]);
  });

  it('reads "When asked if…," as a request with no source', () => {
    const claims = detectAttributions('When asked if she regretted the vote, Clinton said no.');
    assert.deepEqual(claims.map((c) => [c.cue?.text, c.source, c.content.text, c.kind])[0], ['asked', null, 'if she regretted the vote', 'request']);
  });

  it('finds no request in "Asked about the tape,": a topic, not a question', () => {
    assertDetects('Asked about the tape, Trump said it was locker-room talk.', [['Trump', 'said', 'it was locker-room talk']]);
  });

  it('reads "was told that" as a statement with no source', () => {
    const text = 'Staff had been told their hours would be cut.';
    assertDetects(text, [[null, 'had been told', 'their hours would be cut']]);
    assert.equal(onlyKind(text), 'statement');
  });

  it('reads "was told not to" as a request with no source', () => {
    const text = 'Staff had been told not to speak to the press.';
    assertDetects(text, [[null, 'had been told', 'not to speak to the press']]);
    assert.equal(onlyKind(text), 'request');
  });

  it('keeps the agent as the source of a passive with "by"', () => {
    const text = 'The council had been told by the ministry that funding would end.';
    assert.equal(detectAttributions(text)[0]?.source?.text, 'the ministry');
  });

  it('ends the agent of a passive judgement before its reason: "was accused by rivals of lying"', () => {
    assert.equal(detectAttributions('The senator has been accused by rivals of lying.')[0]?.source?.text, 'rivals');
  });

  it('ends a nested sourceless claim before the outer source\'s next verb', () => {
    const text = 'The federation said its members had been asked to accept price cuts and warned that some would close.';
    const asked = detectAttributions(text).find((c) => c.cue?.text === 'had been asked');
    assert.equal(asked?.content.text, 'to accept price cuts');
  });

  it('reads "It has been suggested that" as a statement, not evidence', () => {
    assert.equal(onlyKind('It has been suggested that the vote be delayed.'), 'statement');
  });

  it('reads "was blamed on" with its cause as the content', () => {
    assertDetects('The fire was blamed on faulty wiring.', [[null, 'was blamed on', 'faulty wiring']]);
  });

  it('finds no claim in "was attacked for": often a blow, not words', () => {
    assertDetects('The man was attacked for being gay.', []);
  });

  it('finds no claim in "was cast as": a part in a film, not a label', () => {
    assertDetects('She was cast as the villain in the film.', []);
  });

  it('finds no claim in "was asked his name when…": no question follows the verb', () => {
    assertDetects('He was asked his name when he arrived.', []);
  });

  it('finds no claim in an impersonal frame after a modal: "It should be noted that"', () => {
    assertDetects('It should be noted that the figures are provisional.', []);
  });

  it('finds no claim in "was reported missing"', () => {
    assertDetects('The boy was reported missing on Tuesday.', []);
  });

  it('finds no claim in "was reported to police"', () => {
    assertDetects('The incident was reported to police.', []);
  });

  it('finds no claim in a plan of a thing: "is scheduled to open"', () => {
    assertDetects('The bridge is scheduled to open in May.', []);
  });

  it('finds no claim in "was seen as": a framing, not a report', () => {
    assertDetects('The move was seen as a snub to Beijing.', []);
  });

  it('finds no claim in a modal "it could be argued that": the writer\'s own voice', () => {
    assertDetects('It could be argued that the plan failed.', []);
  });

  it('finds no claim in a passive judgement without its reason or label', () => {
    assertDetects('The rescuers were praised.', []);
  });

  it('finds no claim in "was asked about": a topic, not a question', () => {
    assertDetects('Voters were asked about the economy.', []);
  });

  it('finds no claim in "were told of": a topic, not a content', () => {
    assertDetects('Workers were told of the delay at a meeting on Wednesday.', []);
  });

  it('finds no claim in a bare "it is believed" without content', () => {
    assertDetects('Or so it is believed.', []);
  });
});
