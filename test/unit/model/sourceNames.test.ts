// How source names are compared: the same source however a writer spells, cases or introduces it.
import { strict as assert } from 'node:assert';
import { normalizeSourceName, sameSourceName, sourceWording } from '../../../src/core/model/sourceNames';

describe('normalizing a source name', () => {
  it('drops a leading article, its case, punctuation and a possessive', () => {
    assert.equal(normalizeSourceName('The Korean Central News Agency'), 'korean central news agency');
    assert.equal(normalizeSourceName('an  official’s'), 'official');
    assert.equal(normalizeSourceName('“The Guardian”'), 'guardian');
  });

  it('keeps a leading initial that reads like an article', () => {
    assert.equal(normalizeSourceName('A.P.'), 'a p');
    assert.equal(normalizeSourceName('A. P.'), 'a p');
    assert.equal(normalizeSourceName('A-Team'), 'a team');
  });

  it('tells A.P. apart from a source named P', () => {
    assert.equal(sameSourceName('A.P.', 'P'), false);
    assert.equal(sameSourceName('A.P.', 'a.p.'), true);
  });

  it('keeps an article that is the whole name', () => {
    assert.equal(normalizeSourceName('The'), 'the');
  });
});

describe('wording a detected source for a reader', () => {
  it("drops the comma that closes an appositive, which the source span holds", () => {
    assert.equal(sourceWording('Jane Doe, a professor at Yale,'), 'Jane Doe, a professor at Yale');
  });

  it('writes a source broken over lines on one line', () => {
    assert.equal(sourceWording('Sen. Tim Kaine,\n  D-Va.'), 'Sen. Tim Kaine, D-Va.');
  });

  it('leaves out Markdown emphasis, whose marks the span may cut', () => {
    assert.equal(sourceWording('Semiconductor maker **Veltrix'), 'Semiconductor maker Veltrix');
    assert.equal(sourceWording('the __Tribune__'), 'the Tribune');
  });

  it('leaves a source without a closing comma as written', () => {
    assert.equal(sourceWording('Sen. Mitch McConnell, R-Ky.'), 'Sen. Mitch McConnell, R-Ky.');
  });
});
