// Resolves a hand-written gold authoring file (claims as text snippets) to exact offsets, refusing anything ambiguous.
//
// Format, one claim per line, fields separated by " | ":
//   source | cue | content | flags | refersTo: fullest mention
// `-` stands for a missing source or cue. Flags: `hedged`; `lax` skips the span-convention checks for that claim;
// the claim's kind as a word (`statement`, `belief`, `evidence`, `characterization`, `request`, `intention`,
// `refusal`). The optional fifth field names the fullest mention of the entity a pronoun, short name or description
// source stands for; it is searched in the whole article and must occur once.
// Header lines `file: NAME` and `note: …`; lines starting with `#` are comments.
// A snippet is matched at word boundaries. Inside it, ⟦…⟧ marks the span within a longer, disambiguating
// context ("⟦he⟧ said"), ⋯ abbreviates the middle of a long span ("North Korea of ⋯ with Ukraine"), and ⏎ stands
// for a line break (context across a paragraph break: "war.\"⏎⏎\"⟦Prompted⟧").
// The content is searched in the whole article and must occur once; source and cue are searched in the lines
// holding the content plus one line either side (else the two nearest text lines either side, over blank lines), and
// must occur once there.
import type { GoldClaim, GoldFile, GoldSource } from './goldFile';
import { CLAIM_KINDS, type ClaimKind, type Span } from '../../src/core/detect/types';

const OPEN = '⟦';
const CLOSE = '⟧';
const ELLIPSIS = '⋯';
const LINE_BREAK = '⏎';
const FIELD_SEPARATOR = ' | ';

export interface AuthoringOptions {
  /** Refuse a claim without a kind word in its flags (the real-text gold requires one). */
  requireKind?: boolean;
}

export interface AuthoringResult {
  gold: GoldFile;
  errors: string[];
}

interface Region {
  start: number;
  end: number;
}

interface Template {
  /** The text before ⋯ (or all of it), markers removed. */
  head: string;
  /** The text after ⋯, markers removed; null when the snippet has no ⋯. */
  tail: string | null;
  /** Where the span starts inside `head`. */
  spanStartInHead: number;
  /** Where the span ends inside `tail` (or `head` when there is no tail). */
  spanEndInLast: number;
}

function parseTemplate(snippet: string): Template | string {
  const parts = snippet.split(ELLIPSIS);
  if (parts.length > 2) return `more than one ${ELLIPSIS} in "${snippet}"`;
  if (snippet.split(OPEN).length > 2 || snippet.split(CLOSE).length > 2) return `more than one ${OPEN}…${CLOSE} in "${snippet}"`;
  const [rawHead, rawTail] = parts.map((p) => p.trim().replaceAll(LINE_BREAK, '\n'));
  const head = rawHead.replace(OPEN, '').replace(CLOSE, '');
  const tail = rawTail === undefined ? null : rawTail.replace(OPEN, '').replace(CLOSE, '');
  const openAt = rawHead.indexOf(OPEN);
  const last = rawTail ?? rawHead;
  const closeAt = last.indexOf(CLOSE);
  if (rawTail !== undefined && (rawTail.includes(OPEN) || rawHead.includes(CLOSE))) {
    return `with ${ELLIPSIS}, ${OPEN} belongs before it and ${CLOSE} after it: "${snippet}"`;
  }
  if (rawTail === undefined && closeAt >= 0 && openAt > closeAt) return `${CLOSE} before ${OPEN} in "${snippet}"`;
  // Markers are counted on the text with the other marker removed, so positions refer to the stripped string.
  const spanStartInHead = openAt < 0 ? 0 : openAt;
  const lastWithoutOpen = last.replace(OPEN, '');
  const spanEndInLast = closeAt < 0 ? (tail ?? head).length : lastWithoutOpen.indexOf(CLOSE);
  if (head.length === 0 || (tail !== null && tail.length === 0)) return `empty snippet "${snippet}"`;
  return { head, tail, spanStartInHead, spanEndInLast };
}

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** True when `needle` found at `at` does not cut a word in half at either edge. */
function atWordBoundaries(text: string, at: number, needle: string): boolean {
  const startsWord = isWordChar(needle[0]);
  const endsWord = isWordChar(needle[needle.length - 1]);
  if (startsWord && isWordChar(text[at - 1])) return false;
  if (endsWord && isWordChar(text[at + needle.length])) return false;
  return true;
}

