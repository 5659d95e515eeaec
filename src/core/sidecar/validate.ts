// Reading a sidecar file: JSON syntax, then every field checked against version 1 (mirrors schemas/sidecar-v1.schema.json), copying only known and `x-` extension fields.
import { RELIABILITIES, isCredibility } from '../model/ratings';
import { extensionFieldsOf, isExtensionField } from '../model/extensionFields';
import type { Claim, ClaimOrigin, ClaimState, DocumentInfo, KindOrigin, Sidecar, Source, SourceKind, SourceTextSpan, TextSpan, TextTarget } from '../model/types';
import { CLAIM_KINDS, type Commitment } from '../detect/types';

export type ParseResult = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

export const SIDECAR_VERSION = 1;
const CLAIM_STATES: readonly ClaimState[] = ['suggested', 'confirmed', 'rejected'];
const CLAIM_ORIGINS: readonly ClaimOrigin[] = ['detected', 'manual'];
const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organization', 'government', 'media', 'document', 'anonymous', 'other'];
const COMMITMENTS: readonly Commitment[] = ['certain', 'probable', 'possible', 'uncommitted'];
const KIND_ORIGINS: readonly KindOrigin[] = ['detected', 'manual'];
const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is a timestamp a sidecar accepts: ISO 8601 date and time with a zone. */
export function isSidecarTimestamp(value: string): boolean {
  return TIMESTAMP_PATTERN.test(value);
}

/** Every problem found, in file order: reading goes on after a bad field so that one message can count them all. */
class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    this.list.push(message);
  }
}

type Fields = Record<string, unknown>;

/** Reads own properties only, so `constructor`, `toString` or a `__proto__` key can never stand in for a field. */
function own(obj: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Text from the file made safe to print in a one-line message: control characters (line breaks, terminal escape
 * sequences a hostile file could carry) are shown as `\u…` escapes instead of acting on the reader's terminal.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

class Reader {
  constructor(private readonly problems: Problems) {}

  /** `extensible` objects (sidecar, source, claim) also accept other tools' `x-` fields; any other unknown field is a problem. */
  object(value: unknown, path: string, keys: readonly string[], extensible = false): Fields | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problems.add(`${path} must be an object, not ${describe(value)}`);
      return null;
    }
    const fields = value as Fields;
    for (const key of Object.keys(fields)) {
      if (keys.includes(key) || (extensible && isExtensionField(key))) continue;
      const hint = extensible ? ' (fields of other tools must be named "x-…")' : '';
      this.problems.add(`${path}.${printable(JSON.stringify(key).slice(1, -1))} is not a known field${hint}`);
    }
    return fields;
  }

  field(obj: Fields, path: string, key: string): unknown {
    const value = own(obj, key);
    if (value === undefined) this.problems.add(`${path}.${key} is missing`);
    return value;
  }

  string(obj: Fields, path: string, key: string, opts: { nonEmpty?: boolean; pattern?: RegExp; patternText?: string } = {}): string {
    const value = this.field(obj, path, key);
    if (value === undefined) return '';
    if (typeof value !== 'string') {
      this.problems.add(`${path}.${key} must be a string, not ${describe(value)}`);
      return '';
    }
    if (opts.nonEmpty && value.trim() === '') this.problems.add(`${path}.${key} must not be empty`);
    if (opts.pattern && !opts.pattern.test(value)) this.problems.add(`${path}.${key} must be ${opts.patternText}, not ${describe(value)}`);
    return value;
  }

  offset(obj: Fields, path: string, key: string): number {
    const value = this.field(obj, path, key);
    if (value === undefined) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.problems.add(`${path}.${key} must be a whole number ≥ 0, not ${describe(value)}`);
      return 0;
    }
    return value;
  }

  boolean(obj: Fields, path: string, key: string): boolean {
    const value = this.field(obj, path, key);
    if (value !== undefined && typeof value !== 'boolean') this.problems.add(`${path}.${key} must be true or false, not ${describe(value)}`);
    return value === true;
  }

  oneOf<T extends string>(obj: Fields, path: string, key: string, allowed: readonly T[], nullable: boolean): T | null {
    const value = this.field(obj, path, key);
    if (value === undefined) return null;
    return this.valueOf(value, path, key, allowed, nullable);
  }

  /** An additive field: absent in files written before it existed, so absence gives `fallback` and is no problem. */
  optionalOneOf<T extends string, F extends T | null>(obj: Fields, path: string, key: string, allowed: readonly T[], fallback: F): T | F {
    const value = own(obj, key);
    if (value === undefined) return fallback;
    return this.valueOf(value, path, key, allowed, fallback === null) ?? fallback;
  }

  private valueOf<T extends string>(value: unknown, path: string, key: string, allowed: readonly T[], nullable: boolean): T | null {
    if (value === null && nullable) return null;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problems.add(`${path}.${key} must be one of ${quoteList(allowed)}${nullable ? ' or null' : ''}, not ${describe(value)}`);
    return null;
  }

  array(obj: Fields, path: string, key: string): unknown[] {
    const value = this.field(obj, path, key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.add(`${path}.${key} must be an array, not ${describe(value)}`);
      return [];
    }
    return value;
  }

  strings(obj: Fields, path: string, key: string): string[] {
    return this.array(obj, path, key).flatMap((item, i) => {
      if (typeof item === 'string') return [item];
      this.problems.add(`${path}.${key}[${i}] must be a string, not ${describe(item)}`);
      return [];
    });
  }
}

