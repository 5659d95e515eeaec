// Collect step of every exporter: resolves each claim's source, rating and line once, in the order of the article.
import { CLAIM_KINDS, type ClaimKind } from '../detect/types';
import { describeRating, ratingCode } from '../model/ratings';
import type { Claim, Reliability, Source } from '../model/types';
import { compareClaims } from '../sidecar';
import type { RatingWords } from '../words';
import type { ExportArticle } from './article';
import { lineIndex } from './lineIndex';

export interface ClaimRecord {
  claim: Claim;
  /** 1-based position of the claim in the article, used to cross-reference highlights and tables. */
  number: number;
  /** 1-based line of the claim's start; null for orphans, whose last known offsets no longer hold their quote. */
  line: number | null;
  /** The source the user tagged, if any. */
  source: Source | null;
  reliability: Reliability | null;
  /** Admiralty code such as `B2`, `B?`, `?2`, or empty when unrated. */
  code: string;
  /** e.g. `B2 — usually reliable, probably true`, or empty when unrated. */
  rating: string;
}

export interface SourceSummary {
  /** The tagged source name, or null for claims without a tagged source. */
  name: string | null;
  reliability: Reliability | null;
  claims: number;
  confirmed: number;
  suggested: number;
  /** Admiralty codes of the source's claims in order of first appearance, without repeats. */
  codes: string[];
}

/** Reports leave rejected claims out (they are detector noise the reader dismissed); data exports keep them. */
export function collectClaims(article: ExportArticle, options: { rejected: boolean; words?: RatingWords }): ClaimRecord[] {
  const lineOf = lineIndex(article.text);
  const sources = new Map(article.sidecar.sources.map((s) => [s.id, s]));
  return article.sidecar.claims
    .filter((claim) => options.rejected || claim.state !== 'rejected')
    .sort(compareClaims)
    .map((claim, i) => {
      const source = claim.sourceId === null ? null : sources.get(claim.sourceId) ?? null;
      const reliability = source?.reliability ?? null;
      return {
        claim,
        number: i + 1,
        line: claim.orphan ? null : lineOf(claim.target.start),
        source,
        reliability,
        code: ratingCode(reliability, claim.credibility),
        rating: reliability === null && claim.credibility === null ? '' : describeRating(reliability, claim.credibility, options.words),
      };
    });
}

/** Claims per tagged source (untagged last), most claims first; rejected claims are not counted. */
export function summarizeBySource(records: ClaimRecord[]): SourceSummary[] {
  const bySource = new Map<string | null, SourceSummary>();
  for (const { claim, source, code } of records) {
    if (claim.state === 'rejected') continue;
    const key = source?.id ?? null;
    let summary = bySource.get(key);
    if (!summary) {
      summary = { name: source?.name ?? null, reliability: source?.reliability ?? null, claims: 0, confirmed: 0, suggested: 0, codes: [] };
      bySource.set(key, summary);
    }
    summary.claims++;
    if (claim.state === 'confirmed') summary.confirmed++;
    else summary.suggested++;
    if (code !== '' && !summary.codes.includes(code)) summary.codes.push(code);
  }
  return [...bySource.values()].sort(
    (a, b) => Number(a.name === null) - Number(b.name === null) || b.claims - a.claims || (a.name ?? '').localeCompare(b.name ?? ''),
  );
}

/** Claims per kind, in the order of the kinds (unknown last), leaving out kinds without claims; rejected claims are not counted. */
export function summarizeByKind(records: ClaimRecord[]): { kind: ClaimKind | null; claims: number }[] {
  const counts = new Map<ClaimKind | null, number>();
  for (const { claim } of records) if (claim.state !== 'rejected') counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  return [...CLAIM_KINDS, null].flatMap((kind) => (counts.has(kind) ? [{ kind, claims: counts.get(kind) ?? 0 }] : []));
}
