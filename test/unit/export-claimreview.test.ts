import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { formatClaimReview, toClaimReviews, type ClaimReviewDocument, type ExportArticle, type ExportContext } from '../../src/core/export';
import type { Claim, Credibility, SourceKind } from '../../src/core/model/types';
import { ENGLISH } from '../../src/core/words';
import { CONTEXT, loadArticle } from './export-fixtures';

const schema: object = JSON.parse(readFileSync(path.join(__dirname, '../../schemas/claimreview.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const REVIEWER: ExportContext = {
  ...CONTEXT,
  claimReview: { author: { type: 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' }, reviewUrl: 'https://factcheck.example/2026/kcna-launch' },
};

function assertValid(document: unknown): void {
  assert.ok(validate(document), JSON.stringify(validate.errors, null, 2));
}

/** The sample article with each claim changed by `change` (state, credibility, source…). */
function withClaims(change: (claim: Claim) => Partial<Claim>, article = loadArticle()): ExportArticle {
  return { ...article, sidecar: { ...article.sidecar, claims: article.sidecar.claims.map((c) => ({ ...c, ...change(c) })) } };
}

function withText(text: string, article = loadArticle()): ExportArticle {
  return { ...article, text };
}

function reviews(article: ExportArticle, context = REVIEWER): ClaimReviewDocument['@graph'] {
  return toClaimReviews([article], context)['@graph'];
}

describe('ClaimReview export', () => {
  it('writes JSON-LD that the schema written from the schema.org definitions accepts', () => {
    assertValid(JSON.parse(formatClaimReview([loadArticle()], REVIEWER)));
  });

  it('reviews exactly the confirmed claims that have a credibility', () => {
    const article = loadArticle();
    const expected = article.sidecar.claims.filter((c) => c.state === 'confirmed' && c.credibility !== null).map((c) => c.id);
    assert.deepEqual(reviews(article).map((r) => r['@id'].split('#claimreview-')[1]), expected);
    assert.ok(expected.length >= 2 && expected.length < article.sidecar.claims.length);
  });

  it('leaves out suggested and rejected claims even when they have a credibility', () => {
    const rated = withClaims((c) => ({ credibility: 2, state: c.state === 'confirmed' ? 'suggested' : c.state }));
    assert.deepEqual(reviews(rated), []);
  });

  it('maps Admiralty credibility 1 to 5 onto ratings 5 to 1 with the verdict in words', () => {
    const ratings = ([1, 2, 3, 4, 5] as Credibility[]).map((credibility) => reviews(withClaims(() => ({ credibility })))[0].reviewRating);
    assert.deepEqual(ratings, [
      { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Confirmed by other sources' },
      { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Probably true' },
      { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Possibly true' },
      { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Doubtful' },
      { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Improbable' },
    ]);
  });

  it('gives credibility 6 (truth cannot be judged) only its words, no point on the scale', () => {
    const document = toClaimReviews([withClaims(() => ({ credibility: 6 }))], REVIEWER);
    assert.deepEqual(document['@graph'][0].reviewRating, { '@type': 'Rating', alternateName: 'Truth cannot be judged' });
    assertValid(document);
  });

  it('tags every review with the language its verdict words are in', () => {
    const spanish = { ...REVIEWER, words: { ...ENGLISH, language: 'es' } };
    assert.deepEqual(new Set(reviews(loadArticle()).map((r) => r.inLanguage)), new Set(['en']));
    assert.deepEqual(new Set(reviews(loadArticle(), spanish).map((r) => r.inLanguage)), new Set(['es']));
  });

  it('names the tagged source as the claim author, a Person or an Organization by its kind', () => {
    const article = loadArticle();
    const kinds: [SourceKind | null, string][] = [['person', 'Person'], ['anonymous', 'Person'], ['government', 'Organization'], ['media', 'Organization'], [null, 'Organization']];
    for (const [kind, type] of kinds) {
      const sources = article.sidecar.sources.map((s) => ({ ...s, kind }));
      const [first] = reviews({ ...article, sidecar: { ...article.sidecar, sources } });
      assert.deepEqual(first.itemReviewed.author, { '@type': type, name: 'Korean Central News Agency' }, String(kind));
    }
  });

  it('gives a claim without a tagged source no author rather than a guessed one', () => {
    const untagged = reviews(withClaims(() => ({ sourceId: null })));
    assert.ok(untagged.length > 0);
    for (const review of untagged) assert.equal(review.itemReviewed.author, undefined);
  });

  it('reviews the claimed content, or the whole quote of a claim added by hand', () => {
    const [first] = reviews(loadArticle());
    assert.equal(first.claimReviewed, 'Kim Jong Un oversaw the test-fire of a new "Hwasong" missile 🚀 on Tuesday');
    const [manual] = reviews(withClaims(() => ({ content: null })));
    assert.equal(manual.claimReviewed, loadArticle().sidecar.claims[0].target.exact);
  });

  it('reviews a characterisation, request, intention or refusal as written, since its content is only a fragment', () => {
    for (const kind of ['characterization', 'request', 'intention', 'refusal'] as const) {
      const [first] = reviews(withClaims(() => ({ kind })));
      assert.equal(first.claimReviewed, loadArticle().sidecar.claims[0].target.exact.replace(/\s+/g, ' ').trim(), kind);
    }
  });

  it('reviews the content of a statement, belief or evidence claim', () => {
    for (const kind of ['statement', 'belief', 'evidence'] as const) {
      const [first] = reviews(withClaims(() => ({ kind })));
      assert.equal(first.claimReviewed, 'Kim Jong Un oversaw the test-fire of a new "Hwasong" missile 🚀 on Tuesday', kind);
    }
  });

  it('reviews a claim over several lines as one line of text', () => {
    const [first] = reviews(withClaims((c) => ({ content: c.content && { ...c.content, text: 'Kim Jong Un oversaw\nthe test-fire' } })));
    assert.equal(first.claimReviewed, 'Kim Jong Un oversaw the test-fire');
  });

  it('takes the appearance URL and date of the claim from the front matter of the article', () => {
    const article = loadArticle();
    const text = `---\ntitle: Launch\nurl: https://news.example/kcna-launch\ndate: 2026-11-24\n---\n${article.text}`;
    const [first] = reviews(withText(text, article));
    assert.deepEqual(first.itemReviewed.appearance, { '@type': 'CreativeWork', url: 'https://news.example/kcna-launch' });
    assert.equal(first.itemReviewed.datePublished, '2026-11-24');
  });

  it('takes the appearance URL from an absolute article IRI when the front matter has none', () => {
    const [first] = reviews({ ...loadArticle(), iri: 'https://news.example/korea/article.txt' });
    assert.deepEqual(first.itemReviewed.appearance, { '@type': 'CreativeWork', url: 'https://news.example/korea/article.txt' });
  });

  it('leaves the appearance out when only a local path is known', () => {
    const [first] = reviews(loadArticle());
    assert.equal(first.itemReviewed.appearance, undefined);
    assert.equal(first.itemReviewed.datePublished, undefined);
  });

  it('names the reviewing organisation from the options as the author of every review', () => {
    for (const review of reviews(loadArticle())) {
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' });
    }
  });

  it('dates each review when its claim was last changed, in ISO 8601', () => {
    const article = loadArticle();
    const [first] = reviews(article);
    assert.equal(first.datePublished, article.sidecar.claims[0].modified);
  });

  it('gives each review a stable @id on the fact-check page and the page as its url', () => {
    const [first] = reviews(loadArticle());
    assert.equal(first['@id'], 'https://factcheck.example/2026/kcna-launch#claimreview-c-kcna0001');
    assert.equal(first.url, 'https://factcheck.example/2026/kcna-launch');
    assert.deepEqual(reviews(loadArticle()).map((r) => r['@id']), reviews(loadArticle()).map((r) => r['@id']));
  });

  it('gives reviews URN @ids and no url when no fact-check page is set', () => {
    const context: ExportContext = { ...CONTEXT, claimReview: { author: { type: 'Person', name: 'A. Checker' } } };
    const [first] = reviews(loadArticle(), context);
    assert.equal(first['@id'], 'urn:claimlens:claimreview:c-kcna0001');
    assert.equal(first.url, undefined);
    assertValid(toClaimReviews([loadArticle()], context));
  });

  it('reviews a claim once when its article is exported twice', () => {
    const twice = toClaimReviews([loadArticle(), loadArticle()], REVIEWER)['@graph'];
    assert.deepEqual(twice, reviews(loadArticle()));
  });

  it('numbers the @id of a different review that a copied sidecar gives the same claim id', () => {
    const copy = withClaims(() => ({ credibility: 5 }));
    const ids = toClaimReviews([loadArticle(), copy], REVIEWER)['@graph'].map((r) => r['@id']);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('https://factcheck.example/2026/kcna-launch#claimreview-c-kcna0001-2'));
  });

  it('writes an empty graph when no claim is confirmed with a credibility', () => {
    const document = toClaimReviews([withClaims(() => ({ credibility: null }))], REVIEWER);
    assert.deepEqual(document, { '@context': 'https://schema.org', '@graph': [] });
  });

  it('refuses to write reviews without a reviewing organisation', () => {
    assert.throws(() => toClaimReviews([loadArticle()], { ...CONTEXT, claimReview: undefined }), /reviewing organisation/);
  });
});

describe('the ClaimReview JSON Schema', () => {
  const valid = (): Record<string, unknown> => JSON.parse(formatClaimReview([loadArticle()], REVIEWER));
  const firstReview = (document: Record<string, unknown>): Record<string, unknown> => (document['@graph'] as Record<string, unknown>[])[0];

  const mistakes: Record<string, (review: Record<string, unknown>) => void> = {
    'a review without a rating': (r) => { delete r.reviewRating; },
    'a review without an author': (r) => { delete r.author; },
    'a rating value without its scale': (r) => { delete (r.reviewRating as Record<string, unknown>).bestRating; },
    'a rating without words': (r) => { delete (r.reviewRating as Record<string, unknown>).alternateName; },
    'a misspelt property': (r) => { r.claimreviewed = r.claimReviewed; delete r.claimReviewed; },
    'a date that is not ISO 8601': (r) => { r.datePublished = '24 November 2026'; },
    'an empty claim': (r) => { r.claimReviewed = ' '; },
    'a relative url': (r) => { r.url = 'kcna-launch.html'; },
    'an item that is not a Claim': (r) => { (r.itemReviewed as Record<string, unknown>)['@type'] = 'CreativeWork'; },
  };
  for (const [name, mistake] of Object.entries(mistakes)) {
    it(`rejects ${name}`, () => {
      const document = valid();
      mistake(firstReview(document));
      assert.equal(validate(document), false);
    });
  }
});
