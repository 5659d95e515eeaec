// The gold annotation file (`NAME.gold.json`): its shape, and a reader that checks every span against the article text.
import { CLAIM_KINDS, type ClaimKind, type Span } from '../../src/core/detect/types';

/** A gold source span; `refersTo` is the fullest mention of the entity a pronoun, short name or description stands for. */
export interface GoldSource extends Span {
  refersTo?: Span;
}

export interface GoldClaim {
  source: GoldSource | null;
  cue: Span | null;
  content: Span;
  hedged: boolean;
  /** Required in the real-text gold, optional in the older hand-written gold. */
  kind?: ClaimKind;
}

export interface GoldFile {
  /** The article's file name, relative to the gold file. */
  file: string;
  note: string;
  claims: GoldClaim[];
}

export type GoldResult = { ok: true; gold: GoldFile } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns a description of what is wrong with the span, or null when it is a well-formed span matching `text`. */
function spanProblem(value: unknown, text: string): string | null {
  if (!isRecord(value)) return 'is not an object';
  const { start, end, text: spanText } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'needs integer start and end';
  if (typeof spanText !== 'string') return 'needs a text string';
  const s = start as number;
  const e = end as number;
  if (s < 0 || e > text.length || s >= e) return `has offsets ${s}–${e} outside the article (length ${text.length}) or empty`;
  const actual = text.slice(s, e);
  if (actual !== spanText) return `says ${JSON.stringify(spanText)} but the article has ${JSON.stringify(actual)} at ${s}–${e}`;
  return null;
}

function toSpan(value: Record<string, unknown>): Span {
  return { start: value.start as number, end: value.end as number, text: value.text as string };
}

function toSource(value: Record<string, unknown>): GoldSource {
  const span: GoldSource = toSpan(value);
  if (isRecord(value.refersTo)) span.refersTo = toSpan(value.refersTo);
  return span;
}

function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}

export interface GoldParseOptions {
  /** Refuse a claim without `kind` (the real-text gold requires one). */
  requireKind?: boolean;
}

/**
 * Parses a gold file and checks it against the BOM-less article text.
 * `label` names the file in error messages, which also name the claim and field at fault.
 */
export function parseGold(raw: string, text: string, label: string, options: GoldParseOptions = {}): GoldResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { ok: false, error: `${label}: not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!isRecord(data)) return { ok: false, error: `${label}: expected an object with "file" and "claims"` };
  if (typeof data.file !== 'string') return { ok: false, error: `${label}: "file" must be a string` };
  if (!Array.isArray(data.claims)) return { ok: false, error: `${label}: "claims" must be an array` };
  const claims: GoldClaim[] = [];
  for (const [index, claim] of data.claims.entries()) {
    const where = `${label}: claims[${index}]`;
    if (!isRecord(claim)) return { ok: false, error: `${where} is not an object` };
    for (const role of ['source', 'cue', 'content'] as const) {
      if (role !== 'content' && claim[role] === null) continue;
      const problem = spanProblem(claim[role], text);
      if (problem) return { ok: false, error: `${where}.${role} ${problem}` };
    }
    if (isRecord(claim.source) && claim.source.refersTo !== undefined) {
      const problem = spanProblem(claim.source.refersTo, text);
      if (problem) return { ok: false, error: `${where}.source.refersTo ${problem}` };
    }
    if (typeof claim.hedged !== 'boolean') return { ok: false, error: `${where}.hedged must be true or false` };
    if (claim.kind !== undefined && !isClaimKind(claim.kind)) {
      return { ok: false, error: `${where}.kind must be one of ${CLAIM_KINDS.join(', ')}, not ${JSON.stringify(claim.kind)}` };
    }
    if (options.requireKind && claim.kind === undefined) return { ok: false, error: `${where} has no kind (required in this gold set)` };
    const parsed: GoldClaim = {
      source: claim.source === null ? null : toSource(claim.source as Record<string, unknown>),
      cue: claim.cue === null ? null : toSpan(claim.cue as Record<string, unknown>),
      content: toSpan(claim.content as Record<string, unknown>),
      hedged: claim.hedged,
    };
    if (claim.kind !== undefined) parsed.kind = claim.kind;
    claims.push(parsed);
  }
  return { ok: true, gold: { file: data.file, note: typeof data.note === 'string' ? data.note : '', claims } };
}
