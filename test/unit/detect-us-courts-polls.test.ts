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

  describe('contents', () => {
    it('reads a that-clause ending in a work as a clause, not as the work told', () => {
      const text = 'Justice Department officials told the F.B.I. that they opposed the letter.';
      assertDetects(text, [
        ['Justice Department officials', 'told the F.B.I.', 'they opposed the letter'],
        ['they', 'opposed', 'the letter'],
      ]);
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
});