function occurrences(text: string, needle: string, region: Region): number[] {
  const found: number[] = [];
  let at = text.indexOf(needle, region.start);
  while (at >= 0 && at + needle.length <= region.end) {
    if (atWordBoundaries(text, at, needle)) found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

function firstOccurrence(text: string, needle: string, from: number, region: Region): number {
  return occurrences(text, needle, { start: from, end: region.end })[0] ?? -1;
}

/** Resolves one snippet to a span inside `region`, or explains why it cannot. */
export function resolveSnippet(text: string, snippet: string, region: Region): Span | string {
  const template = parseTemplate(snippet);
  if (typeof template === 'string') return template;
  const heads = occurrences(text, template.head, region);
  if (heads.length === 0) return `"${snippet}" not found`;
  if (heads.length > 1) return `"${snippet}" is ambiguous (${heads.length} places); mark it with ${OPEN}…${CLOSE} inside more context`;
  const headAt = heads[0];
  const start = headAt + template.spanStartInHead;
  let end: number;
  if (template.tail === null) {
    end = headAt + template.spanEndInLast;
  } else {
    const tailAt = firstOccurrence(text, template.tail, headAt + template.head.length, region);
    if (tailAt < 0) return `end "${template.tail}" of "${snippet}" not found after its start`;
    end = tailAt + template.spanEndInLast;
  }
  if (end <= start) return `"${snippet}" resolves to an empty span`;
  return { start, end, text: text.slice(start, end) };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at;
}

/** The lines holding the content, plus one line before and one after: where its source and cue are looked for. */
function neighbourhood(text: string, content: Span): Region {
  const start = lineStart(text, Math.max(0, lineStart(text, content.start) - 1));
  const end = lineEnd(text, Math.min(text.length, lineEnd(text, content.end) + 1));
  return { start, end };
}

/**
 * The neighbourhood widened to the two nearest text lines either side, over blank lines: where a source or cue not
 * in the neighbourhood is looked for, so a quote paragraph finds its speaker in the paragraph before (or the one
 * before that, when a photo caption sits between).
 */
function widerNeighbourhood(text: string, content: Span): Region {
  const isBlank = (from: number) => text.slice(from, lineEnd(text, from)).trim() === '';
  let start = lineStart(text, content.start);
  for (let found = 0; found < 2 && start > 0; ) {
    start = lineStart(text, start - 1);
    if (!isBlank(start)) found++;
  }
  let end = lineEnd(text, content.end);
  for (let found = 0; found < 2 && end < text.length; ) {
    end = lineEnd(text, end + 1);
    if (!isBlank(lineStart(text, end))) found++;
  }
  return { start, end };
}

const MARKUP_EDGE = /^[*_`#>[\]]|[*_`#>[\]]$/;
const QUOTE_EDGE = /^["“”‘’«»]|["“”«»]$/;

/** The span conventions of docs/annotation-guidelines.md that a resolved claim must follow. */
function conventionProblems(text: string, claim: GoldClaim): string[] {
  const problems: string[] = [];
  // "Jane Doe, a professor at Yale, said": an appositive and both its commas belong to the source (fourth edition).
  if (claim.source?.text.includes(',') && text.charAt(claim.source.end) === ',') problems.push("source leaves out its appositive's closing comma");
  const spans: [string, Span | null][] = [['source', claim.source], ['cue', claim.cue], ['content', claim.content]];
  for (const [role, span] of spans) {
    if (!span) continue;
    if (span.text.trim() !== span.text) problems.push(`${role} starts or ends with white space`);
    if (MARKUP_EDGE.test(span.text)) problems.push(`${role} starts or ends with markup`);
    if (QUOTE_EDGE.test(span.text)) problems.push(`${role} starts or ends with a quotation mark`);
  }
  const content = claim.content.text;
  if (/^that\s/i.test(content)) problems.push('content starts with the complementizer "that"');
  if (/[.,;:]$/.test(content)) problems.push('content ends with sentence punctuation');
  for (const [role, span] of spans.slice(0, 2)) {
    if (span && span.start < claim.content.end && claim.content.start < span.end) problems.push(`${role} overlaps the content`);
  }
  return problems;
}

const REFERS_TO = /^refersTo:\s*(.+)$/;

function isClaimKind(word: string): word is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(word);
}

/** The kind word among the flags (null when there is none), or why the flags are wrong. */
function kindOf(flags: ReadonlySet<string>): { kind: ClaimKind | null } | { problem: string } {
  const kinds = [...flags].filter(isClaimKind);
  for (const flag of flags) if (flag !== 'hedged' && flag !== 'lax' && !isClaimKind(flag)) return { problem: `unknown flag "${flag}"` };
  if (kinds.length > 1) return { problem: `more than one kind (${kinds.join(', ')})` };
  return { kind: kinds[0] ?? null };
}

function resolveClaimLine(text: string, line: string, options: AuthoringOptions): GoldClaim | string {
  const fields = line.split(FIELD_SEPARATOR).map((f) => f.trim());
  if (fields.length < 3 || fields.length > 5) return `expected "source | cue | content | flags | refersTo: mention", got ${fields.length} fields`;
  const [sourceSnippet, cueSnippet, contentSnippet, flagField = '', refersToField] = fields;
  const flags = new Set(flagField.split(/\s+/).filter(Boolean));
  const kindFlag = kindOf(flags);
  if ('problem' in kindFlag) return kindFlag.problem;
  const { kind } = kindFlag;
  if (kind === null && options.requireKind) return `no kind among the flags (one of ${CLAIM_KINDS.join(', ')})`;
  const refersToSnippet = refersToField === undefined ? null : REFERS_TO.exec(refersToField)?.[1].trim();
  if (refersToSnippet === undefined) return `the fifth field must read "refersTo: <snippet>", got "${refersToField}"`;
  const content = resolveSnippet(text, contentSnippet, { start: 0, end: text.length });
  if (typeof content === 'string') return `content ${content}`;
  const near = neighbourhood(text, content);
  const wider = widerNeighbourhood(text, content);
  const resolveRole = (snippet: string, role: string): GoldSource | null | string => {
    if (snippet === '-') return null;
    let span = resolveSnippet(text, snippet, near);
    if (typeof span === 'string' && / not found$/.test(span)) span = resolveSnippet(text, snippet, wider);
    return typeof span === 'string' ? `${role} ${span}` : span;
  };
  const source = resolveRole(sourceSnippet, 'source');
  if (typeof source === 'string') return source;
  const cue = resolveRole(cueSnippet, 'cue');
  if (typeof cue === 'string') return cue;
  if (refersToSnippet !== null) {
    if (source === null) return 'refersTo needs a source';
    const refersTo = resolveSnippet(text, refersToSnippet, { start: 0, end: text.length });
    if (typeof refersTo === 'string') return `refersTo ${refersTo}`;
    if (refersTo.start === source.start && refersTo.end === source.end) return 'refersTo is the source itself; leave it out';
    if (refersTo.text.trim() !== refersTo.text || QUOTE_EDGE.test(refersTo.text)) return 'refersTo starts or ends with white space or a quotation mark';
    source.refersTo = refersTo;
  }
  const claim: GoldClaim = { source, cue, content, hedged: flags.has('hedged') };
  if (kind !== null) claim.kind = kind;
  const problems = conventionProblems(text, claim);
  if (!flags.has('lax') && problems.length > 0) return problems.join('; ');
  if (flags.has('lax') && problems.length === 0) return 'flag "lax" is not needed: the claim follows every convention';
  return claim;
}

function firstOffset(claim: GoldClaim): number {
  return Math.min(claim.content.start, claim.source?.start ?? Infinity, claim.cue?.start ?? Infinity);
}

/**
 * Reads an authoring file against its BOM-less article text. Errors name the authoring line;
 * the claims come out in document order.
 */
export function resolveAuthoring(authoring: string, text: string, label: string, options: AuthoringOptions = {}): AuthoringResult {
  const errors: string[] = [];
  const claims: GoldClaim[] = [];
  let file = '';
  let note = '';
  authoring.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const header = /^(file|note):\s*(.*)$/.exec(line);
    if (header) {
      if (header[1] === 'file') file = header[2];
      else note = header[2];
      return;
    }
    const claim = resolveClaimLine(text, line, options);
    if (typeof claim === 'string') errors.push(`${label}:${index + 1}: ${claim}`);
    else claims.push(claim);
  });
  if (file === '') errors.push(`${label}: missing "file:" header`);
  const seen = new Map<string, number>();
  for (const claim of claims) {
    const key = `${claim.content.start}:${claim.content.end}:${claim.source?.start}:${claim.cue?.start}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 2) errors.push(`${label}: the claim with content "${claim.content.text.slice(0, 40)}…" is listed twice`);
  }
  claims.sort((a, b) => firstOffset(a) - firstOffset(b) || a.content.start - b.content.start);
  return { gold: { file, note, claims }, errors };
}
