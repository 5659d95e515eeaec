// The annotation data model of one article: claims, sources and ratings, as stored in the sidecar (version 1).
import type { ClaimKind, Commitment } from '../detect/types';

export type { ClaimKind } from '../detect/types';

/** NATO/Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** NATO/Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export type ClaimState = 'suggested' | 'confirmed' | 'rejected';
export type ClaimOrigin = 'detected' | 'manual';
/** Who chose a claim's kind: the detector (its latest reading replaces it) or the user (kept through every detection). */
export type KindOrigin = 'detected' | 'manual';
export type SourceKind = 'person' | 'organization' | 'government' | 'media' | 'document' | 'anonymous' | 'other';

/** A span inside the article; offsets are UTF-16 code units of the BOM-less text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A claim's source as written, and — when the source stands for an entity the article names more fully ("he", "Key",
 * "the newspaper") — that fullest mention ("New Zealand's Prime Minister John Key"). Worked out by the resolver, so it
 * follows the text: it is re-resolved whenever the claims are detected again.
 */
export interface SourceTextSpan extends TextSpan {
  refersTo?: TextSpan;
}

/**
 * Where a claim sits: W3C TextPositionSelector (start/end) plus TextQuoteSelector (exact/prefix/suffix),
 * so it can be found again after the text changed.
 */
export interface TextTarget {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Fields another tool added to a sidecar, a source or a claim, named `x-…` (an extension namespace). ClaimLens
 * does not interpret them but keeps them through every edit and write, so other tools can annotate alongside it.
 */
export interface ExtensionFields {
  [field: `x-${string}`]: unknown;
}

export interface Source extends ExtensionFields {
  id: string;
  name: string;
  aliases: string[];
  kind: SourceKind | null;
  reliability: Reliability | null;
  note: string;
}

export interface Claim extends ExtensionFields {
  /** Stable for the life of the claim. */
  id: string;
  state: ClaimState;
  origin: ClaimOrigin;
  target: TextTarget;
  /** True when the claim could not be placed in the current text; `target` then keeps its last known place. */
  orphan: boolean;
  source: SourceTextSpan | null;
  cue: TextSpan | null;
  content: TextSpan | null;
  hedges: TextSpan[];
  commitment: Commitment | null;
  /** What kind of attribution the claim is (statement, belief, evidence…); null when not known yet (an older sidecar, a claim marked by hand). */
  kind: ClaimKind | null;
  kindOrigin: KindOrigin;
  sourceId: string | null;
  credibility: Credibility | null;
  note: string;
  tags: string[];
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/** The text the sidecar was saved against. */
export interface DocumentInfo {
  /** File name of the article (no directory), e.g. `article.txt`. */
  file: string;
  /** Length in UTF-16 code units. */
  length: number;
  /** `sha256:<hex>` of the UTF-8 encoding of the text. */
  hash: string;
}

/** The whole content of `<article>.claims.json`. */
export interface Sidecar extends ExtensionFields {
  version: 1;
  document: DocumentInfo;
  sources: Source[];
  claims: Claim[];
}
