// Specification of how 2016 US coverage of investigations, courts, Congress, polls, money and anonymous sources attributes.
import * as assert from 'node:assert/strict';
import { detectAttributions } from '../../src/core/detect';
import { assertDetects } from './support/spans';

describe('detectAttributions: US investigations, courts, polls and refusals', () => {
  describe('sources', () => {
    it('gives a participle the whole subject when the subject opens with an abbreviated title', () => {
      const text = 'Mr. Trump has repeatedly attacked the judge, saying his heritage made him biased.';
      assertDetects(text, [['Mr. Trump', 'saying', 'his heritage made him biased']]);
    });

    it('keeps a party and state apposition in New York Times style in the source', () => {
      const text = 'Senator Elizabeth Warren, Democrat of Massachusetts, said the increases were disgusting.';
      assertDetects(text, [['Senator Elizabeth Warren, Democrat of Massachusetts,', 'said', 'the increases were disgusting']]);
    });

    it('keeps a participle with its preposition inside an anonymous source', () => {
      const text = 'A person briefed on the inquiry said the emails were found on a laptop.';
      assertDetects(text, [['A person briefed on the inquiry', 'said', 'the emails were found on a laptop']]);
    });

    it('reads a verb form after a possessive as a noun inside a source after "according to"', () => {
      const text = 'The PAC will spend $25 million, according to a person familiar with its plans.';
      assertDetects(text, [['a person familiar with its plans', 'according to', 'The PAC will spend $25 million']]);
    });

    it('reads a verb form in -s after an article as a noun inside a source after "according to"', () => {
      const text = 'The deal is done, according to the reports of two papers.';
      assertDetects(text, [['the reports of two papers', 'according to', 'The deal is done']]);
    });
  });

  describe('more sources', () => {
    it('gives a participle frame a subject of two coordinated nouns', () => {
      const text = 'Texas and 26 other states are suing to block it, arguing that the administration overstepped its authority.';
      assertDetects(text, [['Texas and 26 other states', 'arguing', 'the administration overstepped its authority']]);
    });

    it('keeps a name with its state set off after a role in the source', () => {
      const text = 'His running mate, Gov. Mike Pence of Indiana, said he backed the decision.';
      assertDetects(text, [
        ['His running mate, Gov. Mike Pence of Indiana,', 'said', 'he backed the decision'],
        ['he', 'backed', 'the decision'],
      ]);
    });

    it('keeps a campus after a university closing an inverted apposition', () => {
      const text = '"This is far from over," said Richard L. Hasen, an election law professor at the University of California, Irvine.';
      assertDetects(text, [['Richard L. Hasen, an election law professor at the University of California, Irvine', 'said', 'This is far from over']]);
    });

    it('keeps a document posted online by its publisher in the source after "according to"', () => {
      const text = 'The charity broke the rules, according to tax documents posted online by The Washington Post.';
      assertDetects(text, [['tax documents posted online by The Washington Post', 'according to', 'The charity broke the rules']]);
    });
  });

  describe('subjects of courts and polls', () => {
    it('leaves an aside opened by an irregular participle out of the source', () => {
      const text = 'The lawsuit, brought by the state of Washington, argues that the order violates the Constitution.';
      assertDetects(text, [['The lawsuit', 'argues', 'the order violates the Constitution']]);
    });

    it('keeps a participle with its preposition of time inside the source', () => {
      const text = 'Polls conducted after the debate showed Mrs. Clinton gaining ground in Florida.';
      assertDetects(text, [['Polls conducted after the debate', 'showed', 'Mrs. Clinton gaining ground in Florida']]);
    });

    it('ends an owned claim inside a subject before the predicate when the owner has a title', () => {
      const text = "Mr. Trump's claim that millions of people voted illegally has been debunked.";
      assertDetects(text, [['Mr. Trump', 'claim', 'millions of people voted illegally']]);
    });

    it('ends a claim inside a subject before the predicate after an irregular past', () => {
      const text = 'The allegation that the foundation sold access has dogged her.';
      assertDetects(text, [[null, 'allegation', 'the foundation sold access']]);
    });
  });

  describe('anonymous and group sources', () => {
    it('keeps a share after "fewer than" in the source', () => {
      const text = 'More than a third of voters said they were undecided.';
      assertDetects(text, [['More than a third of voters', 'said', 'they were undecided']]);
    });

    it('reads a quantifier before an auxiliary as the people it stands for', () => {
      const text = 'Some have urged him to put more money into the race.';
      assertDetects(text, [['Some', 'have urged', 'him to put more money into the race']]);
    });

    it('reads a quantifier before a past verb of saying as its subject', () => {
      const text = 'Many argued that the race was over.';
      assertDetects(text, [['Many', 'argued', 'the race was over']]);
    });

    it('reads no subject into a quantifier before a participle used as an adjective', () => {
      assert.deepEqual(detectAttributions('Some reported cases were false.'), []);
    });

    it('keeps the time inside a restrictive relative clause of the source', () => {
      const text = 'People who have spoken with Mr. Trump in recent days say he is frustrated.';
      assertDetects(text, [['People who have spoken with Mr. Trump in recent days', 'say', 'he is frustrated']]);
    });

    it('reads declining to be named as a request for anonymity, not a claim', () => {
      const text = 'An official, who declined to be named, said the talks failed.';
      assertDetects(text, [['An official', 'said', 'the talks failed']]);
    });

    it('reads declining to be interviewed as a refusal', () => {
      const [claim] = detectAttributions('The chief executive declined to be interviewed.');
      assert.deepEqual([claim?.cue?.text, claim?.content.text, claim?.kind], ['declined', 'to be interviewed', 'refusal']);
    });

    it('ends a content inside a relative aside at the comma before the main verb', () => {
      const text = 'Mr. Bannon, who has not commented on the matter, is said to be furious.';
      assertDetects(text, [['Mr. Bannon', 'has not commented', 'on the matter'], [null, 'is said', 'to be furious']]);
    });
  });

  describe('stance objects', () => {
    it('ends a stance object before the time of the act', () => {
      const text = 'The National Rifle Association endorsed Mr. Trump in May.';
      assertDetects(text, [['The National Rifle Association', 'endorsed', 'Mr. Trump']]);
    });

    it('keeps a time inside a relative clause of the object', () => {
      const text = 'He praised the rescuers who died in March.';
      assertDetects(text, [['He', 'praised', 'the rescuers who died in March']]);
    });

    it('keeps a time inside a vowed clause', () => {
      const text = 'He vowed that he would win in November.';
      assertDetects(text, [['He', 'vowed', 'he would win in November']]);
    });
  });

  describe('labels', () => {
    it('reads a quoted label after an object with an "of" phrase', () => {
      const text = 'Robby Mook, the campaign manager, called the timing of the letter "appalling."';
      assertDetects(text, [['Robby Mook, the campaign manager,', 'called', 'the timing of the letter "appalling']]);
    });

    it('reads no label into a quoted word inside an "of" phrase that does not close the clause', () => {
      assert.deepEqual(detectAttributions('He called the release of the "tapes" on Monday.'), []);
    });

    it('ends a content at its quoted label, the closing mark kept when no punctuation stands inside it', () => {
      const text = 'He called the release of the emails "a disgrace" and left.';
      assertDetects(text, [['He', 'called', 'the release of the emails "a disgrace"']]);
    });
  });

  describe('contents', () => {
    it('ends a content before a concessive clause that brings its own attribution', () => {
      const text = "Mr. Trump's campaign said it had raised $80 million in July, though the campaign did not say how much came from small donors.";
      assertDetects(text, [
        ["Mr. Trump's campaign", 'said', 'it had raised $80 million in July'],
        ['the campaign', 'did not say', 'how much came from small donors'],
      ]);
    });

    it('reads a that-clause ending in a work as a clause, not as the work told', () => {
      const text = 'Justice Department officials told the F.B.I. that they opposed the letter.';
      assertDetects(text, [
        ['Justice Department officials', 'told the F.B.I.', 'they opposed the letter'],
        ['they', 'opposed', 'the letter'],
      ]);
    });
  });

  describe('findings', () => {
    it('reads evidence found, with what it shows, as an evidence claim of the finder', () => {
      const text = 'Mr. Comey said the bureau found no evidence that she intended to break the law.';
      const claims = detectAttributions(text);
      assertDetects(text, [
        ['Mr. Comey', 'said', 'the bureau found no evidence that she intended to break the law'],
        ['the bureau', 'found', 'no evidence that she intended to break the law'],
        ['she', 'intended', 'to break the law'],
      ]);
      assert.equal(claims[1]?.kind, 'evidence');
    });

    it('reads no finding into a person finding a thing', () => {
      assert.deepEqual(detectAttributions('We found the keys under the mat.'), []);
    });
  });

  describe('no claims', () => {
    it('reads a denial of "that" before a participle as an anaphor, leaving the participle its claim', () => {
      const text = 'His lawyer denied that, saying the filing was late.';
      assertDetects(text, [['His lawyer', 'saying', 'the filing was late']]);
    });

    it('reads insisting on anonymity as a condition of the reporting, not a claim', () => {
      const text = 'A senior Republican official, who insisted on anonymity to discuss internal deliberations, said the party was ready.';
      assertDetects(text, [['A senior Republican official', 'said', 'the party was ready']]);
    });

    it('reads "that" before a verb after a noun in -ing as a relative clause, not a content', () => {
      const text = 'The justices left in place a lower court ruling that struck down the law.';
      assert.deepEqual(detectAttributions(text), []);
    });

    it('reads a court declining to hear a case as an act declined, not a refused report', () => {
      const text = 'The Supreme Court declined to hear the case.';
      const [claim] = detectAttributions(text);
      assertDetects(text, [['The Supreme Court', 'declined', 'to hear the case']]);
      assert.equal(claim?.kind, 'intention');
    });
  });

  describe('participles after the day of the act', () => {
    it('gives a participle after a day the subject of the main clause', () => {
      const text = 'Obama spoke Tuesday saying the deal was good.';
      assertDetects(text, [['Obama', 'saying', 'the deal was good']]);
    });

    it('gives a judgement participle after a report and its day the subject of the main clause', () => {
      const text = 'House Republicans released a report Thursday accusing the administration of misleading the public.';
      assertDetects(text, [['House Republicans', 'accusing', 'the administration of misleading the public']]);
    });
  });

  describe('requests', () => {
    it('reads asking an addressee for something as a request', () => {
      const text = 'Defense lawyers have asked the judge for leniency.';
      const [claim] = detectAttributions(text);
      assertDetects(text, [['Defense lawyers', 'have asked', 'the judge for leniency']]);
      assert.equal(claim?.kind, 'request');
    });

    it('reads no request into asking someone for a span of time', () => {
      assert.deepEqual(detectAttributions('I asked my friend for years.'), []);
    });
  });

  describe('refusals', () => {
    it('reads a declined comment as a refusal whose content is the comment', () => {
      const text = 'A spokesman for the network, James Davis, declined comment.';
      const [claim] = detectAttributions(text);
      assertDetects(text, [['A spokesman for the network, James Davis,', 'declined', 'comment']]);
      assert.equal(claim?.kind, 'refusal');
    });

    it('reads a declined request for comment as a refusal', () => {
      const text = 'The campaign declined a request for comment on the spending.';
      assertDetects(text, [['The campaign', 'declined', 'a request for comment on the spending']]);
    });

    it('reads declined requests for interviews as a refusal', () => {
      const text = 'Officials there have declined repeated requests for interviews.';
      assertDetects(text, [['Officials there', 'have declined', 'repeated requests for interviews']]);
    });

    it('reads no refusal into a declined offer', () => {
      assert.deepEqual(detectAttributions('He declined the offer.'), []);
    });

    it('keeps questions refused an answer as the refusal content', () => {
      const text = 'The campaign refused to answer questions about the payments.';
      const [claim] = detectAttributions(text);
      assert.deepEqual([claim?.cue?.text, claim?.content.text, claim?.kind], ['refused to answer', 'questions about the payments', 'refusal']);
    });

    it('keeps the question a source did not respond to in the refusal content', () => {
      const text = 'She did not respond to a follow-up question about whether he would vote for Mr. Trump.';
      assertDetects(text, [['She', 'did not respond', 'to a follow-up question about whether he would vote for Mr. Trump']]);
    });

    it('reads a citing phrase after a refusal as its reason, not a source', () => {
      const text = 'The campaign declined to comment, citing the investigation.';
      assertDetects(text, [['The campaign', 'declined', 'to comment']]);
    });

    it('reads a citing phrase after a refused act as its reason', () => {
      const text = 'Mr. Trump has refused to release his tax returns, citing an audit by the Internal Revenue Service.';
      assertDetects(text, [['Mr. Trump', 'has refused', 'to release his tax returns']]);
    });

    it('still reads a citing phrase after reported speech as a second source', () => {
      const text = 'Reuters reported that the talks had failed, citing two officials.';
      assertDetects(text, [['Reuters', 'reported', 'the talks had failed'], ['two officials', 'citing', 'the talks had failed']]);
    });
  });

  describe('issue 10 probes', () => {
    it('gives a participle after the day of the act the subject that follows a fronted adjunct', () => {
      const text = 'In June, two senators wrote to Marsh on Friday demanding that she resign.';
      assertDetects(text, [['two senators', 'demanding', 'she resign']]);
    });

    it('leaves the preposition after the clause verb out of a poll source before "showing"', () => {
      const text = 'Democrats pointed to a poll showing Clinton ahead in Ohio.';
      assertDetects(text, [['a poll', 'showing', 'Clinton ahead in Ohio']]);
    });

    it('keeps an adjunct set off after "that" and the clause behind it in the content', () => {
      const text = 'He added that, under the current laws, the plan would fail.';
      assertDetects(text, [['He', 'added', 'under the current laws, the plan would fail']]);
    });

    it('ends a that-clause inside a poll subject before the predicate when its own verb is unknown', () => {
      const text = 'Polls showing that Clinton leads have cheered Democrats.';
      assertDetects(text, [['Polls', 'showing', 'Clinton leads']]);
    });

    it('reads a quantifier before "regard X as Y" as the source of a characterization', () => {
      const text = 'Many regard the reports as fake.';
      const [claim] = detectAttributions(text);
      assert.deepEqual([claim?.source?.text, claim?.cue?.text, claim?.content.text, claim?.kind], ['Many', 'regard', 'the reports as fake', 'characterization']);
    });

    it('reads a cue form in -s after an adjective in an object as a noun', () => {
      const text = 'The firm faces legal disputes involving the foundation.';
      assert.deepEqual(detectAttributions(text), []);
    });

    it('still reads a cue form in -s after a noun in -al with its determiner as the verb', () => {
      const text = 'The new proposal says taxes will rise.';
      assertDetects(text, [['The new proposal', 'says', 'taxes will rise']]);
    });

    it('reads "determined that" as a finding of its subject', () => {
      const text = 'Investigators determined that the server had been hacked.';
      const [claim] = detectAttributions(text);
      assert.deepEqual([claim?.source?.text, claim?.cue?.text, claim?.content.text, claim?.kind], ['Investigators', 'determined', 'the server had been hacked', 'evidence']);
    });

    it('still reads "is determined to" as an intention', () => {
      const text = 'She is determined to win the race.';
      const [claim] = detectAttributions(text);
      assert.deepEqual([claim?.source?.text, claim?.cue?.text, claim?.content.text, claim?.kind], ['She', 'is determined', 'to win the race', 'intention']);
    });

    it('reads an open question after "determined" as no finding', () => {
      const text = 'Investigators have not determined whether the server was hacked.';
      assert.deepEqual(detectAttributions(text), []);
    });

    it('ends an accusation before a relative clause in which the accused answers it', () => {
      const text = 'The lawsuit accused Trump of fraud, which he denies.';
      const claims = detectAttributions(text).map((c) => [c.source?.text, c.cue?.text, c.content.text]);
      assert.deepEqual(claims, [['The lawsuit', 'accused', 'Trump of fraud'], ['he', 'denies', 'Trump of fraud']]);
    });

    it('ends a reported clause before a relative clause in which another source answers it', () => {
      const text = 'She said Trump hired a firm, which the campaign has repeatedly denied.';
      assertDetects(text, [['She', 'said', 'Trump hired a firm'], ['the campaign', 'has repeatedly denied', 'Trump hired a firm']]);
    });

    it('keeps the content of a cue inside a sentential "which" clause its own', () => {
      const text = 'She said he lied, which he said was false.';
      const claims = detectAttributions(text).map((c) => [c.source?.text, c.cue?.text, c.content.text]);
      assert.deepEqual(claims, [['She', 'said', 'he lied, which he said was false'], ['he', 'said', 'was false']]);
    });

    it('keeps a relative clause that goes on with the reported events in the content', () => {
      const text = 'She said Trump hired a firm, which then defrauded students.';
      assertDetects(text, [['She', 'said', 'Trump hired a firm, which then defrauded students']]);
    });
  });
});
