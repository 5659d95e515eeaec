// Specification of source spans on real news: openers, adjuncts and neighbouring phrases stay out, appositions stay in.
import { assertDetects } from './support/spans';

describe('detectAttributions: source spans in real news', () => {
  it('starts the source at a subject pronoun behind a sentence opener', () => {
    assertDetects('Back in those days we believed there was a difference in the parties.', [['we', 'believed', 'there was a difference in the parties']]);
    assertDetects('With tears in her eyes she said, "Thank you, Mets Poet, thank you."', [['she', 'said', 'Thank you, Mets Poet, thank you']]);
  });

  it('starts the source at a determiner that opens a new noun phrase', () => {
    const text = 'As a result some folks believe wikiHow is a more humane place to work.';
    assertDetects(text, [['some folks', 'believe', 'wikiHow is a more humane place to work']]);
  });

  it('starts the source at a name behind an opening prepositional phrase', () => {
    const text = 'In a recently-accepted Evolution paper Bos and colleagues describe ants appearing to self-medicate.';
    assertDetects(text, [['Bos and colleagues', 'describe', 'ants appearing to self-medicate']]);
  });

  it('starts the source after an "and" that joins it to a clause before', () => {
    assertDetects('The senator was furious and his aides said the deal was dead.', [['his aides', 'said', 'the deal was dead']]);
    assertDetects('Trump won Ohio and Clinton aides said the race was over.', [['Clinton aides', 'said', 'the race was over']]);
  });

  it('keeps both nouns an "and" joins inside a subject whose relative clause has a verb', () => {
    assertDetects('People who lost jobs and their families say the plant must reopen.', [['People who lost jobs and their families', 'say', 'the plant must reopen']]);
  });

  it('keeps letters after a name set off after a role in a source after its cue', () => {
    const text = 'In the words of the Crown prosecutor, Mark Tedeschi, QC, "She suffered for months."';
    assertDetects(text, [['the Crown prosecutor, Mark Tedeschi, QC,', 'In the words of', 'She suffered for months']]);
  });

  it('leaves a time adjunct after the source out of it', () => {
    assertDetects('Comey in June said the inquiry was still open.', [['Comey', 'said', 'the inquiry was still open']]);
    assertDetects('Obama on Tuesday said the deal was fair.', [['Obama', 'said', 'the deal was fair']]);
  });

  it('leaves an adjunct naming the channel out of the source ("Trump on Twitter", "Clinton in an interview")', () => {
    assertDetects('Clinton in an interview said the race was close.', [['Clinton', 'said', 'the race was close']]);
    assertDetects('Pence on Fox News said the tape was offensive.', [['Pence', 'said', 'the tape was offensive']]);
    assertDetects('The company in a filing said profits fell.', [['The company', 'said', 'profits fell']]);
  });

  it('leaves a channel adjunct with a participle adjective out of the source ("in a written statement")', () => {
    assertDetects('The governor in a written statement said the cuts were needed.', [['The governor', 'said', 'the cuts were needed']]);
  });

  it('leaves an adjunct naming remarks or an address out of the source', () => {
    assertDetects('Obama in his weekly address said the cuts were needed.', [['Obama', 'said', 'the cuts were needed']]);
  });

  it('keeps a participle adjective inside a source ("A written statement said")', () => {
    assertDetects('A written statement said the cuts were needed.', [['A written statement', 'said', 'the cuts were needed']]);
  });

  it('keeps a restrictive relative clause in the source whole ("Supporters who attended the rally")', () => {
    assertDetects('Supporters who attended the rally said they were energized.', [['Supporters who attended the rally', 'said', 'they were energized']]);
  });

  it('reads an -ing word after a determiner at the end of a source as a noun ("at the meeting")', () => {
    assertDetects('Officials who attended the meeting said they were energized.', [['Officials who attended the meeting', 'said', 'they were energized']]);
  });

  it('keeps a name with its age and role appositions in the source', () => {
    assertDetects('John Smith, 54, a retired teacher from Ohio, said he would vote for Trump.', [['John Smith, 54, a retired teacher from Ohio,', 'said', 'he would vote for Trump']]);
  });

  it('keeps a name with "on" in it whole ("The Committee on Foreign Relations")', () => {
    assertDetects('The Committee on Foreign Relations said the treaty was flawed.', [['The Committee on Foreign Relations', 'said', 'the treaty was flawed']]);
  });

  it('leaves a participle out of the source with the time that follows it ("A new poll released Wednesday shows")', () => {
    assertDetects('A new Quinnipiac University poll released Wednesday shows Clinton leading by 7 points.', [
      ['A new Quinnipiac University poll', 'shows', 'Clinton leading by 7 points'],
    ]);
  });

  it('keeps a quantity with "more than" inside the source', () => {
    const text = 'A hand recount of more than 48,000 ballots confirmed that Amara Nwosu won the election.';
    assertDetects(text, [['A hand recount of more than 48,000 ballots', 'confirmed', 'Amara Nwosu won the election']]);
  });

  it('takes the antecedent of "who" out of the verb phrase that holds it', () => {
    const text = 'Volunteers had collected sworn statements from 37 voters who believe they were turned away wrongly.';
    assertDetects(text, [['37 voters', 'believe', 'they were turned away wrongly']]);
  });

  it('takes the antecedent of "who" out of the reporting clause that holds it ("The report cites unnamed officials who say")', () => {
    assertDetects('The report cites unnamed officials who say the decision was made in June.', [['unnamed officials', 'say', 'the decision was made in June']]);
  });

  it('keeps examples after "such as" in the source', () => {
    const text = 'Other sites such as Gawker.com have stated that they will keep hosting the video.';
    assertDetects(text, [['Other sites such as Gawker.com', 'have stated', 'they will keep hosting the video']]);
  });

  it('keeps a reflexive after the name in the source and an adverb before the cue out of it', () => {
    assertDetects('Rick Santorum himself has acknowledged that the phenomenon exists.', [['Rick Santorum himself', 'has acknowledged', 'the phenomenon exists']]);
    assertDetects('We just want to be able to bring light into the media industry.', [['We', 'want', 'to be able to bring light into the media industry']]);
  });

  it('ends a source after "according to" where a new phrase starts without a comma', () => {
    assertDetects('According to Rathbun the Scientology property in question was returned by mail.', [
      ['Rathbun', 'According to', 'the Scientology property in question was returned by mail'],
    ]);
    assertDetects('According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede.', [
      ['the Saudi Interior Ministry', 'According to', 'over 345 Muslim pilgrims have been killed in a stampede'],
    ]);
  });

  it('ends an inverted source before "to" and its listener', () => {
    const text = '"We want to thank all of the locations," said Bolden to the gathered crowd which contained many KSC employees.';
    assertDetects(text, [['Bolden', 'said', 'We want to thank all of the locations']]);
  });

  it('keeps a name set off after a role in a source after "according to"', () => {
    const text = 'According to the Afghan team\'s coach, Alireza Mehraban, in their first matchup, the robot scored two points.';
    assertDetects(text, [["the Afghan team's coach, Alireza Mehraban,", 'According to', 'in their first matchup, the robot scored two points']]);
  });

  it('keeps a closing role apposition in a source after "according to"', () => {
    const text = 'The Polaroids were all donated by the program, according to Kristen Wilkins, assistant professor of photography and curator of the exhibit.';
    assertDetects(text, [[
      'Kristen Wilkins, assistant professor of photography and curator of the exhibit', 'according to', 'The Polaroids were all donated by the program',
    ]]);
  });

  it('keeps an affiliation set off by commas in the source', () => {
    const text = 'Senior researcher Mu Li, of the University of NSW\'s school of public health, said the finding was worrying.';
    assertDetects(text, [["Senior researcher Mu Li, of the University of NSW's school of public health,", 'said', 'the finding was worrying']]);
  });

  it('keeps a role set off before a name in the source', () => {
    const text = 'Malaysia\'s Prime Minister, Najib Razak said, "We are in contact with all relevant parties."';
    assertDetects(text, [["Malaysia's Prime Minister, Najib Razak", 'said', 'We are in contact with all relevant parties']]);
  });

  it('reads an acronym in capitals as a name, not as the relative pronoun', () => {
    const text = 'WHO say iodine deficiency is the most prevalent cause of brain damage.';
    assertDetects(text, [['WHO', 'say', 'iodine deficiency is the most prevalent cause of brain damage']]);
  });

  it('takes a subject that opens the sentence across a stray comma before the cue', () => {
    const text = 'Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at mandatory guidelines.';
    assertDetects(text, [['Lydia Buchtmann for Food Standards Australia New Zealand', 'says', 'they are looking at mandatory guidelines']]);
  });

  it('keeps an apposition that names the employer before the role in the source', () => {
    const text = 'Hilary Braysmith, USI associate professor of art history, said, "His photography is equally influential."';
    assertDetects(text, [['Hilary Braysmith, USI associate professor of art history,', 'said', 'His photography is equally influential']]);
  });

  it('keeps two role appositions joined by "and" in the source', () => {
    const text = 'Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre, says it is crucial that children have enough iodine.';
    assertDetects(text, [[
      'Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre,',
      'says',
      'it is crucial that children have enough iodine',
    ]]);
  });

  it('leaves an opening day out of the source but keeps the article of the subject', () => {
    assertDetects('On Tuesday the ministry said the port was open.', [['the ministry', 'said', 'the port was open']]);
  });

  it('keeps a short quoted title after a determiner inside the source', () => {
    const text = 'The "History" section of the site explains that the incident was prompted by a video.';
    assertDetects(text, [['The "History" section of the site', 'explains', 'the incident was prompted by a video']]);
  });

  it('leaves a participle aside opened by an adverb out of the source', () => {
    const text = 'The memo, first reported by The New York Times, shows that Comey was concerned.';
    assertDetects(text, [['The memo', 'shows', 'Comey was concerned']]);
  });

  it('ends a source after a passive cue before a reason that follows the name', () => {
    const text = 'The plan was reportedly rejected by Prime Minister Boris Johnson over fears it would amount to amnesty.';
    assertDetects(text, [['Prime Minister Boris Johnson', 'was reportedly rejected by', 'The plan']]);
  });
});
