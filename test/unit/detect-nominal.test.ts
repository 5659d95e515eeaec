// Specification of nominal cues, owned or not: "news that…", "calls for…", "questions about…" (PARC 3.0 / PolNeAR).
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

/** The [cue, kind] pairs detected in `text`, in order. */
function kinds(text: string): [string | undefined, string][] {
  return detectAttributions(text).map((c) => [c.cue?.text, c.kind]);
}

describe('detectAttributions: nominal cues', () => {
  describe('without an owner (source null)', () => {
    it('reads "news that…" opening a sentence as a statement and ends its content before the predicate', () => {
      assertDetects('News that the plant would close spread quickly through the town.', [[null, 'News', 'the plant would close']]);
    });

    it('ends the content of "news that…" before the predicate after a perfect with its object', () => {
      assertDetects('News that the FBI had reopened the case stunned the campaign.', [[null, 'News', 'the FBI had reopened the case']]);
    });

    it('ends the content of "news that…" before a predicate right after the clause\'s main verb', () => {
      assertDetects('News that the plant had closed stunned the town.', [[null, 'News', 'the plant had closed']]);
    });

    it('reads "There were reports that…" as a noun with source null, not the verb "reports" after "were"', () => {
      assertDetects('There were reports that the nominee would skip the debate.', [[null, 'reports', 'the nominee would skip the debate']]);
    });

    it('ends the content of "the claim that…" as a subject before a predicate with its own auxiliary', () => {
      assertDetects('The claim that the election was rigged has been debunked.', [[null, 'claim', 'the election was rigged']]);
    });

    it('reads "questions about" put to someone as a request whose content ends before a sentence adjunct', () => {
      assertDetects('Trump faced questions about his taxes at the debate.', [[null, 'questions about', 'his taxes']]);
      assert.deepEqual(kinds('Trump faced questions about his taxes.'), [['questions about', 'request']]);
    });

    it('reads "calls for" after an adjective as a noun, a request with its object and infinitive as content', () => {
      assertDetects('There are growing calls for the mayor to resign.', [[null, 'calls for', 'the mayor to resign']]);
    });

    it('reads "calls for" as the object of a verb as a noun', () => {
      assertDetects('The report has prompted calls for all edible salt to be iodised.', [[null, 'calls for', 'all edible salt to be iodised']]);
    });

    it('keeps a relative clause set off by commas inside a subject\'s content and ends it before the predicate', () => {
      assertDetects('The allegation that Russia hacked the DNC, which officials confirmed, has shaken the campaign.', [[null, 'allegation', 'Russia hacked the DNC, which officials confirmed']]);
    });

    it('reads a fronted "Amid reports that…" as no content of the verb after its comma', () => {
      assertDetects('Amid reports that the plant would close, workers protested.', [[null, 'reports', 'the plant would close']]);
    });

    it('ends the content of a noun in a fronted phrase at the comma', () => {
      const claims = detectAttributions('Amid reports that the plant would close, the union met.');
      assert.deepEqual(claims.map((c) => [c.source, c.cue?.text, c.content.text]), [[null, 'reports', 'the plant would close']]);
    });

    it('gives "speculation that" the kind belief and "concerns about" the kind belief', () => {
      assert.deepEqual(kinds('The minister faced speculation that she would resign.'), [['speculation', 'belief']]);
      assert.deepEqual(kinds('Concerns about safety have grown.'), [['Concerns about', 'belief']]);
    });

    it('reads a noun after "there were" as a noun ("There were rumors that…")', () => {
      assertDetects('There were rumors that she would step down.', [[null, 'rumors', 'she would step down']]);
    });

    it('reads questions that open the sentence as put to someone', () => {
      assertDetects('Questions about his health have dogged the campaign.', [[null, 'Questions about', 'his health']]);
    });

    it('reads "the question of whether" with the whether-clause as content', () => {
      assertDetects('She faces the question of whether to run again.', [[null, 'question of', 'whether to run again']]);
    });

    it('reads "calls to" before a verb of the political agenda as a request ("calls to resign")', () => {
      assertDetects('Calls to impeach the governor grew louder.', [[null, 'Calls', 'to impeach the governor']]);
    });

    it('reads "a call to" before anything else as no request ("a call to voters")', () => {
      assertDetects('It was a call to voters in the north.', []);
    });

    it('reads "a pledge to" with its infinitive as an intention', () => {
      assert.deepEqual(kinds('The pledge to rebuild the bridge was broken.'), [['pledge', 'intention']]);
    });
  });

  describe('with an owner', () => {
    it('takes an owner behind adjectives as the source ("his urgent calls for")', () => {
      assertDetects('Authorities ignored his urgent calls for mandatory iodised salt.', [['his', 'calls for', 'mandatory iodised salt']]);
    });

    it('takes an owner after "from" as the source, the complement after it as the content', () => {
      assertDetects('The firing prompted calls from Democrats for an independent investigation.', [['Democrats', 'calls', 'an independent investigation']]);
    });

    it('takes an owner after "from" before a that-clause, in a subject ("Warnings from experts that…")', () => {
      assertDetects('Warnings from experts that the levee could fail were ignored.', [['experts', 'Warnings', 'the levee could fail']]);
    });

    it('reads no owner in a time after "from" nor in a market\'s "demand from"', () => {
      assertDetects('She received calls from Monday to Friday.', []);
      assertDetects('Officials expected demand from supporters to exceed the seats.', [['Officials', 'expected', 'demand from supporters to exceed the seats']]);
    });

    it('takes the subject of a light verb as the source, the verb group joining the cue', () => {
      assertDetects('Union officials have raised allegations that the airline cut corners.', [['Union officials', 'have raised allegations', 'the airline cut corners']]);
    });

    it('takes the holder of "had concerns about" as the source of a belief', () => {
      assertDetects('The firm had legitimate concerns about her methods.', [['The firm', 'had legitimate concerns about', 'her methods']]);
    });

    it('reads owned stances and judgements with their object ("his criticism of", "the paper\'s endorsement of")', () => {
      assert.deepEqual(kinds('Critics noted his opposition to the war.'), [['opposition to', 'intention']]);
      assertDetects("His criticism of the plan was harsh.", [['His', 'criticism of', 'the plan']]);
      assertDetects("The paper's endorsement of Clinton surprised readers.", [['The paper', 'endorsement of', 'Clinton']]);
    });

    it('reads a stance made public by a verb that is a cue itself as one claim of its subject ("announced support for")', () => {
      assertDetects('Democrats announced support for the bill.', [['Democrats', 'announced support for', 'the bill']]);
    });

    it('reads a participle after an owner as an adjective: "Trump\'s repeated calls for" are Trump\'s', () => {
      assertDetects("Trump's repeated calls for a Muslim ban alarmed allies.", [['Trump', 'calls for', 'a Muslim ban']]);
    });

    it('reads "signaled his support for" as a stance of the verb\'s subject', () => {
      assertDetects('Kasich signaled his support for the bill.', [['Kasich', 'signaled his support for', 'the bill']]);
    });

    it('reads "expressed concern about" with the noun\'s preposition in the cue and its object as content', () => {
      assertDetects('Clinton expressed concern about the hacking.', [['Clinton', 'expressed concern about', 'the hacking']]);
      assert.deepEqual(kinds('Democrats raised concerns over the cost.'), [['raised concerns over', 'belief']]);
    });

    it('reads "took note of" as a cue with its object as content', () => {
      assertDetects("The judge took note of the defendant's remorse.", [['The judge', 'took note of', "the defendant's remorse"]]);
    });

    it('reads a stance with a light verb as its subject\'s ("expressed support for")', () => {
      assertDetects('The senator expressed support for the bill.', [['The senator', 'expressed support for', 'the bill']]);
    });

    it('ends the that-clause of an owned noun that is the subject before the predicate, past numbers and signs', () => {
      assertDetects("The campaign's claim that it raised $50 million could not be verified.", [['The campaign', 'claim', 'it raised $50 million']]);
    });

    it('keeps a participle after the object of "had" inside the content of a subject', () => {
      assertDetects("The company's assertion that users had their histories exposed could not be verified.", [['The company', 'assertion', 'users had their histories exposed']]);
    });

    it('ends the content of an owned question that is the subject before the predicate', () => {
      assertDetects("Trump's questions about the vote drew criticism.", [['Trump', 'questions about', 'the vote']]);
    });
  });

  describe('what is no nominal claim', () => {
    it('reads "no question about" as certainty, not a question', () => {
      assertDetects('There is no question about it.', []);
    });

    it('reads a relative clause after the noun as no content ("the report that was released")', () => {
      assertDetects('The report that was released on Monday is long.', []);
    });

    it('reads a relative clause that leaves its object to the noun as no content ("the claims that he made")', () => {
      assertDetects('The claims that he made were false.', []);
    });

    it('reads a request for comment as no claim of its own', () => {
      assertDetects('She did not respond to requests for comment.', [['She', 'did not respond', 'to requests for comment']]);
    });

    it('reads "demand for" without an owner as a market, not a request', () => {
      assertDetects('Demand for electric cars has slowed.', []);
    });

    it('reads "questions about" not put to anyone as no claim', () => {
      assertDetects('Being there would help me formulate better questions about the anemones.', []);
    });

    it('reads stance nouns without an owner as no claim ("support for the bill grew", "faced criticism for")', () => {
      assertDetects('Support for the bill grew. Clinton has faced criticism for her emails.', []);
    });

    it('reads "calls for help" after a past verb as telephone calls, no request', () => {
      assertDetects('Police received calls for help from the building.', []);
    });

    it('reads plans and threats without an owner as no claim', () => {
      assertDetects('The plans for the new stadium are ready. It is a threat to democracy.', []);
    });

    it('leaves a that-clause after a reporting verb\'s adjunct to the verb ("told jurors during closing arguments that")', () => {
      assertDetects('Prosecutors told jurors during closing arguments that Marsh lied.', [['Prosecutors', 'told jurors', 'Marsh lied']]);
    });

    it('reads "the word that" as a relative, not news', () => {
      assertDetects('Chaos is the word that best describes it.', []);
    });
  });

  describe('participles inside a subject', () => {
    it('ends the content of a participle after its source at the predicate ("Polls showing her ahead … have cheered")', () => {
      assertDetects('Polls showing her ahead in Ohio have cheered Democrats.', [['Polls', 'showing', 'her ahead in Ohio']]);
    });

    it('takes the noun phrase before the participle as its source, not the clause it ends ("Democrats released polls showing")', () => {
      assertDetects('Democrats released polls showing she was ahead in Ohio.', [['polls', 'showing', 'she was ahead in Ohio']]);
      assertDetects('The newly released polls showing her ahead have cheered Democrats.', [['The newly released polls', 'showing', 'her ahead']]);
    });

    it('keeps the whole clause of a participle that is not inside a subject', () => {
      const claims = detectAttributions('Democrats released polls showing she was ahead in Ohio.');
      assert.deepEqual(claims.map((c) => [c.cue?.text, c.content.text]), [['showing', 'she was ahead in Ohio']]);
    });
  });
});
