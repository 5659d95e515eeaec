// Specification of where a content ends in news copy: before the narrator's own words about the saying.
import { assertDetects } from './support/spans';

describe('detectAttributions: content ends in news copy', () => {
  it('ends the content before a second absolute clause with its own subject and participle', () => {
    const text = 'The candidates clashed over trade, with Trump saying NAFTA was a disaster and Clinton defending her record.';
    assertDetects(text, [['Trump', 'saying', 'NAFTA was a disaster']]);
  });

  it('ends a content before a participle telling how it was received', () => {
    const text = 'Trump said Clinton should be jailed, drawing boos from the crowd.';
    assertDetects(text, [['Trump', 'said', 'Clinton should be jailed']]);
  });

  it('ends a content before the speaker’s next act after "then"', () => {
    const text = 'Trump said he would accept the results, then added a caveat.';
    assertDetects(text, [['Trump', 'said', 'he would accept the results']]);
  });

  it('ends a content before a dash and the speaker’s next act', () => {
    const text = 'Kaine said he was honored — and then criticized the tax plan.';
    assertDetects(text, [['Kaine', 'said', 'he was honored']]);
  });

  it('ends a content before the narrator’s comment opened by "something"', () => {
    const text = 'The candidate said he would release his returns, something he has said for months.';
    assertDetects(text, [['The candidate', 'said', 'he would release his returns']]);
  });

  it('takes only the relative clause that an "according to" without a comma closes', () => {
    const text = 'We get 14 million visitors a month, which makes us the 135th most popular site according to Quantcast.';
    assertDetects(text, [['Quantcast', 'according to', 'which makes us the 135th most popular site']]);
  });

  it('takes no adverbial clause as the content of a stance', () => {
    const text = 'The senator was confident while the votes were counted.';
    assertDetects(text, []);
  });

  it('keeps a label opened by "as" as the content of a judgement', () => {
    const text = 'North Korea condemned the drills as provocative.';
    assertDetects(text, [['North Korea', 'condemned', 'the drills as provocative']]);
  });
});
