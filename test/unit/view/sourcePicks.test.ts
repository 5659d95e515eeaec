import * as assert from 'node:assert/strict';
import { sourceMatches } from '../../../src/core/view/sourceNames';
import { orderSourcePicks, personNameWithin, type SourcePick } from '../../../src/core/view/sourcePicks';
import { source } from './claimFixture';

const kcna = source('kcna', 'Korean Central News Agency', { aliases: ['KCNA'] });
const seoul = source('seoul', 'Seoul', { aliases: ['South Korean government'] });
const tass = source('tass', 'Tass');
const yonhap = source('yonhap', 'Yonhap');

function describePicks(picks: SourcePick[]): string[] {
  return picks.map((p) => (p.kind === 'new' ? 'new' : p.kind === 'detected' ? `detected:${p.name}:${p.existing?.id ?? '-'}` : `known:${p.source.id}`));
}

describe('source names', () => {
  it('matches a source by an alias given in parentheses', () => {
    assert.ok(sourceMatches(kcna, 'The Korean Central News Agency (KCNA)'));
  });

  it('matches regardless of case, leading article and punctuation', () => {
    assert.ok(sourceMatches(seoul, 'the South Korean government,'));
  });

  it('does not match a different source', () => {
    assert.ok(!sourceMatches(tass, 'Seoul'));
  });
});

describe('source picks', () => {
  it('offers the detected source text first, then every known source, then a new one', () => {
    assert.deepEqual(describePicks(orderSourcePicks('Yonhap', [], [tass])), ['detected:Yonhap:-', 'known:tass', 'new']);
  });

  it("offers a detected source that holds an appositive without the comma closing it", () => {
    assert.deepEqual(describePicks(orderSourcePicks('Jane Doe, a professor at Yale,', [], [])).slice(0, 1), ['detected:Jane Doe, a professor at Yale:-']);
  });

  it('resolves the detected text to the known source that goes by that name', () => {
    assert.deepEqual(describePicks(orderSourcePicks('KCNA', [], [tass, kcna])), ['detected:KCNA:kcna', 'known:tass', 'new']);
  });

  it('resolves the detected text to a known source that matches it by an alias', () => {
    assert.deepEqual(describePicks(orderSourcePicks('The Korean Central News Agency (KCNA)', [], [tass, yonhap, kcna])), [
      'detected:The Korean Central News Agency (KCNA):kcna',
      'known:tass',
      'known:yonhap',
      'new',
    ]);
  });

  it('puts the other known sources that match the detected text before the rest', () => {
    const service = source('service', 'KCNA English service', { aliases: ['Korean Central News Agency'] });
    assert.deepEqual(describePicks(orderSourcePicks('Korean Central News Agency (KCNA)', [], [tass, service, kcna])), [
      'detected:Korean Central News Agency (KCNA):kcna',
      'known:service',
      'known:tass',
      'new',
    ]);
  });

  it('lists the article’s own sources before other workspace sources', () => {
    assert.deepEqual(describePicks(orderSourcePicks(null, [yonhap], [tass, yonhap])), ['known:yonhap', 'known:tass', 'new']);
  });

  it('lists a source known both in the article and the workspace once', () => {
    const copy = source('other-id', 'yonhap');
    assert.deepEqual(describePicks(orderSourcePicks(null, [yonhap], [copy])), ['known:yonhap', 'new']);
  });

  it('offers only known sources and a new one when nothing was detected', () => {
    assert.deepEqual(describePicks(orderSourcePicks('  ', [], [tass])), ['known:tass', 'new']);
  });
});

describe('source picks for a source that refers to a fuller name', () => {
  const post = source('post', 'The Washington Post');

  it('offers the name the source refers to first, then the source as written', () => {
    assert.deepEqual(describePicks(orderSourcePicks('the daily', [], [tass], 'The Washington Post')), [
      'detected:The Washington Post:-',
      'detected:the daily:-',
      'known:tass',
      'new',
    ]);
  });

  it('says which words of the text the offered name stands for', () => {
    const first = orderSourcePicks('the daily', [], [], 'The Washington Post')[0];
    assert.deepEqual(first, { kind: 'detected', name: 'The Washington Post', existing: null, refersFrom: 'the daily' });
  });

  it('never offers a pronoun as a name', () => {
    assert.deepEqual(describePicks(orderSourcePicks('she', [], [], 'Finance Minister Ingrid Solberg')), ['detected:Finance Minister Ingrid Solberg:-', 'new']);
  });

  it('stands the offered name for a known source going by it, listed once', () => {
    assert.deepEqual(describePicks(orderSourcePicks('It', [post], [tass], 'The Washington Post')), ['detected:The Washington Post:post', 'known:tass', 'new']);
  });
});

describe('a person named within a source written with a role', () => {
  it('takes the name after a role in lower case', () => {
    assert.equal(personNameWithin('ministry spokesman Aram Petrosyan'), 'Aram Petrosyan');
  });

  it('takes the name set off by a comma after a description', () => {
    assert.equal(personNameWithin("The head of the country's National Hurricane Center, Max Mayfield"), 'Max Mayfield');
  });

  it('finds none in a source that is all name, title included', () => {
    assert.equal(personNameWithin('President Barack Obama'), null);
  });

  it('finds none in a body named after a preposition or article', () => {
    assert.equal(personNameWithin('Officials at the U.S. Geological Survey'), null);
  });

  it('finds none in a one-word name', () => {
    assert.equal(personNameWithin('the pro-Kremlin daily Izvestia'), null);
  });

  it('offers the person first, then the source as written', () => {
    assert.deepEqual(describePicks(orderSourcePicks('ministry spokesman Aram Petrosyan', [], [tass])), [
      'detected:Aram Petrosyan:-',
      'detected:ministry spokesman Aram Petrosyan:-',
      'known:tass',
      'new',
    ]);
  });

  it('offers a known source going by the person’s name for the person', () => {
    const petrosyan = source('petrosyan', 'Aram Petrosyan');
    assert.deepEqual(describePicks(orderSourcePicks('ministry spokesman Aram Petrosyan', [], [tass, petrosyan])), [
      'detected:Aram Petrosyan:petrosyan',
      'detected:ministry spokesman Aram Petrosyan:-',
      'known:tass',
      'new',
    ]);
  });
});
