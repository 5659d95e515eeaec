// Specification of grouping claims by the entity their sources stand for, as the Claims panel lists them.
import * as assert from 'node:assert/strict';
import type { Claim } from '../../../src/core/model/types';
import { groupClaims } from '../../../src/core/view/claimGroups';
import { groupWords } from '../../../src/core/view/groupWords';
import { mentionAsWritten, sourceEntities } from '../../../src/core/view/sourceEntities';
import { claim, spanOf } from './claimFixture';

const TEXT =
  'The Washington Post, the influential US daily, endorsed Alvarez. The newspaper said she had experience. ' +
  'The daily argued the race was close. It said turnout would decide. Steve Whitmore, a representative, said little. Whitmore declined.';

/** A claim whose source is `sourceWords` (the first after `from`), referring to `refersToWords` when given. */
function claimBy(id: string, sourceWords: string, refersToWords?: string, from = 0): Claim {
  const source = spanOf(TEXT, sourceWords, from);
  return claim(id, TEXT.slice(source.start, source.end + 1), {
    article: TEXT,
    from: source.start,
    source: refersToWords ? { ...source, refersTo: spanOf(TEXT, refersToWords) } : source,
    kind: 'statement',
  });
}

const post = claimBy('post', 'The Washington Post, the influential US daily');
const newspaper = claimBy('newspaper', 'The newspaper', 'The Washington Post');
const daily = claimBy('daily', 'The daily', 'The Washington Post');
const it_ = claimBy('it', 'It', 'The Washington Post', TEXT.indexOf('It said'));
const whitmore = claimBy('whitmore', 'Steve Whitmore, a representative');
const short = claimBy('short', 'Whitmore', 'Steve Whitmore', TEXT.indexOf('Whitmore declined'));
const claims = [post, newspaper, daily, it_, whitmore, short];

describe('source entities', () => {
  it('puts a source and the pronouns and descriptions that refer to it in one entity, named by the fullest mention', () => {
    const entities = sourceEntities(claims);
    assert.deepEqual(
      ['post', 'newspaper', 'daily', 'it'].map((id) => entities.get(id)?.name),
      ['The Washington Post', 'The Washington Post', 'The Washington Post', 'The Washington Post'],
    );
  });

  it('joins a short name to the source whose words hold the mention it refers to', () => {
    const entities = sourceEntities(claims);
    assert.equal(entities.get('whitmore'), entities.get('short'));
    assert.equal(entities.get('short')?.name, 'Steve Whitmore');
  });

  it('lists "The Washington Post · 4 claims" in the panel, each row saying how the text names it', () => {
    const groups = groupClaims({ version: 1, document: { file: 'a.txt', length: TEXT.length, hash: 'sha256:0' }, sources: [], claims }, 'source');
    assert.deepEqual(
      groups.map((g) => `${groupWords(g).label} · ${g.claims.length}`),
      ['The Washington Post · 4', 'Steve Whitmore · 2'],
    );
    assert.deepEqual(
      groups[0].claims.map((c) => mentionAsWritten(c, 'The Washington Post')),
      ['The Washington Post, the influential US daily', 'The newspaper', 'The daily', 'It'],
    );
  });

  it('says nothing of a mention that reads as the name it is listed under', () => {
    assert.equal(mentionAsWritten(claimBy('x', 'The newspaper'), 'the newspaper'), null);
  });

  it('keeps sources that refer to nothing apart when their words differ', () => {
    const entities = sourceEntities([claimBy('a', 'The newspaper'), claimBy('b', 'The daily')]);
    assert.notEqual(entities.get('a')?.key, entities.get('b')?.key);
  });
});
