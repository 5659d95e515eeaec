// Specification of cues from the published attribution inventories (PARC 3.0, PolNeAR) that real political news uses.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import type { ClaimKind } from '../../src/core/detect/types';
import { assertDetects } from './support/spans';

/** The [cue, kind] pairs detected in `text`, in order. */
function kinds(text: string): [string | undefined, ClaimKind][] {
  return detectAttributions(text).map((c) => [c.cue?.text, c.kind]);
}

describe('detectAttributions: cue inventory of political news', () => {
  describe('verbs of saying', () => {
    it('reads verbs of saying with a tone ("countered", "joked", "lamented") as statements', () => {
      for (const verb of ['countered', 'joked', 'lamented', 'mused', 'bragged', 'proclaimed', 'swore', 'confessed', 'grumbled']) {
        assertDetects(`Smith ${verb} that the plan was dead.`, [['Smith', verb, 'the plan was dead']]);
      }
    });

    it('takes the how-clause after "recounted" as its content', () => {
      assertDetects('Smith recounted how the plan died.', [['Smith', 'recounted', 'how the plan died']]);
    });

    it('keeps the listener of "reassured" in the cue, like that of "told"', () => {
      assertDetects('Smith reassured voters that the plan would pass.', [['Smith', 'reassured voters', 'the plan would pass']]);
    });

    it('reads "apologized for" with its object as a statement', () => {
      assertDetects('Smith apologized for the remarks.', [['Smith', 'apologized for', 'the remarks']]);
    });

    it('reads "apologized" without "for" as no attribution', () => {
      assertDetects('Smith apologized to the families.', []);
    });

    it('reads "objected to" as a statement and the bare noun "object" as none', () => {
      assertDetects('Smith objected to the plan.', [['Smith', 'objected to', 'the plan']]);
      assertDetects('The object fell from the sky.', []);
    });

    it('reads "made clear" and "made it clear" as cues of speech', () => {
      assertDetects('Smith made clear that he would not run.', [['Smith', 'made clear', 'he would not run']]);
      assertDetects('Smith made it clear that he would not run.', [['Smith', 'made it clear', 'he would not run']]);
    });
  });

  describe('judgements', () => {
    it('reads "took aim at" and "took issue with" as characterizations of their object', () => {
      assert.deepEqual(kinds('Trump took aim at Clinton over her emails.'), [['took aim at', 'characterization']]);
      assert.deepEqual(kinds('Smith took issue with the plan.'), [['took issue with', 'characterization']]);
    });

    it('reads "lashed out at" and "spoke out against" as characterizations', () => {
      assertDetects('Smith lashed out at the media.', [['Smith', 'lashed out at', 'the media']]);
      assertDetects('Smith spoke out against the plan.', [['Smith', 'spoke out against', 'the plan']]);
    });

    it('reads "attacked" as a characterization only with a reason or label after its object', () => {
      assertDetects('Smith attacked Clinton over her emails.', [['Smith', 'attacked', 'Clinton over her emails']]);
      assertDetects('Militants attacked a village near the border.', []);
    });

    it('reads "mocked", "derided" and "ridiculed" as characterizations of their object', () => {
      assert.deepEqual(kinds('Smith mocked Clinton\'s stamina.'), [['mocked', 'characterization']]);
      assert.deepEqual(kinds('Smith derided the plan as a gimmick.'), [['derided', 'characterization']]);
      assert.deepEqual(kinds('Smith ridiculed the plan.'), [['ridiculed', 'characterization']]);
    });

    it('reads "credited X with" as a characterization', () => {
      assertDetects('Smith credited Clinton with the win.', [['Smith', 'credited', 'Clinton with the win']]);
    });

    it('classifies "dismissed X as Y" as a characterization and a plain "dismissed" as a statement', () => {
      assert.deepEqual(kinds('Trump dismissed the report as fake news.'), [['dismissed', 'characterization']]);
      assert.deepEqual(kinds('Trump dismissed the report.'), [['dismissed', 'statement']]);
    });
  });

  describe('requests', () => {
    it('reads "challenged", "advised" and "ordered" with an addressee and a to-infinitive as requests', () => {
      assert.deepEqual(kinds('Smith challenged Clinton to release her transcripts.'), [['challenged', 'request']]);
      assert.deepEqual(kinds('Smith advised voters to stay home.'), [['advised', 'request']]);
      assert.deepEqual(kinds('Smith ordered aides to stop the leaks.'), [['ordered', 'request']]);
    });

    it('reads "ordered" and "challenged" without a to-infinitive as no attribution', () => {
      assertDetects('The judge ordered a review of the ballots.', []);
      assertDetects('The campaign challenged the ruling in court.', []);
    });

    it('reads "advises" before a relative clause as no request', () => {
      assertDetects('Protect, a charity that advises workers who raise concerns, has a helpline.', []);
    });

    it('reads "pushing for" as a request and "pushing" without "for" as none', () => {
      assert.deepEqual(kinds('Clinton is pushing for a higher minimum wage.'), [['is pushing for', 'request']]);
      assertDetects('Several policymakers are pushing to pause rate cuts.', []);
      assertDetects('The closure will push more women to give birth on the road.', []);
    });

    it('classifies "questioned whether" and "wondered whether" as requests', () => {
      assert.deepEqual(kinds('Sanders questioned whether Clinton could win.'), [['questioned', 'request']]);
      assert.deepEqual(kinds('Sanders wondered whether Clinton could win.'), [['wondered', 'request']]);
    });

    it('classifies "told" with an addressee and a to-infinitive as a request', () => {
      assert.deepEqual(kinds('Trump told supporters to vote early.'), [['told supporters', 'request']]);
    });

    it('keeps "told" with an addressee and a clause a statement, even with "to" inside the clause', () => {
      assert.deepEqual(kinds('The company told customers delays of up to five days should be expected.'), [['told customers', 'statement']]);
    });
  });

  describe('stances and beliefs', () => {
    it('reads "threw his support behind" and "came out against" as intentions', () => {
      assert.deepEqual(kinds('Sanders threw his support behind Clinton.'), [['threw his support behind', 'intention']]);
      assert.deepEqual(kinds('The senator came out against the bill.'), [['came out against', 'intention']]);
    });

    it('reads "wishes" with a clause as a belief', () => {
      assert.deepEqual(kinds('Smith wishes the plan had passed.'), [['wishes', 'belief']]);
    });

    it('classifies "agreed that" as a statement and "agreed to" as an intention', () => {
      assert.deepEqual(kinds('Smith agreed that the plan was a fraud.'), [['agreed', 'statement']]);
      assert.deepEqual(kinds('Smith agreed to support the plan.'), [['agreed', 'intention']]);
    });

    it('classifies "protested that" as a statement', () => {
      assert.deepEqual(kinds('Smith protested that the plan was a fraud.'), [['protested', 'statement']]);
    });

    it('classifies "implied" with a person as source as a statement', () => {
      assert.deepEqual(kinds('Smith implied that the plan would pass.'), [['implied', 'statement']]);
    });
  });

  describe('intentions that name no plan', () => {
    it('reads a wish inside a free relative as no intention', () => {
      assertDetects('What I want to do with the animals requires new material.', []);
      assertDetects('That is what we wanted to do.', []);
    });

    it('keeps the wish of a pseudo-cleft, stated after its copula', () => {
      assert.equal(detectAttributions('What I want the purpose to be, is to inspire people.').length, 1);
    });

    it('reads an intention whose content is only "to do so" or "to do it" as none', () => {
      assertDetects('Trump wants to do it.', []);
      assertDetects('The council plans to do so.', []);
    });

    it('keeps an intention to do something named', () => {
      assertDetects('Trump wants to do more for veterans.', [['Trump', 'wants', 'to do more for veterans']]);
    });
  });

  describe('phrases that name a source', () => {
    it('takes the phrase after "per" as the source and the rest of the sentence as the content', () => {
      assertDetects('The plan is dead, per the campaign.', [['the campaign', 'per', 'The plan is dead']]);
    });

    it('reads a sentence-opening "Per" with a determiner as a source phrase', () => {
      assertDetects('Per a person familiar with the talks, the plan is dead.', [['a person familiar with the talks', 'Per', 'the plan is dead']]);
    });

    it('reads "per" in rates and "per cent" as no attribution', () => {
      assertDetects('Gas costs $3 per gallon, per cent or not.', []);
      assertDetects('Turnout rose 5 per cent.', []);
    });

    it('reads a capital "Per" inside a sentence as a name, not a source phrase', () => {
      const text = "Her party's finance spokesman, Per Holm, claimed that the standoff had cost the country.";
      assert.deepEqual(kinds(text), [['claimed', 'statement']]);
    });

    it('reads "As X put it," as a statement of the clause after the comma', () => {
      assertDetects('As one official put it bluntly, the plan is dead.', [['one official', 'put it', 'the plan is dead']]);
    });

    it('reads "put it" with a manner and a colon as a statement of what follows the colon', () => {
      assertDetects('Smith put it bluntly: "The plan is dead."', [['Smith', 'put it', 'The plan is dead']]);
    });

    it('reads "put it" with a place as no attribution', () => {
      assertDetects('Smith put it on the table.', []);
    });

    it('takes the owner after a sentence-opening "In" as the source of "In X\'s words/view,"', () => {
      assertDetects("In Smith's words, the plan is dead.", [['Smith', 'words', 'the plan is dead']]);
      assert.deepEqual(kinds("In the senator's view, the plan is dead."), [['view', 'belief']]);
    });

    it('reads "in his mind" inside a sentence as no frame', () => {
      assertDetects('Customs cannot check what a scientist has in his mind, they can only check his pockets.', []);
    });
  });

  describe('nominal cues', () => {
    it('reads an owned view stated after a copula ("X\'s position is that…") as an attribution', () => {
      assertDetects("Trump's position is that the plan is dead.", [['Trump', 'position', 'the plan is dead']]);
      assert.deepEqual(kinds("Smith's view is that the plan is dead."), [['view', 'belief']]);
    });

    it('reads an owned "calls for" as a request with its object as content', () => {
      assertDetects('Her calls for a $15 minimum wage were ignored.', [['Her', 'calls for', 'a $15 minimum wage']]);
    });

    it('takes the subject of a light verb, not the pronoun owner after it, as the source of a nominal cue', () => {
      assertDetects('Sanders renewed his calls for a $15 minimum wage.', [['Sanders', 'renewed his calls for', 'a $15 minimum wage']]);
    });

    it('takes the subject of a light verb as the source of an owned stance noun', () => {
      assertDetects('Sanders reiterated his opposition to the deal.', [['Sanders', 'reiterated his opposition to', 'the deal']]);
    });

    it('ends the object of an owned "calls for" at the comma closing a relative clause', () => {
      assertDetects('Trump, who renewed his calls for a wall, spoke in Phoenix.', [['Trump', 'renewed his calls for', 'a wall']]);
    });

    it('keeps a pronoun owner that a pronoun subject of another gender cannot stand for', () => {
      assertDetects('She renewed his calls for a $15 minimum wage.', [['his', 'calls for', 'a $15 minimum wage']]);
    });

    it('reads a light verb coordinated with an attribution as sharing its source, one claim for the nominal cue', () => {
      assertDetects('Zelenskyy said the attacks were terror and repeated his appeal for more air defence systems.', [
        ['Zelenskyy', 'said', 'the attacks were terror'],
        ['Zelenskyy', 'repeated his appeal for', 'more air defence systems'],
      ]);
    });

    it('ends the content of an owned call that is its sentence\'s subject before the predicate', () => {
      assertDetects("Trump's call for a ban on Muslims drew criticism.", [['Trump', 'call for', 'a ban on Muslims']]);
    });
  });

  describe('refusals and deliberations', () => {
    it('reads an answer withheld by a negated subject ("Neither campaign responded to…") as a refusal', () => {
      assert.deepEqual(kinds('Neither campaign responded to requests for comment.'), [['responded', 'refusal']]);
      assert.deepEqual(kinds('None of the officials commented on the report.'), [['commented', 'refusal']]);
      assertDetects('The campaign responded to the ad with its own.', []);
    });

    it('reads "did not return calls" as a refusal with the calls as content', () => {
      assertDetects('The campaign did not return calls seeking comment.', [['The campaign', 'did not return', 'calls seeking comment']]);
      assert.deepEqual(kinds('Smith did not immediately return a message left Tuesday.'), [['did not immediately return', 'refusal']]);
    });

    it('reads "returned" without negation or without a message as no attribution', () => {
      assertDetects('He returned the calls on Tuesday.', []);
      assertDetects('He did not return the money.', []);
    });

    it('reads a progressive "is considering a run" or "is weighing whether to" as an intention', () => {
      assert.deepEqual(kinds('Trump is considering a run for governor.'), [['is considering', 'intention']]);
      assert.deepEqual(kinds('Trump is weighing whether to attend the debate.'), [['is weighing', 'intention']]);
    });

    it('reads "is considering the case" as no intention', () => {
      assertDetects('The court is considering the case.', []);
    });
  });

  describe('more judgements, stances and beliefs', () => {
    it('reads attacks with a reason or label ("hammered X over", "likened X to") as characterizations', () => {
      assert.deepEqual(kinds('Clinton hammered Trump over his taxes.'), [['hammered', 'characterization']]);
      assert.deepEqual(kinds('Clinton likened Trump to a dictator.'), [['likened', 'characterization']]);
    });

    it('reads "hammered" without a reason as no attribution', () => {
      assertDetects('Workers hammered the last nails into the stage.', []);
    });

    it('takes the object of a cue\'s own particle as its content ("boasted of", "bragged about", "admitted to")', () => {
      assertDetects('Trump boasted of his wealth.', [['Trump', 'boasted of', 'his wealth']]);
      assertDetects('Clinton admitted to using a private server.', [['Clinton', 'admitted to', 'using a private server']]);
    });

    it('reads "pointed out" with a plain object as no attribution', () => {
      assertDetects('Waters pointed out those features to attendees.', []);
    });

    it('reads "believes in" as an intention, a stance like "supports"', () => {
      assert.deepEqual(kinds('Trump believes in free trade.'), [['believes in', 'intention']]);
    });

    it('reads "called upon X to" as a request', () => {
      assert.deepEqual(kinds('Trump has called upon Congress to act.'), [['has called upon', 'request']]);
    });

    it('reads "is determined to" and "is eager to" as intentions with the to-infinitive as content', () => {
      assertDetects('Clinton is determined to win Ohio.', [['Clinton', 'is determined', 'to win Ohio']]);
      assert.deepEqual(kinds('Clinton is eager to debate Trump.'), [['is eager', 'intention']]);
    });

    it('reads "is determined" without a to-infinitive, and "must be willing to", as no intention', () => {
      assertDetects('The outcome is determined by turnout.', []);
      assertDetects('On occasion you must be willing to go down with the ship.', []);
    });

    it('classifies a refusal to act ("refused to resign") as an intention and one to inform as a refusal', () => {
      assert.deepEqual(kinds('Trump refused to resign.'), [['refused', 'intention']]);
      assert.deepEqual(kinds('Trump refused to release his tax returns.'), [['refused', 'refusal']]);
    });

    it('classifies a refusal to act as an intention with an auxiliary in the cue too ("has refused to halt")', () => {
      assert.deepEqual(kinds('Iran has refused to halt uranium enrichment.'), [['has refused', 'intention']]);
    });

    it('reads "made the case that" as a statement, without "that" in the cue', () => {
      assertDetects('Clinton has made the case that Trump is unfit.', [['Clinton', 'has made the case', 'Trump is unfit']]);
    });

    it('reads "expressed confidence that" and "has no doubt that" as beliefs', () => {
      assert.deepEqual(kinds('Officials expressed confidence that the vote would pass.'), [['expressed confidence', 'belief']]);
      assert.deepEqual(kinds('Trump has no doubt that he will win.'), [['has no doubt', 'belief']]);
    });

    it('keeps the listener of "promised" in the cue', () => {
      assertDetects('Trump promised supporters he would build a wall.', [['Trump', 'promised supporters', 'he would build a wall']]);
    });
  });

  describe('the first pass finds sentences whose only cue is a phrase or a common noun', () => {
    it('finds "In X\'s words," and "per X" with no cue word elsewhere in the sentence', () => {
      assertDetects("In Smith's words, the race is over.", [['Smith', 'words', 'the race is over']]);
      assertDetects('The race is over, per the campaign.', [['the campaign', 'per', 'The race is over']]);
    });

    it('finds an owned view stated after a copula with no cue word elsewhere in the sentence', () => {
      assertDetects("Trump's position is that the race is over.", [['Trump', 'position', 'the race is over']]);
    });

    it('finds a progressive deliberation and an owned "pleas for"', () => {
      assert.deepEqual(kinds('Trump is mulling over a run for governor.'), [['is mulling over', 'intention']]);
      assert.deepEqual(kinds('Sanders renewed his pleas for a $15 minimum wage.'), [['renewed his pleas for', 'request']]);
    });

    it('still reads "view X as Y" as a characterization', () => {
      assert.deepEqual(kinds('Analysts view the race as over.'), [['view', 'characterization']]);
    });
  });

  describe('talk that names no claim', () => {
    it('reads "said little about" and "said nothing" as no attribution, and "said nothing would change" as one', () => {
      assertDetects('The White House has said little about the matter.', []);
      assertDetects('The minister said nothing.', []);
      assertDetects('The minister said nothing would change.', [['The minister', 'said', 'nothing would change']]);
    });

    it('reads a speech verb whose object is talk itself ("tell stories", "answered five questions") as no attribution', () => {
      assertDetects("When I tell stories I don't like that everything will be clear from the beginning.", []);
      assertDetects('Smith answered five questions submitted via e-mail.', []);
    });

    it('keeps a talk noun that is the subject of the reported clause', () => {
      assertDetects('He said the truth would come out.', [['He', 'said', 'the truth would come out']]);
      assertDetects('She told reporters the questions were unfair.', [['She', 'told reporters', 'the questions were unfair']]);
    });

    it('reads a person who "showed me" something as no evidence, and data that "showed us" as evidence', () => {
      assertDetects('My father showed me some stuff in mathematics.', []);
      assert.deepEqual(kinds('The data showed us a clear trend.'), [['showed', 'evidence']]);
    });
  });

  describe('cautions, doubts and means', () => {
    it('reads "cautioned against" with its object as a statement', () => {
      assertDetects('Clinton cautioned against complacency.', [['Clinton', 'cautioned against', 'complacency']]);
    });

    it('reads "are skeptical that" as a belief with the clause as content', () => {
      assertDetects('Voters are skeptical that Trump can win.', [['Voters', 'are skeptical', 'Trump can win']]);
    });

    it('gives a judgement after "by" the main clause\'s subject: "responded by calling X a liar"', () => {
      assertDetects('Trump responded by calling Clinton a liar.', [['Trump', 'calling', 'Clinton a liar']]);
    });
  });

  describe('advocacy', () => {
    it('reads "appealed for" and "pressed for" as requests with their object as content', () => {
      assertDetects('The mayor appealed for calm.', [['The mayor', 'appealed for', 'calm']]);
      assert.deepEqual(kinds('Sanders pressed for a vote.'), [['pressed for', 'request']]);
    });

    it('reads "argued for" with its object as a statement', () => {
      assertDetects('Clinton argued for a higher minimum wage.', [['Clinton', 'argued for', 'a higher minimum wage']]);
    });

    it('reads "has championed" as an intention and the noun "champion" as none', () => {
      assert.deepEqual(kinds('Clinton has championed paid family leave.'), [['has championed', 'intention']]);
      assertDetects('She is a champion of the poor.', []);
    });
  });
});

describe('detectAttributions: intentions of instruments', () => {
  it('finds no intention held by a bill, a law or a mission', () => {
    assertDetects('The bill seeks to raise the minimum wage to $15 an hour.', []);
    assertDetects('The new law aims to reduce emissions by 40 percent.', []);
    assertDetects('The mission aims to study the atmosphere of Mars.', []);
  });

  it('keeps the intention of a person or a body', () => {
    assertDetects('The company plans to build a second plant in Texas.', [['The company', 'plans', 'to build a second plant in Texas']]);
  });
});
