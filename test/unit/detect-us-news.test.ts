// Specification of how US wire and newspaper copy attributes: titles, party tags, places, asides, listeners and adjuncts.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: US news copy', () => {
  describe('sources with titles, party tags and places', () => {
    it('keeps a party tag in parentheses after an inverted source', () => {
      const text = '“It is time to act,” said Sen. Mitch McConnell (R-Ky.).';
      assertDetects(text, [['Sen. Mitch McConnell (R-Ky.)', 'said', 'It is time to act']]);
    });

    it('keeps a party tag set off by commas in the source before the cue', () => {
      const text = 'Rep. Adam Schiff, D-Calif., said the memo was misleading.';
      assertDetects(text, [['Rep. Adam Schiff, D-Calif.,', 'said', 'the memo was misleading']]);
    });

    it('keeps a party tag and the apposition after it in the source', () => {
      const text = "Sen. Tim Kaine, D-Va., Clinton's running mate, said the ticket was strong.";
      assertDetects(text, [["Sen. Tim Kaine, D-Va., Clinton's running mate,", 'said', 'the ticket was strong']]);
    });

    it('leaves out a prepositional aside whose place names a state after its town', () => {
      const text = 'Trump, in a speech in Gettysburg, Pa., said he would sue the women.';
      assertDetects(text, [['Trump', 'said', 'he would sue the women']]);
    });

    it('leaves out a participial aside whose place names a state after its town', () => {
      const text = 'Clinton, speaking in Des Moines, Iowa, said Trump was unfit.';
      assertDetects(text, [['Clinton', 'said', 'Trump was unfit']]);
    });

    it('leaves out a relative clause ending in a place and a time', () => {
      const text = 'Trump, who spoke in Tampa, Fla., on Monday, said the polls were wrong.';
      assertDetects(text, [['Trump', 'said', 'the polls were wrong']]);
    });

    it('keeps a place after a university in the apposition that holds it', () => {
      const text = 'Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said the images mattered.';
      assertDetects(text, [['Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville,', 'said', 'the images mattered']]);
    });

    it('keeps a role set off before a name that letters follow', () => {
      const text = 'The Crown prosecutor, Mark Tedeschi, QC, told the jury that the accused had lied.';
      assertDetects(text, [['The Crown prosecutor, Mark Tedeschi, QC,', 'told the jury', 'the accused had lied']]);
    });

    it('keeps a role set off before a name that an age follows', () => {
      const text = "The group's president, Dr. Ann Lee, 62, said the vote was a turning point.";
      assertDetects(text, [["The group's president, Dr. Ann Lee, 62,", 'said', 'the vote was a turning point']]);
    });

    it('keeps a role apposition that names a town and its state', () => {
      const text = 'John Smith, a lawyer in Austin, Texas, said the law was clear.';
      assertDetects(text, [['John Smith, a lawyer in Austin, Texas,', 'said', 'the law was clear']]);
    });

    it('keeps an age set off by commas in the source', () => {
      const text = 'Crane operator Fatima El Amrani, 41, said she had worked there.';
      assertDetects(text, [['Crane operator Fatima El Amrani, 41,', 'said', 'she had worked there']]);
    });

    it('leaves a sentence adverb set off by commas out of the source', () => {
      const text = 'The Clinton campaign and Democrats, meanwhile, said Comey had broken with practice.';
      assertDetects(text, [['The Clinton campaign and Democrats', 'said', 'Comey had broken with practice']]);
    });

    it('keeps a share set off by commas in the source', () => {
      const text = 'A majority of voters, 56 percent, say the country is on the wrong track.';
      assertDetects(text, [['A majority of voters, 56 percent,', 'say', 'the country is on the wrong track']]);
    });

    it('reads a passive participle set off by commas as an aside, not a claim', () => {
      const text = 'Trump, asked about the tape, said it was “locker room talk.”';
      assertDetects(text, [['Trump', 'said', 'it was “locker room talk']]);
    });

    it('keeps a relative clause inside the content', () => {
      const text = 'Clinton said Trump, who has called for a ban on Muslims, was dangerous.';
      assertDetects(text, [
        ['Clinton', 'said', 'Trump, who has called for a ban on Muslims, was dangerous'],
        ['Trump', 'has called for', 'a ban on Muslims'],
      ]);
    });

    it('takes the subject before a dashed aside as the source', () => {
      const text = 'Several Republicans — including Sen. John McCain of Arizona — said they would not vote for Trump.';
      assertDetects(text, [['Several Republicans', 'said', 'they would not vote for Trump']]);
    });

    it('reads a role with "to" before a name as one source', () => {
      const text = 'According to Afghan Ambassador to the United States Hamdullah Mohib, the team was brave.';
      assertDetects(text, [['Afghan Ambassador to the United States Hamdullah Mohib', 'According to', 'the team was brave']]);
    });
  });

  describe('inverted sources with appositions', () => {
    it('keeps a possessive role apposition after an inverted "said"', () => {
      const text = '“We are not done,” said Mook, Clinton’s campaign manager.';
      assertDetects(text, [['Mook, Clinton’s campaign manager', 'said', 'We are not done']]);
    });

    it('keeps an apposition closed by a comma before an adjunct', () => {
      const text = "“It's over,” said Kellyanne Conway, Trump's campaign manager, in an interview with Fox News on Sunday.";
      assertDetects(text, [["Kellyanne Conway, Trump's campaign manager,", 'said', "It's over"]]);
    });

    it('keeps an apposition closed by a comma before a relative clause, leaving the clause out', () => {
      const text = '“He is a disaster,” said Jeb Bush, the former Florida governor, who dropped out of the race in February.';
      assertDetects(text, [['Jeb Bush, the former Florida governor,', 'said', 'He is a disaster']]);
    });
  });

  describe('listeners, media and adjuncts between the cue and "that"', () => {
    it('takes a network as the listener of "told"', () => {
      const text = 'Trump told CNN that he would accept the result.';
      assertDetects(text, [['Trump', 'told CNN', 'he would accept the result']]);
    });

    it('takes a newspaper as the listener of "told"', () => {
      const text = 'Comey told The Post that the investigation was ongoing.';
      assertDetects(text, [['Comey', 'told The Post', 'the investigation was ongoing']]);
    });

    it('skips a place adjunct opened by "aboard" before "that"', () => {
      const text = 'Spokesman Brian Fallon told reporters aboard the campaign plane that the letter was vague.';
      assertDetects(text, [['Spokesman Brian Fallon', 'told reporters', 'the letter was vague']]);
    });

    it('skips a bare day and a place before "that"', () => {
      const text = 'The Republican nominee said Monday night in Ohio that he would accept the results.';
      assertDetects(text, [['The Republican nominee', 'said', 'he would accept the results']]);
    });

    it('skips a programme with a quoted title before "that"', () => {
      const text = 'Conway said on CNN’s “State of the Union” that Trump would win.';
      assertDetects(text, [['Conway', 'said', 'Trump would win']]);
    });

    it('skips "in a statement", "on Twitter" and "in an interview" before "that"', () => {
      assertDetects('The campaign said in a statement that the report was false.', [['The campaign', 'said', 'the report was false']]);
      assertDetects('Trump said on Twitter that the election was rigged.', [['Trump', 'said', 'the election was rigged']]);
      assertDetects('Trump said in a tweet that the media was dishonest.', [['Trump', 'said', 'the media was dishonest']]);
    });

    it('takes the particle of "insisted on" as an adjunct\'s preposition before a channel and "that"', () => {
      assertDetects('Trump insisted on Twitter that he had won the debate.', [['Trump', 'insisted', 'he had won the debate']]);
    });

    it('keeps a particle before a channel word that is its object ("apologized for the remarks")', () => {
      assertDetects('Smith apologized for the remarks.', [['Smith', 'apologized for', 'the remarks']]);
    });

    it('finds no claim in a paper that "reported the story"', () => {
      assertDetects('The Times, which first reported the story, said the documents were authentic.', [['The Times', 'said', 'the documents were authentic']]);
    });

    it('takes the object of a preposition after an irregular past as the antecedent of "which"', () => {
      assertDetects('The story came from Politico, which reported that the campaign was in turmoil.', [['Politico', 'reported', 'the campaign was in turmoil']]);
    });

    it('skips a place with an abbreviated state after the listener', () => {
      const text = 'Trump told a crowd in Golden, Colo., that the system was rigged.';
      assertDetects(text, [['Trump', 'told a crowd', 'the system was rigged']]);
    });

    it('takes a network’s programme with its quoted title as the listener after an inverted quotation', () => {
      const text = '“I don’t think so,” Conway told MSNBC’s “Morning Joe” on Monday.';
      assertDetects(text, [['Conway', 'told MSNBC’s “Morning Joe”', 'I don’t think so']]);
    });

    it('takes a crowd "of" listeners after "told" and keeps a quotation with "going to" a statement', () => {
      const text = '“We’re going to win,” Trump told thousands of supporters at a rally.';
      assertDetects(text, [['Trump', 'told thousands of supporters', 'We’re going to win']]);
      assert.equal(detectAttributions(text)[0].kind, 'statement');
    });

    it('skips a bare day after the cue', () => {
      const text = 'The senator said Tuesday that he would vote against the bill.';
      assertDetects(text, [['The senator', 'said', 'he would vote against the bill']]);
    });
  });

  describe('crowds and polls', () => {
    it('reads a chant or a shout as speech', () => {
      assertDetects('Trump supporters chanted “Lock her up!”', [['Trump supporters', 'chanted', 'Lock her up!']]);
      assertDetects('A protester shouted that Trump was a racist.', [['A protester', 'shouted', 'Trump was a racist']]);
    });

    it('takes no claim from a chant without words', () => {
      assertDetects('The crowd chanted as Trump spoke.', []);
    });

    it('reads "approve of" and "disapprove of" as a stance', () => {
      assertDetects('A majority of voters disapprove of the way Trump is handling the transition.', [['A majority of voters', 'disapprove of', 'the way Trump is handling the transition']]);
    });

    it('reads "approve" without its "of" as an act, also after a refusal', () => {
      assertDetects('Congress approved the bill on Tuesday.', []);
      assertDetects('The board refused to approve the accounts of the trust.', [['The board', 'refused', 'to approve the accounts of the trust']]);
    });
  });

  describe('present-tense stances of headlines and copy', () => {
    it('reads a stance in -s with an infinitive after a name as a verb, not an ownerless noun', () => {
      assertDetects('Trump vows to repeal Obamacare.', [['Trump', 'vows', 'to repeal Obamacare']]);
      assertDetects('Clinton pledges to fight for families.', [['Clinton', 'pledges', 'to fight for families']]);
    });

    it('keeps an owned stance noun with an infinitive a noun', () => {
      assertDetects('His vows to repeal Obamacare were popular.', [['His', 'vows', 'to repeal Obamacare']]);
    });

    it('reads an infinitive in single quotation marks after a stance', () => {
      assertDetects("Trump vowed to 'drain the swamp' in his final rally.", [['Trump', 'vowed', "to 'drain the swamp' in his final rally"]]);
    });
  });

  describe('fronted clauses, first person in quotations and owned pledges', () => {
    it('takes no role before the name from the object of a fronted clause', () => {
      assertDetects('After meeting with the president, Ryan told reporters that the talks went well.', [['Ryan', 'told reporters', 'the talks went well']]);
      assertDetects('Asked whether he would rule out a special prosecutor, Trump said, “It is not something I feel strongly about.”', [
        [null, 'Asked', 'whether he would rule out a special prosecutor'],
        ['Trump', 'said', 'It is not something I feel strongly about'],
      ]);
    });

    it('leaves a first person with a contracted auxiliary inside a quotation to the quoted claim', () => {
      assertDetects('“We\'ll believe it when we see it,” said Michael Brune.', [['Michael Brune', 'said', 'We\'ll believe it when we see it']]);
    });

    it('takes the owner of a pledge behind a compound noun or an adjective in -ed as its source', () => {
      assertDetects('It was a softening of his campaign pledge to cancel the deal.', [['his', 'pledge', 'to cancel the deal']]);
      assertDetects('It was a softening of his repeated pledge to cancel the deal.', [['his', 'pledge', 'to cancel the deal']]);
    });

    it('still reads "calls for" after an owned subject as a verb', () => {
      assertDetects("Trump's campaign calls for a recount.", [["Trump's campaign", 'calls for', 'a recount']]);
    });
  });

  describe('newspapers as sources', () => {
    it('keeps a time word inside a newspaper name', () => {
      assertDetects('The Dallas Morning News endorsed Clinton.', [['The Dallas Morning News', 'endorsed', 'Clinton']]);
      assertDetects('USA Today urged readers not to vote for Trump.', [['USA Today', 'urged', 'readers not to vote for Trump']]);
      assertDetects('The Sunday Times reported that the talks had failed.', [['The Sunday Times', 'reported', 'the talks had failed']]);
    });

    it('still leaves a day after a name out of the source', () => {
      assertDetects('Obama Tuesday said the deal was fair.', [['Obama', 'said', 'the deal was fair']]);
    });

    it('finds the subject before an aside when a time stands between the aside and the cue', () => {
      const text = 'The board, which has never taken sides, on Thursday urged readers not to support Trump.';
      assertDetects(text, [['The board', 'urged', 'readers not to support Trump']]);
    });

    it('takes the name before a headline\'s first verb as the subject its second verb shares', () => {
      assertDetects('USA Today breaks with tradition, urges readers not to vote for Trump', [['USA Today', 'urges', 'readers not to vote for Trump']]);
    });

    it('reads "citing her" before a noun as a reason, not an informant', () => {
      const text = 'It said it had serious reservations about Clinton, citing her “sense of entitlement.”';
      assertDetects(text, [['It', 'said', 'it had serious reservations about Clinton']]);
    });
  });

  describe('anonymous sources', () => {
    it('keeps a restrictive relative clause in a source after "according to"', () => {
      assertDetects('The talks failed, according to people who were briefed on them.', [['people who were briefed on them', 'according to', 'The talks failed']]);
    });

    it('reads a bare plural noun before "that" after "told" as the listener', () => {
      assertDetects('Kushner has told associates that the campaign is over.', [['Kushner', 'has told associates', 'the campaign is over']]);
    });

    it('takes no claim from a request for anonymity', () => {
      const text = 'A senior official, who requested anonymity to discuss internal deliberations, said the president was furious.';
      assertDetects(text, [['A senior official', 'said', 'the president was furious']]);
    });
  });

  describe('Sunday shows', () => {
    it('finds the subject before an aside whose closing comma sits inside a quoted programme title', () => {
      const text = 'Conway, appearing on CNN’s “State of the Union,” said the campaign had “a path to 270.”';
      assertDetects(text, [['Conway', 'said', 'the campaign had “a path to 270']]);
    });

    it('reads no inverted frame when a verb follows the would-be source after a quoted title', () => {
      const text = 'Pence, appearing on NBC’s “Meet the Press,” said the tape was offensive.';
      assertDetects(text, [['Pence', 'said', 'the tape was offensive']]);
    });
  });

  describe('passive judgements', () => {
    it('takes the reason after the agent as the content', () => {
      assertDetects('Trump has been accused by several women of sexual misconduct.', [['several women', 'has been accused by', 'sexual misconduct']]);
      assertDetects('Clinton was criticized by Republicans for her use of a private server.', [['Republicans', 'was criticized by', 'her use of a private server']]);
    });

    it('keeps the subject as the content of a passive judgement without a reason', () => {
      assertDetects('The plan was criticized by Republicans.', [['Republicans', 'was criticized by', 'The plan']]);
    });
  });

  describe("the narrator's summing apposition", () => {
    it('ends a content before ", a claim …" and takes the relative clause\'s subject as the source of its cue', () => {
      const text = 'Priebus wrote on Twitter that Democrats were “in trouble,” a claim Democratic officials dismissed as spin.';
      assertDetects(text, [
        ['Priebus', 'wrote', 'Democrats were “in trouble'],
        ['Democratic officials', 'dismissed', 'Democrats were “in trouble'],
      ]);
    });

    it('gives a denial in a summing apposition the summed statement as content', () => {
      assertDetects('Critics say the plan would add trillions to the deficit, a charge the campaign denies.', [
        ['Critics', 'say', 'the plan would add trillions to the deficit'],
        ['the campaign', 'denies', 'the plan would add trillions to the deficit'],
      ]);
    });

    it('takes a lowercase noun phrase after the summing noun as the source of its cue', () => {
      assertDetects('Trump said the election was rigged, a claim election officials dismissed as baseless.', [
        ['Trump', 'said', 'the election was rigged'],
        ['election officials', 'dismissed', 'the election was rigged'],
      ]);
    });
  });

  describe('evidence and debates', () => {
    it('reads "data show" as evidence: "data" is a plural without an -s', () => {
      assertDetects('FBI data show violent crime has fallen sharply since the 1990s.', [['FBI data', 'show', 'violent crime has fallen sharply since the 1990s']]);
    });

    it('reads numbers, returns and tallies as evidence that shows an object', () => {
      assertDetects('The numbers show a tightening race.', [['The numbers', 'show', 'a tightening race']]);
      assertDetects('Election returns show Trump ahead in Florida.', [['Election returns', 'show', 'Trump ahead in Florida']]);
    });

    it('reads a stance adjective after a linking verb as after "be"', () => {
      assertDetects('Trump remains convinced that the election is rigged.', [['Trump', 'remains convinced', 'the election is rigged']]);
      assertDetects('Republicans seem confident that they will hold the Senate.', [['Republicans', 'seem confident', 'they will hold the Senate']]);
    });

    it('keeps an adverb after an infinitive in the relative clause of the source', () => {
      const text = 'A person close to the campaign who was not authorized to speak publicly said the ad would air Monday.';
      assertDetects(text, [['A person close to the campaign who was not authorized to speak publicly', 'said', 'the ad would air Monday']]);
    });

    it('reads a conference call as a call made, not a verb of naming', () => {
      const text = 'Ryan told lawmakers on a conference call that he would not campaign with Trump.';
      assertDetects(text, [['Ryan', 'told lawmakers', 'he would not campaign with Trump']]);
    });

    it('joins a refused verb of saying to the refusal across an adjunct before its whether-clause', () => {
      assertDetects('She refused to say in the interview whether she had met him.', [['She', 'refused to say', 'whether she had met him']]);
    });

    it('keeps "so far" inside the verb group, out of the source', () => {
      assertDetects('Ryan has so far refused to endorse Trump.', [['Ryan', 'has so far refused', 'to endorse Trump']]);
    });

    it('reads "interjected" as a verb of saying', () => {
      assertDetects('Trump interjected, “I did not say that.”', [['Trump', 'interjected', 'I did not say that']]);
    });
  });

  it('reads a refusal whose object names the withheld answer', () => {
    assertDetects('A spokesman for the campaign declined comment.', [['A spokesman for the campaign', 'declined', 'comment']]);
    assertDetects('Manafort refused repeated requests for an interview.', [['Manafort', 'refused', 'repeated requests for an interview']]);
  });

  it('keeps a refusal of an ordinary object no claim', () => {
    assertDetects('She declined the invitation to the gala.', []);
  });

  it('takes no request from the reporter asking for an interview', () => {
    assertDetects('Manafort did not respond to repeated requests for an interview.', [['Manafort', 'did not respond', 'to repeated requests for an interview']]);
  });

  it('keeps a body named after its owner whole as the subject of a participle frame', () => {
    assertDetects('The Trump campaign pushed back on the report, saying it was false.', [['The Trump campaign', 'saying', 'it was false']]);
    assertDetects("Clinton's campaign manager seized on the remarks, calling them false.", [["Clinton's campaign manager", 'calling', 'them false']]);
  });

  it('keeps "since" inside the verb group between auxiliary and verb', () => {
    assertDetects('Sanders has since endorsed Clinton.', [['Sanders', 'has since endorsed', 'Clinton']]);
  });

  it('reads a judgement in an absolute construction with its object as content', () => {
    assertDetects('The candidates sparred over trade, with Trump accusing Clinton of supporting NAFTA.', [['Trump', 'accusing', 'Clinton of supporting NAFTA']]);
    assertDetects('The race tightened, with Pence criticizing the ad.', [['Pence', 'criticizing', 'the ad']]);
  });

  it('reads no judgement from a participle after a noun outside an absolute construction', () => {
    assertDetects('A video mocking the governor went viral.', []);
  });

  it('reads an account owned by its giver opening the sentence as a claim', () => {
    assertDetects('By his own account, Trump has never settled a lawsuit.', [['his', 'own account', 'Trump has never settled a lawsuit']]);
    assertDetects("By Trump's account, the crowd was huge.", [['Trump', 'account', 'the crowd was huge']]);
  });

  it('reads "In X\'s telling," as an opinion phrase, not a verb', () => {
    assertDetects("In Trump's telling, the economy is in shambles.", [['Trump', 'telling', 'the economy is in shambles']]);
  });

  it('lets a time stand between "put it" and the comma of an "as" frame', () => {
    assertDetects('As Clinton put it Tuesday, the system is rigged.', [['Clinton', 'put it', 'the system is rigged']]);
  });

  it('reads no account from a bank account or a "by" that is not an owner', () => {
    assertDetects('By the end of the month, the account was empty.', []);
  });

  it('keeps a name with a lowercase particle in a role apposition', () => {
    assertDetects('The prime minister, Haider al-Abadi, said the city would be liberated.', [['The prime minister, Haider al-Abadi,', 'said', 'the city would be liberated']]);
    assertDetects('The commission president, Ursula von der Leyen, said the deal was done.', [['The commission president, Ursula von der Leyen,', 'said', 'the deal was done']]);
  });

  it('reads a homograph before a compound noun and a past verb as part of the subject', () => {
    assertDetects('Syrian state media reported that rebels had shelled a school.', [['Syrian state media', 'reported', 'rebels had shelled a school']]);
    assertDetects('The documents state that the deal was illegal.', [['The documents', 'state', 'the deal was illegal']]);
  });

  it('ends the content of a mid-sentence frame before an adverbial clause after it', () => {
    const text = 'Iraqi forces pushed deeper into the city on Monday, military officials said, as the group fought back with car bombs.';
    assertDetects(text, [['military officials', 'said', 'Iraqi forces pushed deeper into the city on Monday']]);
  });

  it('gives a purpose infinitive after coming forward or taking to a medium the subject of its clause', () => {
    assertDetects('Several women have come forward to accuse Trump of groping them.', [['Several women', 'accuse', 'Trump of groping them']]);
    assertDetects('Trump took to Twitter to blast the report.', [['Trump', 'blast', 'the report']]);
  });

  it('reads no purpose infinitive after "be"', () => {
    assertDetects('She was in to say goodbye.', []);
    assertDetects('The party is set up to reject candidates like him.', []);
  });

  it('reads an owned refusal with an infinitive as a refusal to inform or an intention', () => {
    const text = "Democrats criticized Trump's refusal to release his tax returns. Voters were angered by the mayor's refusal to resign.";
    const refusals = detectAttributions(text).filter((c) => c.cue !== null && text.slice(c.cue.start, c.cue.end) === 'refusal');
    assert.deepEqual(refusals.map((c) => [text.slice(c.content.start, c.content.end), c.kind]), [['to release his tax returns', 'refusal'], ['to resign', 'intention']]);
  });

  it('takes the possessive alone as the owner of a noun that is the object of a verb', () => {
    assertDetects("Fact-checkers have debunked Trump's claim that crime is rising.", [['Trump', 'claim', 'crime is rising']]);
    assertDetects("The findings contradict Trump's assertion that the economy is in free fall.", [['Trump', 'assertion', 'the economy is in free fall']]);
    assertDetects("He echoed Trump's claim that the election was rigged.", [['Trump', 'claim', 'the election was rigged']]);
  });

  it('keeps a titled or determined possessive owner whole, and ends its content before the predicate', () => {
    assertDetects("Sen. Ted Cruz's claim that the deal was illegal drew scorn.", [['Sen. Ted Cruz', 'claim', 'the deal was illegal']]);
    assertDetects("Critics rejected the former president's claim that the vote was rigged.", [
      ['Critics', 'rejected', "the former president's claim that the vote was rigged"],
      ['the former president', 'claim', 'the vote was rigged'],
    ]);
  });

  it('inverts verbs of manner of speaking after a quotation', () => {
    assertDetects('“That’s not true,” interjected Clinton.', [['Clinton', 'interjected', 'That’s not true']]);
    assertDetects('“That’s not true,” countered Clinton.', [['Clinton', 'countered', 'That’s not true']]);
  });

  it('reads "is in favor of", "is committed to" an act and "floated the idea of" as stances and proposals', () => {
    assertDetects('Kaine is in favor of a higher minimum wage.', [['Kaine', 'is in favor of', 'a higher minimum wage']]);
    assertDetects('The senator is committed to passing the bill this year.', [['The senator', 'is committed to', 'passing the bill this year']]);
    assertDetects('Trump has floated the idea of a Muslim registry.', [['Trump', 'has floated the idea of', 'a Muslim registry']]);
  });

  it('reads no stance from a passive "committed to" a place', () => {
    assertDetects('He was committed to a psychiatric hospital in 1990.', []);
  });

  it('reads past a "whose" clause set off by commas to the source', () => {
    assertDetects('Clinton, whose lead in national polls has narrowed, said she was not taking anything for granted.', [['Clinton', 'said', 'she was not taking anything for granted']]);
  });

  it('lets an adverb stand between "asked" and the question of an aside', () => {
    assertDetects('Pence, asked repeatedly whether he agreed, declined to answer.', [['Pence', 'declined', 'to answer'], [null, 'asked', 'whether he agreed']]);
  });

  it('keeps a refused act out of the cue and reads its refusal as an intention', () => {
    const text = 'Ryan has so far refused to endorse Trump.';
    assertDetects(text, [['Ryan', 'has so far refused', 'to endorse Trump']]);
    assert.equal(detectAttributions(text)[0].kind, 'intention');
  });

  it('reads "betting that" and "counting on" as beliefs', () => {
    assertDetects('Democrats are betting that suburban women will abandon Trump.', [['Democrats', 'are betting', 'suburban women will abandon Trump']]);
    assertDetects('Clinton aides are counting on a strong turnout among black voters.', [['Clinton aides', 'are counting on', 'a strong turnout among black voters']]);
  });

  it('reads no belief from a wager or a count', () => {
    assertDetects('He bet $100 on the race.', []);
    assertDetects('They counted the votes twice.', []);
  });

  it('reads a judgement drawn from its makers as the passive of its verb', () => {
    assertDetects('The proposal has drawn praise from conservatives.', [['conservatives', 'has drawn praise from', 'The proposal']]);
    assertDetects('Trump drew criticism from both parties for the remarks.', [['both parties', 'drew criticism from', 'the remarks']]);
  });

  it('reads no judgement from a gun drawn or fire drawn from a place', () => {
    assertDetects('He drew a gun from his pocket.', []);
    assertDetects('The team drew fire from the ridge.', []);
  });

  it('reads "commit" as a stance only with its "to"', () => {
    assertDetects('He committed a crime.', []);
    assertDetects('She said Trump committed fraud.', [['She', 'said', 'Trump committed fraud']]);
    assertDetects('The party committed to a platform.', [['The party', 'committed to', 'a platform']]);
  });
});
