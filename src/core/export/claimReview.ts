// schema.org ClaimReview export: one review per confirmed claim that has a credibility, as fact-checkers publish them.
import { ENGLISH, type RatingWords, type Words } from '../words';
import type { Claim, ClaimKind, Credibility, Source, SourceKind } from '../model/types';
import { compareClaims } from '../sidecar';
import type { ClaimReviewOptions, ExportArticle, ExportContext } from './article';
import { articleFacts } from './frontMatter';

export const SCHEMA_ORG = 'https://schema.org';

interface Agent {
  '@type': 'Organization' | 'Person';
  name: string;
  url?: string;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  url: string;
}

interface ClaimItem {
  '@type': 'Claim';
  author?: Agent;
  appearance?: CreativeWork;
  datePublished?: string;
}

/** Credibility 6 ("cannot be judged") is no point on the true–false scale, so it carries only its words. */
type Rating =
  | { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string }
  | { '@type': 'Rating'; alternateName: string };

export interface ClaimReview {
  '@type': 'ClaimReview';
  '@id': string;
  url?: string;
  claimReviewed: string;
  itemReviewed: ClaimItem;
  reviewRating: Rating;
  author: Agent;
  datePublished: string;
  /** The language of the verdict's words (`alternateName`), as a BCP 47 tag. */
  inLanguage: string;
}

export interface ClaimReviewDocument {
  '@context': typeof SCHEMA_ORG;
  '@graph': ClaimReview[];
}

const PEOPLE: ReadonlySet<SourceKind> = new Set(['person', 'anonymous']);

/** Admiralty 1 (confirmed) is the best rating and 5 (improbable) the worst; ClaimReview scales count up to the best. */
export const BEST_RATING = 5;
export const WORST_RATING = 1;

function sentenceCase(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The verdict in words is in the reviewer's language (`words`), as the fact-check page that publishes it. */
export function reviewRating(credibility: Credibility, words: RatingWords = ENGLISH.rating): Rating {
  const alternateName = sentenceCase(words.credibility[credibility]);
  if (credibility === 6) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue: BEST_RATING + 1 - credibility, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName };
}

/** People and unnamed people are `Person`; organisations, governments, media, documents and the rest `Organization`. */
function claimAuthor(source: Source): Agent {
  return { '@type': source.kind !== null && PEOPLE.has(source.kind) ? 'Person' : 'Organization', name: source.name };
}

/** Only confirmed claims with a credibility are reviews a fact-checker has made; suggestions and rejections are not. */
export function isReviewed(claim: Claim): claim is Claim & { credibility: Credibility } {
  return claim.state === 'confirmed' && claim.credibility !== null;
}

/**
 * Kinds whose content is only a fragment ("separatist forces for the shelling", "to raise taxes"), not a
 * proposition that can be reviewed by itself as what was said, believed or shown: such a claim is reviewed as
 * written ("The ministry blamed separatist forces for the shelling"), as is a claim without content.
 */
const FRAGMENT_CONTENT: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['characterization', 'request', 'intention', 'refusal']);

function claimText(claim: Claim): string {
  const content = claim.content?.text;
  const reviewed = content && !(claim.kind !== null && FRAGMENT_CONTENT.has(claim.kind)) ? content : claim.target.exact;
  // A quote that runs over paragraphs or lines is one claim; its line breaks are layout, not part of the claim.
  return reviewed.replace(/\s+/g, ' ').trim();
}

/** An absolute http(s) article IRI (from `--base` or a base-URL setting) is where the claim appeared. */
function webUrl(iri: string): string | undefined {
  return /^https?:\/\//i.test(iri) && URL.canParse(iri) ? iri : undefined;
}

function reviewId(options: ClaimReviewOptions, claim: Claim): string {
  const fragment = `claimreview-${encodeURIComponent(claim.id)}`;
  return options.reviewUrl ? `${options.reviewUrl.replace(/#.*$/, '')}#${fragment}` : `urn:claimlens:claimreview:${encodeURIComponent(claim.id)}`;
}

function reviewsOf(article: ExportArticle, options: ClaimReviewOptions, words: Words): ClaimReview[] {
  const facts = articleFacts(article.text);
  const appearanceUrl = facts.url ?? webUrl(article.iri);
  const sources = new Map(article.sidecar.sources.map((s) => [s.id, s]));
  return article.sidecar.claims
    .filter(isReviewed)
    .sort(compareClaims)
    .map((claim) => {
      const source = claim.sourceId === null ? undefined : sources.get(claim.sourceId);
      const item: ClaimItem = {
        '@type': 'Claim',
        ...(source ? { author: claimAuthor(source) } : {}),
        ...(appearanceUrl ? { appearance: { '@type': 'CreativeWork', url: appearanceUrl } } : {}),
        ...(facts.datePublished ? { datePublished: facts.datePublished } : {}),
      };
      return {
        '@type': 'ClaimReview',
        '@id': reviewId(options, claim),
        ...(options.reviewUrl ? { url: options.reviewUrl } : {}),
        claimReviewed: claimText(claim),
        itemReviewed: item,
        reviewRating: reviewRating(claim.credibility, words.rating),
        author: { '@type': options.author.type, name: options.author.name, ...(options.author.url ? { url: options.author.url } : {}) },
        datePublished: claim.modified,
        inLanguage: words.language,
      };
    });
}

/**
 * The same claim met twice (an article named twice) is one review: an `@id` names one node. A copied sidecar beside
 * another article can carry the same claim id for a different review, which then gets a numbered `@id`.
 */
export function toClaimReviews(articles: ExportArticle[], context: ExportContext): ClaimReviewDocument {
  const options = context.claimReview;
  if (!options) throw new Error('a ClaimReview export needs the reviewing organisation (its name)');
  const byId = new Map<string, string>();
  const graph: ClaimReview[] = [];
  for (const review of articles.flatMap((article) => reviewsOf(article, options, context.words ?? ENGLISH))) {
    const content = JSON.stringify({ ...review, '@id': '' });
    let id = review['@id'];
    for (let n = 2; byId.has(id) && byId.get(id) !== content; n++) id = `${review['@id']}-${n}`;
    if (byId.get(id) === content) continue;
    byId.set(id, content);
    graph.push({ ...review, '@id': id });
  }
  return { '@context': SCHEMA_ORG, '@graph': graph };
}

export function formatClaimReview(articles: ExportArticle[], context: ExportContext): string {
  return JSON.stringify(toClaimReviews(articles, context), null, 2) + '\n';
}

/** How many claims of the articles become reviews, and how many confirmed claims are left out for want of a credibility. */
export function claimReviewCounts(articles: ExportArticle[]): { reviewed: number; unrated: number } {
  let reviewed = 0;
  let unrated = 0;
  for (const { sidecar } of articles) {
    for (const claim of sidecar.claims) {
      if (isReviewed(claim)) reviewed++;
      else if (claim.state === 'confirmed') unrated++;
    }
  }
  return { reviewed, unrated };
}
