// Specification of real news layouts: liveblog time labels, datelines, headlines with topics, embedded tweets, credits.
import { assertDetects } from './support/spans';

describe('detectAttributions: news layouts', () => {
  describe('liveblogs', () => {
    it('leaves a liveblog time label out of the content before an inverted frame', () => {
      const text = '10:45 p.m.: Trump wins Pennsylvania, AP says.';
      assertDetects(text, [['AP', 'says', 'Trump wins Pennsylvania']]);
    });

    it('leaves a time label with "Update" and a time zone out of the source', () => {
      const text = 'Update 9:15 a.m. ET: The Justice Department said the letter was authentic.';
      assertDetects(text, [['The Justice Department', 'said', 'the letter was authentic']]);
    });

    it('reads a headline "Name: quote" behind a time label, without the quotation marks', () => {
      const text = '8:02 PM Trump: “We will make America great again.”';
      assertDetects(text, [['Trump', null, 'We will make America great again']]);
    });
  });

  describe('headlines', () => {
    it('reads "Name on topic: quote" with the name as the source', () => {
      const text = "Trump on Clinton: 'She should be in jail'";
      assertDetects(text, [['Trump', null, 'She should be in jail']]);
    });

    it('does not read "Word on topic: claim" without a quotation as an attribution', () => {
      assertDetects('Focus on Ohio: voters split over trade', []);
    });

    it('keeps a headline claim that only ends in a quoted word as written', () => {
      const text = "Tapper: Leak to campaign 'unethical'";
      assertDetects(text, [['Tapper', null, "Leak to campaign 'unethical'"]]);
    });
  });

  describe('colons after a speaker', () => {
    it('reads a fronted verb of saying before a name and a colon as cue and source', () => {
      const text = 'Said Trump: “We will win.”';
      assertDetects(text, [['Trump', 'Said', 'We will win']]);
    });

    it('reads the owner of a message noun before a colon as the source, the noun as the cue', () => {
      const text = "Trump's response: “I'll keep you in suspense.”";
      assertDetects(text, [['Trump', 'response', "I'll keep you in suspense"]]);
    });

    it('reads a message noun with a listener and an unquoted content after the colon', () => {
      const text = "Clinton's message to voters: Don't be complacent.";
      assertDetects(text, [['Clinton', 'message', "Don't be complacent"]]);
    });
  });

  describe('datelines', () => {
    it('gives a participle the subject after the dateline, not the dateline', () => {
      const text = 'CLEVELAND — Donald Trump accepted the Republican nomination on Thursday, vowing to restore law and order.';
      assertDetects(text, [['Donald Trump', 'vowing', 'to restore law and order']]);
    });

    it('leaves a wire dateline out of the content of an inverted frame', () => {
      const text = 'WASHINGTON (AP) — The economy is improving, President Barack Obama said Tuesday.';
      assertDetects(text, [['President Barack Obama', 'said', 'The economy is improving']]);
    });
  });

  describe('embedded tweets', () => {
    it('attributes a tweet paragraph to the name in the credit line under it, without its links', () => {
      const text = 'Trump responded on Twitter.\n\nElection is being rigged by the media! pic.twitter.com/abc123\n— Donald J. Trump (@realDonaldTrump) October 16, 2016';
      assertDetects(text, [['Donald J. Trump', null, 'Election is being rigged by the media!']]);
    });

    it('attributes a tweet whose credit closes the same paragraph', () => {
      const text = 'Delete your account. https://t.co/Oa9bW0Xk — Hillary Clinton (@HillaryClinton) June 9, 2016';
      assertDetects(text, [['Hillary Clinton', null, 'Delete your account']]);
    });

    it('does not read a handle without a date as a tweet credit', () => {
      assertDetects('Follow our coverage — Politics Desk (@politicsdesk)', []);
    });
  });

  describe('credits and bylines', () => {
    it('finds no claim in bylines, contributor lines and photo captions', () => {
      const text = [
        'By JULIE PACE, Associated Press',
        'Associated Press writers Ken Thomas and Lisa Lerer contributed to this report.',
        'Trump speaks at a rally in Tampa, Fla., on Monday. (Photo by Joe Raedle/Getty Images)',
        'Copyright 2016 The Associated Press. All rights reserved.',
      ].join('\n\n');
      assertDetects(text, []);
    });
  });

  describe('transcripts', () => {
    it('gives each transcript turn its speaker as the source', () => {
      const text = 'TAPPER: Will you accept the results?\nTRUMP: We will see what happens.';
      assertDetects(text, [
        ['TAPPER', null, 'Will you accept the results?'],
        ['TRUMP', null, 'We will see what happens'],
      ]);
    });

    it('keeps a first person inside a turn as part of the turn, not a claim of its own', () => {
      const text = 'HOLT: Do you accept the results?\n\nTRUMP: I think we will win. I believe the polls are wrong.';
      assertDetects(text, [
        ['HOLT', null, 'Do you accept the results?'],
        ['TRUMP', null, 'I think we will win. I believe the polls are wrong'],
      ]);
    });

    it('keeps a third-person attribution inside a turn', () => {
      const text = 'CLINTON: Well, Donald criticized me for preparing for this debate.';
      assertDetects(text, [
        ['CLINTON', null, 'Well, Donald criticized me for preparing for this debate'],
        ['Donald', 'criticized', 'me for preparing for this debate'],
      ]);
    });

    it('reads no "Q:" or "A:" label as a source', () => {
      const text = 'Q: Why did you run?\n\nA: The country is in trouble.';
      assertDetects(text, []);
    });
  });
});
