// Reads a W3C Web Annotation file (collection, page, annotation or array) into plain records, grouped by target document.
import { isCredibility, isReliability } from '../model/ratings';
import { CLAIM_KINDS, type ClaimKind, type Commitment } from '../detect/types';
import { extensionFieldsOf } from '../model/extensionFields';
import type { ClaimOrigin, ClaimState, Credibility, ExtensionFields, KindOrigin, Reliability, Source, SourceKind, SourceTextSpan, TextSpan } from '../model/types';
import { kindIri, type DocumentRecord } from './w3cVocabulary';

/** A body reduced to what ClaimLens uses; ClaimLens extension terms are kept when present and valid. */
export interface ReadBody {
  purpose: string | null;
  value: string;
  sourceId: string | null;
  sourceKind: SourceKind | null;
  aliases: string[] | null;
  sourceNote: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
}

export interface ReadAnnotation {
  /** The annotation's own id, for messages. */
  label: string;
  /** The quote; empty when only a position selector selects the text (`positionOnly`). */
  exact: string;
  prefix: string;
  suffix: string;
  /** No TextQuoteSelector, only positions: the quote is the article's text there, taken when the article is read. */
  positionOnly: boolean;
  /** TextPositionSelector positions, in code points. */
  codePoints: { start: number; end: number } | null;
  /** ClaimLens' own UTF-16 offsets, from the position selector or (for orphans) the last known position. */
  utf16: { start: number; end: number } | null;
  bodies: ReadBody[];
  created: string | null;
  modified: string | null;
  claimId: string | null;
  origin: ClaimOrigin | null;
  orphan: boolean;
  commitment: Commitment | null;
  /** From a body tagging the claim with a ClaimLens kind term; `kindOrigin` only when ClaimLens recorded it. */
  kind: ClaimKind | null;
  kindOrigin: KindOrigin | null;
  sourceSpan: SourceTextSpan | null;
  cueSpan: TextSpan | null;
  contentSpan: TextSpan | null;
  hedgeSpans: TextSpan[];
  /** The claim's fields of other tools (`x-…`) that ClaimLens recorded. */
  extensions: ExtensionFields;
}

export interface ReadDocument {
  /** The IRI the annotations target. */
  source: string;
  /** What ClaimLens recorded about the document, when the file came from ClaimLens. */
  record: DocumentRecord | null;
  annotations: ReadAnnotation[];
}