/** Offsets must describe `text` exactly; placed spans must lie within the document. */
function checkRange(problems: Problems, path: string, start: number, end: number, textLength: number, documentLength: number | null): void {
  if (end < start) problems.add(`${path}.end (${end}) must not be before ${path}.start (${start})`);
  else if (textLength !== end - start) problems.add(`${path} spans ${end - start} characters but its text has ${textLength}`);
  if (documentLength !== null && end > documentLength) {
    problems.add(`${path}.end (${end}) is past the end of the text (document.length ${documentLength})`);
  }
}

function readSpan(r: Reader, problems: Problems, value: unknown, path: string, documentLength: number | null): TextSpan | null {
  const o = r.object(value, path, ['start', 'end', 'text']);
  if (o === null) return null;
  const span = { start: r.offset(o, path, 'start'), end: r.offset(o, path, 'end'), text: r.string(o, path, 'text') };
  checkRange(problems, path, span.start, span.end, span.text.length, documentLength);
  return span;
}

/** A claim's source: a span that may also say which fuller mention of the text it refers to. */
function readSourceSpan(r: Reader, problems: Problems, obj: Fields, path: string, documentLength: number | null): SourceTextSpan | null {
  const value = r.field(obj, path, 'source');
  if (value === undefined || value === null) return null;
  const o = r.object(value, `${path}.source`, ['start', 'end', 'text', 'refersTo']);
  if (o === null) return null;
  const source: SourceTextSpan = {
    start: r.offset(o, `${path}.source`, 'start'),
    end: r.offset(o, `${path}.source`, 'end'),
    text: r.string(o, `${path}.source`, 'text'),
  };
  checkRange(problems, `${path}.source`, source.start, source.end, source.text.length, documentLength);
  const refersTo = own(o, 'refersTo');
  if (refersTo !== undefined) {
    const span = readSpan(r, problems, refersTo, `${path}.source.refersTo`, documentLength);
    if (span) source.refersTo = span;
  }
  return source;
}

function readNullableSpan(r: Reader, problems: Problems, obj: Fields, path: string, key: string, documentLength: number | null): TextSpan | null {
  const value = r.field(obj, path, key);
  return value === undefined || value === null ? null : readSpan(r, problems, value, `${path}.${key}`, documentLength);
}

