// The subset of the W3C Web Annotation Data Model that ClaimLens writes and reads, plus its ClaimLens extension terms.
import type { ClaimKind } from '../detect/types';
import type { Claim, DocumentInfo, ExtensionFields, KindOrigin, Source } from '../model/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of the ClaimLens extension terms; the page documents every term. */
export const CLAIMLENS_NAMESPACE = 'https://github.com/claimlens/claimlens/blob/main/docs/export-formats.md#';

/**
 * The extension context. Structured values are JSON literals (`@json`) so a JSON-LD processor keeps them intact
 * instead of reading their keys as vocabulary.
 */
export const CLAIMLENS_CONTEXT = {
  claimlens: CLAIMLENS_NAMESPACE,
  'claimlens:documents': { '@type': '@json' },
  'claimlens:lastKnownPosition': { '@type': '@json' },
  'claimlens:sourceSpan': { '@type': '@json' },
  'claimlens:cueSpan': { '@type': '@json' },
  'claimlens:contentSpan': { '@type': '@json' },
  'claimlens:hedgeSpans': { '@type': '@json' },
  'claimlens:aliases': { '@type': '@json' },
  'claimlens:extensions': { '@type': '@json' },
} as const;

/** The IRI of a claim kind in the ClaimLens vocabulary, e.g. `…/export-formats.md#kind-statement`; the page defines each. */
export function kindIri(kind: ClaimKind): string {
  return `${CLAIMLENS_NAMESPACE}kind-${kind}`;
}

export type W3CContext = [typeof ANNO_CONTEXT, typeof CLAIMLENS_CONTEXT];

export type BodyPurpose = 'identifying' | 'classifying' | 'assessing' | 'commenting' | 'tagging';

export interface TextualBody {
  type: 'TextualBody';
  purpose: BodyPurpose;
  value: string;
  format: 'text/plain';
  /** BCP 47 tag of the value's language, on bodies ClaimLens words (a rating in words). */
  language?: string;
  'claimlens:sourceId'?: string;
  'claimlens:sourceKind'?: Source['kind'];
  'claimlens:aliases'?: string[];
  'claimlens:sourceNote'?: string;
  'claimlens:reliability'?: Source['reliability'];
  'claimlens:credibility'?: Claim['credibility'];
  'claimlens:state'?: Claim['state'];
}

/**
 * The claim's kind as a semantic tag: a body that is a vocabulary term named by its IRI (the Web Annotation model's
 * `SpecificResource` body with a purpose), so any annotation client can group claims by it without knowing ClaimLens.
 */
export interface KindBody {
  type: 'SpecificResource';
  purpose: 'classifying';
  source: string;
  'claimlens:kind': ClaimKind;
  'claimlens:kindOrigin': KindOrigin;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Positions in Unicode code points (W3C); the ClaimLens terms give the same place in UTF-16 code units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  'claimlens:utf16Start': number;
  'claimlens:utf16End': number;
}

export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
}

export interface Software {
  id: string;
  type: 'Software';
  name: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'highlighting';
  created: string;
  modified: string;
  generator: Software;
  body?: (TextualBody | KindBody)[];
  target: SpecificResource;
  'claimlens:claimId': string;
  'claimlens:origin': Claim['origin'];
  'claimlens:orphan': boolean;
  'claimlens:commitment': Claim['commitment'];
  /** Offsets in UTF-16 code units, like the sidecar. */
  'claimlens:sourceSpan': Claim['source'];
  'claimlens:cueSpan': Claim['cue'];
  'claimlens:contentSpan': Claim['content'];
  'claimlens:hedgeSpans': Claim['hedges'];
  /** Only on orphans, which get no position selector: where the claim was last placed, in UTF-16 code units. */
  'claimlens:lastKnownPosition'?: { utf16Start: number; utf16End: number };
  /** The claim's fields of other tools (`x-…`), only when it has some. */
  'claimlens:extensions'?: ExtensionFields;
}

/** What the sidecar knows about each article beyond its claims, so an import loses nothing the model carries. */
export interface DocumentRecord extends DocumentInfo {
  /** The IRI the annotations of this document target. */
  source: string;
  sources: Source[];
  /** The sidecar's own fields of other tools (`x-…`), only when it has some. */
  extensions?: ExtensionFields;
}

export interface AnnotationCollection {
  '@context': W3CContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: Software;
  'claimlens:documents': DocumentRecord[];
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}
