// Specification of attributions read from the layout of real pages: headlines, pull quotes, closing name lines,
// datelines, typewriter quotation marks and chained sources.
import { assertDetects } from './support/spans';

describe('detectAttributions: layout of real pages', () => {
  it('reads a headline "Name: claim" as a claim of that name without a cue', () => {
    const text = "Reports: 'streamlined' UK asylum process to replace interview with questionnaire\n\nThe Home Office confirmed the plan.";
    assertDetects(text, [
      ['Reports', null, "'streamlined' UK asylum process to replace interview with questionnaire"],
      ['The Home Office', 'confirmed', 'the plan'],
    ]);
  });

  it('reads no claim in a labelled line, a feature title or a list of categories', () => {
    assertDetects('Image: Nick Moreau.\n\nEd.: See the catalog for a full index.', []);
    assertDetects("Frank Messina: An Interview with the 'Mets Poet'", []);
    assertDetects('Categories: August 15, 2008 Canada Published North America', []);
  });

  it('takes the speaker named after a pull quote as its source', () => {
    const text = '"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram';
    assertDetects(text, [['Matthew Ingram', null, "So far, it's the Internet: 1, Scientology: 0. But it's a long game"]]);
  });

  it('keeps a role word after the speaker of a pull quote and leaves a photo credit out', () => {
    assertDetects('"A new obsession is taking hold on the internet." Anonymous blogger, "Anon declares war"', [
      ['Anonymous blogger', null, 'A new obsession is taking hold on the internet'],
    ]);
    assertDetects('"The future is only peace." Shimon Peres image: David Shankbone.', [['Shimon Peres', null, 'The future is only peace']]);
  });

  it('reads a quoted title followed by a publication and a date as a citation, not a claim', () => {
    assertDetects('"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008', []);
  });

  it('takes a closing line that only names a speaker as the source of the paragraph before it', () => {
    const text = 'This was a very difficult decision, but one that was made with the public in mind. Charles Bolden, NASA Administrator';
    assertDetects(text, [['Charles Bolden, NASA Administrator', null, 'This was a very difficult decision, but one that was made with the public in mind']]);
  });

  it('reads a short list entry before a name as no claim', () => {
    assertDetects('London, Jack. White Fang', []);
  });

  it('leaves a dateline with a spaced hyphen out of the source', () => {
    assertDetects('MOSCOW - Putin said the talks had failed.', [['Putin', 'said', 'the talks had failed']]);
  });

  it('reads typewriter quotation marks like curly ones', () => {
    assertDetects("``We will win,'' Mr. Shapiro said.", [['Mr. Shapiro', 'said', 'We will win']]);
    assertDetects("''We will win,'' Mr. Shapiro said.", [['Mr. Shapiro', 'said', 'We will win']]);
  });

  it('gives both sources of a chain "according to X, quoting Y" the same content', () => {
    assertDetects('According to Yonhap, quoting KCNA, North Korea fired two missiles.', [
      ['Yonhap', 'According to', 'North Korea fired two missiles'],
      ['KCNA', 'quoting', 'North Korea fired two missiles'],
    ]);
  });
});