function readTarget(r: Reader, problems: Problems, value: unknown, path: string, documentLength: number | null): TextTarget {
  const o = r.object(value, path, ['start', 'end', 'exact', 'prefix', 'suffix']);
  if (o === null) return { start: 0, end: 0, exact: '', prefix: '', suffix: '' };
  const target = {
    start: r.offset(o, path, 'start'),
    end: r.offset(o, path, 'end'),
    exact: r.string(o, path, 'exact'),
    prefix: r.string(o, path, 'prefix'),
    suffix: r.string(o, path, 'suffix'),
  };
  checkRange(problems, path, target.start, target.end, target.exact.length, documentLength);
  if (target.exact === '') problems.add(`${path}.exact must not be empty`);
  return target;
}

function readSource(r: Reader, value: unknown, path: string): Source | null {
  const o = r.object(value, path, ['id', 'name', 'aliases', 'kind', 'reliability', 'note'], true);
  if (o === null) return null;
  return {
    ...extensionFieldsOf(o),
    id: r.string(o, path, 'id', { nonEmpty: true }),
    name: r.string(o, path, 'name', { nonEmpty: true }),
    aliases: r.strings(o, path, 'aliases'),
    kind: r.oneOf(o, path, 'kind', SOURCE_KINDS, true),
    reliability: r.oneOf(o, path, 'reliability', RELIABILITIES, true),
    note: r.string(o, path, 'note'),
  };
}

const CLAIM_KEYS = [
  'id', 'state', 'origin', 'target', 'orphan', 'source', 'cue', 'content', 'hedges', 'commitment', 'kind', 'kindOrigin',
  'sourceId', 'credibility', 'note', 'tags', 'created', 'modified',
];

function readClaim(r: Reader, problems: Problems, value: unknown, path: string, documentLength: number): Claim | null {
  const o = r.object(value, path, CLAIM_KEYS, true);
  if (o === null) return null;
  const orphan = r.boolean(o, path, 'orphan');
  // An orphan's offsets are where it was last placed, in an older text, so they are not held to this document's length.
  const limit = orphan ? null : documentLength;
  const sourceId = r.field(o, path, 'sourceId');
  if (sourceId !== undefined && sourceId !== null && (typeof sourceId !== 'string' || sourceId === '')) {
    problems.add(`${path}.sourceId must be a source id or null, not ${describe(sourceId)}`);
  }
  const credibility = r.field(o, path, 'credibility');
  if (credibility !== undefined && credibility !== null && !isCredibility(credibility)) {
    problems.add(`${path}.credibility must be 1–6 or null, not ${describe(credibility)}`);
  }
  const timestamp = { pattern: TIMESTAMP_PATTERN, patternText: 'an ISO 8601 date and time' };
  return {
    ...extensionFieldsOf(o),
    id: r.string(o, path, 'id', { nonEmpty: true }),
    state: r.oneOf(o, path, 'state', CLAIM_STATES, false) ?? 'suggested',
    origin: r.oneOf(o, path, 'origin', CLAIM_ORIGINS, false) ?? 'manual',
    target: readTarget(r, problems, r.field(o, path, 'target'), `${path}.target`, limit),
    orphan,
    source: readSourceSpan(r, problems, o, path, limit),
    cue: readNullableSpan(r, problems, o, path, 'cue', limit),
    content: readNullableSpan(r, problems, o, path, 'content', limit),
    hedges: r.array(o, path, 'hedges').flatMap((h, i) => readSpan(r, problems, h, `${path}.hedges[${i}]`, limit) ?? []),
    commitment: r.oneOf(o, path, 'commitment', COMMITMENTS, true),
    kind: r.optionalOneOf(o, path, 'kind', CLAIM_KINDS, null),
    kindOrigin: r.optionalOneOf(o, path, 'kindOrigin', KIND_ORIGINS, 'detected'),
    sourceId: typeof sourceId === 'string' && sourceId !== '' ? sourceId : null,
    credibility: isCredibility(credibility) ? credibility : null,
    note: r.string(o, path, 'note'),
    tags: r.strings(o, path, 'tags'),
    created: r.string(o, path, 'created', timestamp),
    modified: r.string(o, path, 'modified', timestamp),
  };
}