/** `skipped` names the annotations that select no text, with the reason. */
export type ReadResult = { ok: true; documents: ReadDocument[]; skipped: string[] } | { ok: false; error: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** `type` may be a string or an array, with or without the `oa:` prefix. */
function hasType(node: unknown, type: string): node is Json {
  return isObject(node) && list(node.type).some((t) => t === type || t === `oa:${type}`);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function offset(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function range(start: unknown, end: unknown): { start: number; end: number } | null {
  const [s, e] = [offset(start), offset(end)];
  return s !== null && e !== null && s <= e ? { start: s, end: e } : null;
}

function span(value: unknown): TextSpan | null {
  if (!isObject(value) || typeof value.text !== 'string') return null;
  const r = range(value.start, value.end);
  return r && { ...r, text: value.text };
}

/** A source span with the fuller mention the resolver found for it (`refersTo`), when the export carries one. */
function sourceSpan(value: unknown): SourceTextSpan | null {
  const own = span(value);
  if (own === null || !isObject(value)) return own;
  const refersTo = span(value.refersTo);
  return refersTo ? { ...own, refersTo } : own;
}

const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organization', 'government', 'media', 'document', 'anonymous', 'other'];
const ORIGINS: readonly ClaimOrigin[] = ['detected', 'manual'];
const KIND_ORIGINS: readonly KindOrigin[] = ['detected', 'manual'];
const COMMITMENTS: readonly Commitment[] = ['certain', 'probable', 'possible', 'uncommitted'];
export const CLAIM_STATES: readonly ClaimState[] = ['suggested', 'confirmed', 'rejected'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : null;
}

const KIND_IRIS = new Map(CLAIM_KINDS.map((kind) => [kindIri(kind), kind]));

/** The first body that names a claim kind: by the ClaimLens term, or by the kind's IRI as the body's `source` or `id`. */
function readKind(bodies: unknown[]): { kind: ClaimKind; origin: KindOrigin | null } | null {
  for (const node of bodies) {
    if (!isObject(node)) continue;
    const kind = oneOf(CLAIM_KINDS, node['claimlens:kind']) ?? KIND_IRIS.get(text(node.source) ?? text(node.id) ?? '');
    if (kind) return { kind, origin: oneOf(KIND_ORIGINS, node['claimlens:kindOrigin']) };
  }
  return null;
}

function readBody(node: unknown): ReadBody | null {
  if (!isObject(node)) return null;
  const value = text(node.value) ?? text(node.chars);
  if (value === null) return null;
  const aliases = node['claimlens:aliases'];
  return {
    purpose: text(node.purpose),
    value,
    sourceId: text(node['claimlens:sourceId']),
    sourceKind: oneOf(SOURCE_KINDS, node['claimlens:sourceKind']),
    aliases: Array.isArray(aliases) && aliases.every((a) => typeof a === 'string') ? aliases : null,
    sourceNote: text(node['claimlens:sourceNote']),
    reliability: isReliability(node['claimlens:reliability']) ? node['claimlens:reliability'] : null,
    credibility: isCredibility(node['claimlens:credibility']) ? node['claimlens:credibility'] : null,
  };
}

/** The first target that selects text: a SpecificResource with a quote or position selector. */
function textTarget(annotation: Json): { source: string; selectors: Json[] } | null {
  for (const target of list(annotation.target)) {
    if (!isObject(target) || typeof target.source !== 'string') continue;
    const selectors = list(target.selector).filter(isObject);
    if (selectors.some((s) => hasType(s, 'TextQuoteSelector') || hasType(s, 'TextPositionSelector'))) {
      return { source: target.source, selectors };
    }
  }
  return null;
}

function readAnnotation(annotation: Json, index: number): { source: string; annotation: ReadAnnotation } | string {
  const label = text(annotation.id) ?? `item ${index + 1}`;
  const target = textTarget(annotation);
  if (!target) return `${label}: no text selector on its target (whole-document annotations are not claims)`;
  const quote = target.selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = target.selectors.find((s) => hasType(s, 'TextPositionSelector'));
  const positionOnly = (!quote || typeof quote.exact !== 'string') && position !== undefined && range(position.start, position.end) !== null;
  if (!positionOnly && (!quote || typeof quote.exact !== 'string')) return `${label}: no TextQuoteSelector with an exact quote nor a TextPositionSelector`;
  const lastKnown = annotation['claimlens:lastKnownPosition'];
  const spans = list(annotation['claimlens:hedgeSpans']).map(span);
  const kind = readKind(list(annotation.body));
  return {
    source: target.source,
    annotation: {
      label,
      exact: text(quote?.exact) ?? '',
      prefix: text(quote?.prefix) ?? '',
      suffix: text(quote?.suffix) ?? '',
      positionOnly,
      codePoints: position ? range(position.start, position.end) : null,
      utf16: position
        ? range(position['claimlens:utf16Start'], position['claimlens:utf16End'])
        : isObject(lastKnown) ? range(lastKnown.utf16Start, lastKnown.utf16End) : null,
      // `bodyValue` is the model's shorthand for one plain-text body without a purpose: a comment.
      bodies: [...list(annotation.body), ...(typeof annotation.bodyValue === 'string' ? [{ value: annotation.bodyValue }] : [])]
        .map(readBody).filter((b): b is ReadBody => b !== null),
      created: text(annotation.created),
      modified: text(annotation.modified),
      claimId: text(annotation['claimlens:claimId']),
      origin: oneOf(ORIGINS, annotation['claimlens:origin']),
      orphan: annotation['claimlens:orphan'] === true,
      commitment: oneOf(COMMITMENTS, annotation['claimlens:commitment']),
      kind: kind?.kind ?? null,
      kindOrigin: kind?.origin ?? null,
      sourceSpan: sourceSpan(annotation['claimlens:sourceSpan']),
      cueSpan: span(annotation['claimlens:cueSpan']),
      contentSpan: span(annotation['claimlens:contentSpan']),
      hedgeSpans: spans.every((s) => s !== null) ? spans : [],
      extensions: isObject(annotation['claimlens:extensions']) ? extensionFieldsOf(annotation['claimlens:extensions']) : {},
    },
  };
}

function readSource(value: unknown): Source | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string') return null;
  const aliases = list(value.aliases).filter((a): a is string => typeof a === 'string');
  return {
    id: value.id,
    name: value.name,
    aliases,
    kind: oneOf(SOURCE_KINDS, value.kind),
    reliability: isReliability(value.reliability) ? value.reliability : null,
    note: text(value.note) ?? '',
    ...extensionFieldsOf(value),
  };
}

function readDocumentRecord(value: unknown): DocumentRecord | null {
  if (!isObject(value) || typeof value.source !== 'string' || typeof value.file !== 'string' || typeof value.hash !== 'string') return null;
  const length = offset(value.length);
  if (length === null) return null;
  const sources = list(value.sources).map(readSource);
  if (!sources.every((s) => s !== null)) return null;
  const extensions = isObject(value.extensions) ? extensionFieldsOf(value.extensions) : {};
  return { source: value.source, file: value.file, length, hash: value.hash, sources, ...(Object.keys(extensions).length > 0 ? { extensions } : {}) };
}

/** The annotations of a collection (first page embedded), a page, a single annotation or a JSON array of them. */
function annotationNodes(root: unknown): unknown[] | string {
  if (Array.isArray(root)) return root;
  if (hasType(root, 'AnnotationCollection')) {
    if (root.total === 0 && root.first === undefined) return [];
    if (typeof root.first === 'string') return 'the collection links to its pages instead of embedding them; download the pages and import those';
    if (!isObject(root.first)) return 'the collection has no embedded first page';
    return annotationNodes(root.first);
  }
  if (hasType(root, 'AnnotationPage')) {
    const next = isObject(root.next) ? annotationNodes(root.next) : [];
    return typeof next === 'string' ? next : [...list(root.items), ...next];
  }
  if (hasType(root, 'Annotation')) return [root];
  return `${whatItIs(root)}expected an AnnotationCollection, AnnotationPage, Annotation or an array of annotations`;
}

/** What a JSON file that is no annotation file looks like, when it is one ClaimLens knows, with what to do instead. */
function whatItIs(root: unknown): string {
  if (!isObject(root)) return '';
  if ('version' in root && 'claims' in root) return 'this is a ClaimLens sidecar, not W3C annotations (place it beside its article as ARTICLE.claims.json); ';
  const graph = list(root['@graph']);
  if (hasType(root, 'ClaimReview') || root['@type'] === 'ClaimReview' || graph.some((node) => isObject(node) && node['@type'] === 'ClaimReview')) {
    return 'this is a schema.org ClaimReview export, which holds verdicts but not where the claims are (import a W3C export: claimlens export --format w3c); ';
  }
  return '';
}

/**
 * Annotations the file says it holds but does not contain: pages after the first linked by address, or a collection
 * `total` larger than what was read. An import of part of a collection must say so, not pass for the whole.
 */
function missingPages(root: unknown, read: number): string[] {
  const pages: unknown[] = [];
  for (let page: unknown = hasType(root, 'AnnotationCollection') && isObject(root) ? root.first : root; isObject(page); page = page.next) pages.push(page);
  const linked = pages.flatMap((page) => (isObject(page) && typeof page.next === 'string' ? [page.next] : []));
  if (linked.length > 0) return [`the annotations of the pages after this file (${linked[0]}): the file links to them instead of embedding them; download them and import each`];
  const total = isObject(root) && hasType(root, 'AnnotationCollection') && typeof root.total === 'number' ? root.total : null;
  return total !== null && total > read ? [`${total - read} of the ${total} annotations the collection says it holds: they are not in this file`] : [];
}

export function readW3C(raw: string, label: string): ReadResult {
  let root: unknown;
  try {
    root = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `${label}: not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const nodes = annotationNodes(root);
  if (typeof nodes === 'string') return { ok: false, error: `${label}: ${nodes}` };
  const records = isObject(root) ? list(root['claimlens:documents']).map(readDocumentRecord) : [];
  const documents = new Map<string, ReadDocument>();
  const documentFor = (source: string): ReadDocument => {
    let doc = documents.get(source);
    if (!doc) {
      doc = { source, record: records.find((r) => r?.source === source) ?? null, annotations: [] };
      documents.set(source, doc);
    }
    return doc;
  };
  const unplaced: string[] = [];
  for (const [index, node] of nodes.entries()) {
    if (!hasType(node, 'Annotation')) return { ok: false, error: `${label}: item ${index + 1} is not an Annotation` };
    const read = readAnnotation(node, index);
    if (typeof read === 'string') unplaced.push(read);
    else documentFor(read.source).annotations.push(read.annotation);
  }
  for (const record of records) if (record) documentFor(record.source);
  if (documents.size === 0 && unplaced.length > 0) return { ok: false, error: `${label}: no annotation selects text (${unplaced[0]})` };
  return { ok: true, documents: [...documents.values()], skipped: [...unplaced, ...missingPages(root, nodes.length)] };
}

