// W3C Web Annotation export: one AnnotationCollection holding one Annotation per claim of every article.
import { describeRating } from '../model/ratings';
import { ENGLISH, type Words } from '../words';
import type { ClaimKind } from '../detect/types';
import { extensionFieldsOf } from '../model/extensionFields';
import type { Claim, ExtensionFields, KindOrigin, Source } from '../model/types';
import type { ExportArticle, ExportContext } from './article';
import { codePointIndex, type CodePointIndex } from './codePoints';
import {
  ANNO_CONTEXT, CLAIMLENS_CONTEXT, kindIri, type Annotation, type AnnotationCollection, type KindBody, type Software, type SpecificResource,
  type TextualBody,
} from './w3cVocabulary';

function software(context: ExportContext): Software {
  return { id: context.generator.homepage, type: 'Software', name: `${context.generator.name} ${context.generator.version}` };
}

function textBody(purpose: TextualBody['purpose'], value: string, extra: Partial<TextualBody> = {}): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...extra };
}

/** The kind as a term of the ClaimLens vocabulary (classifying, like the state), when it is known. */
function kindBody(kind: ClaimKind, origin: KindOrigin): KindBody {
  return { type: 'SpecificResource', purpose: 'classifying', source: kindIri(kind), 'claimlens:kind': kind, 'claimlens:kindOrigin': origin };
}

/** Source (identifying), rating (assessing), state and kind (classifying), note (commenting), one body per tag (tagging). */
function bodies(claim: Claim, source: Source | null, words: Words): (TextualBody | KindBody)[] {
  const out: (TextualBody | KindBody)[] = [];
  if (source) {
    out.push(textBody('identifying', source.name, {
      'claimlens:sourceId': source.id,
      'claimlens:sourceKind': source.kind,
      'claimlens:aliases': source.aliases,
      'claimlens:sourceNote': source.note,
      'claimlens:reliability': source.reliability,
    }));
  }
  const reliability = source?.reliability ?? null;
  if (reliability !== null || claim.credibility !== null) {
    out.push(textBody('assessing', describeRating(reliability, claim.credibility, words.rating), {
      language: words.language,
      'claimlens:reliability': reliability,
      'claimlens:credibility': claim.credibility,
    }));
  }
  out.push(textBody('classifying', claim.state, { 'claimlens:state': claim.state }));
  if (claim.kind !== null) out.push(kindBody(claim.kind, claim.kindOrigin));
  if (claim.note !== '') out.push(textBody('commenting', claim.note));
  for (const tag of claim.tags) out.push(textBody('tagging', tag));
  return out;
}

/** Orphans get no position selector: their last offsets no longer select their quote. */
function target(iri: string, claim: Claim, positions: CodePointIndex): SpecificResource {
  const { start, end, exact, prefix, suffix } = claim.target;
  const quote = { type: 'TextQuoteSelector', exact, prefix, suffix } as const;
  if (claim.orphan) return { type: 'SpecificResource', source: iri, selector: [quote] };
  return {
    type: 'SpecificResource',
    source: iri,
    selector: [quote, {
      type: 'TextPositionSelector',
      start: positions.toCodePoint(start),
      end: positions.toCodePoint(end),
      'claimlens:utf16Start': start,
      'claimlens:utf16End': end,
    }],
  };
}

function annotation(article: ExportArticle, claim: Claim, id: string, positions: CodePointIndex, generator: Software, words: Words): Annotation {
  const source = article.sidecar.sources.find((s) => s.id === claim.sourceId) ?? null;
  const body = bodies(claim, source, words);
  // Every claim has a state body, and a kind the detector chose is no one's review: neither makes a suggestion reviewed.
  const reviewed = claim.state !== 'suggested' || claim.kindOrigin === 'manual' || body.some((b) => b.purpose !== 'classifying');
  return {
    id,
    type: 'Annotation',
    motivation: reviewed ? 'assessing' : 'highlighting',
    created: claim.created,
    modified: claim.modified,
    generator,
    body,
    target: target(article.iri, claim, positions),
    'claimlens:claimId': claim.id,
    'claimlens:origin': claim.origin,
    'claimlens:orphan': claim.orphan,
    'claimlens:commitment': claim.commitment,
    'claimlens:sourceSpan': claim.source,
    'claimlens:cueSpan': claim.cue,
    'claimlens:contentSpan': claim.content,
    'claimlens:hedgeSpans': claim.hedges,
    ...(claim.orphan ? { 'claimlens:lastKnownPosition': { utf16Start: claim.target.start, utf16End: claim.target.end } } : {}),
    ...nonEmpty('claimlens:extensions', extensionFieldsOf(claim)),
  };
}

/** `{ [key]: fields }` when other tools added fields (`x-…`), else nothing: files without them stay as they were. */
function nonEmpty<K extends string>(key: K, fields: ExtensionFields): { [key in K]?: ExtensionFields } {
  return Object.keys(fields).length > 0 ? ({ [key]: fields } as { [key in K]: ExtensionFields }) : {};
}

/** A URN per claim; a claim id met again (the same article exported twice) gets a numeric suffix to stay unique. */
function annotationIds(articles: ExportArticle[]): string[][] {
  const taken = new Set<string>();
  return articles.map((article) =>
    article.sidecar.claims.map((claim) => {
      const base = `urn:claimlens:claim:${encodeURIComponent(claim.id)}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}:${n}`;
      taken.add(id);
      return id;
    }),
  );
}

/** Prose (the collection's label, a rating in words) is in the words of `context`, English by default. */
export function toW3C(articles: ExportArticle[], context: ExportContext): AnnotationCollection {
  const words = context.words ?? ENGLISH;
  const generator = software(context);
  const ids = annotationIds(articles);
  const items = articles.flatMap((article, a) => {
    const positions = codePointIndex(article.text);
    return article.sidecar.claims.map((claim, c) => annotation(article, claim, ids[a][c], positions, generator, words));
  });
  const id = `urn:claimlens:export:${context.generated}`;
  return {
    '@context': [ANNO_CONTEXT, CLAIMLENS_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: articles.length === 1 ? words.report.claimsIn(articles[0].label) : words.report.claimsInArticles(articles.length),
    total: items.length,
    generated: context.generated,
    generator,
    'claimlens:documents': articles.map(({ iri, sidecar }) => ({
      source: iri, ...sidecar.document, sources: sidecar.sources, ...nonEmpty('extensions', extensionFieldsOf(sidecar)),
    })),
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function formatW3C(articles: ExportArticle[], context: ExportContext): string {
  return JSON.stringify(toW3C(articles, context), null, 2) + '\n';
}