function readDocument(r: Reader, value: unknown): DocumentInfo {
  const o = r.object(value, 'document', ['file', 'length', 'hash']);
  if (o === null) return { file: '', length: 0, hash: '' };
  return {
    file: r.string(o, 'document', 'file', { nonEmpty: true }),
    length: r.offset(o, 'document', 'length'),
    hash: r.string(o, 'document', 'hash', { pattern: HASH_PATTERN, patternText: '"sha256:" and 64 lowercase hex digits' }),
  };
}

function checkUniqueIds(problems: Problems, items: readonly { id: string }[], path: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else if (item.id !== '') problems.add(`${path}[${i}].id "${item.id}" is already used by ${path}[${first}]`);
  });
}

function readVersion(problems: Problems, root: Fields): boolean {
  const version = own(root, 'version');
  if (version === SIDECAR_VERSION) return true;
  if (typeof version === 'number' && Number.isInteger(version) && version > SIDECAR_VERSION) {
    problems.add(`written by a newer ClaimLens (version ${version}); this one reads version ${SIDECAR_VERSION}`);
  } else if (version === undefined) {
    problems.add(`version is missing (expected ${SIDECAR_VERSION}); is this a ClaimLens sidecar?`);
  } else {
    problems.add(`version must be ${SIDECAR_VERSION}, not ${describe(version)}`);
  }
  return false;
}

function readSidecar(problems: Problems, value: unknown): Sidecar | null {
  const r = new Reader(problems);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(`must contain a JSON object, not ${describe(value)}`);
    return null;
  }
  if (!readVersion(problems, value as Fields)) return null;
  const root = r.object(value, 'sidecar', ['version', 'document', 'sources', 'claims'], true);
  if (root === null) return null;
  const document = readDocument(r, r.field(root, 'sidecar', 'document'));
  const sources = r.array(root, 'sidecar', 'sources').flatMap((s, i) => readSource(r, s, `sources[${i}]`) ?? []);
  const claims = r.array(root, 'sidecar', 'claims').flatMap((c, i) => readClaim(r, problems, c, `claims[${i}]`, document.length) ?? []);
  checkUniqueIds(problems, sources, 'sources');
  checkUniqueIds(problems, claims, 'claims');
  const sourceIds = new Set(sources.map((s) => s.id));
  claims.forEach((c, i) => {
    if (c.sourceId !== null && !sourceIds.has(c.sourceId)) problems.add(`claims[${i}].sourceId "${c.sourceId}" names no entry of sources`);
  });
  return { ...extensionFieldsOf(root), version: SIDECAR_VERSION, document, sources, claims };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(raw: string, offset: number): string {
  const before = raw.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function syntaxProblem(raw: string, err: unknown): string {
  const message = printable(err instanceof Error ? err.message : String(err));
  const position = /position (\d+)/.exec(message);
  const where = position ? ` at ${lineColumn(raw, Number(position[1]))}` : '';
  return `is not valid JSON${where} (${message.replace(/ in JSON at position \d+.*$/, '')})`;
}

/** Problems are reported as `<label>: <field path> <what is wrong>`; the first one is named and the rest counted. */
function failure(label: string, problems: readonly string[]): { ok: false; error: string } {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return { ok: false, error: `${label}: ${problems[0]}${more}` };
}

/** Parses and validates the content of a sidecar file; `label` names the file in every message. */
export function parseSidecar(raw: string, label: string): ParseResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return failure(label, ['is empty']);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return failure(label, [syntaxProblem(text, err)]);
  }
  const problems = new Problems();
  const sidecar = readSidecar(problems, value);
  if (sidecar === null || problems.list.length > 0) return failure(label, problems.list);
  return { ok: true, sidecar };
}
