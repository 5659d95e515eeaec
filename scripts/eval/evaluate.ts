// Runs a detector over the gold documents and scores it: the data behind `npm run eval`'s table, JSON and diff.
import type { GoldDocument } from '../gold/files';
import type { Attribution, DetectOptions } from '../../src/core/detect/types';
import { breakdownDocument, sumBreakdowns, type Breakdown, type ResolutionCounts, type Tally } from './breakdown';
import { prf, ROLES, scoreCorpus, scoreDocument, type CorpusScore, type DocumentScore, type Prf, type Role } from './score';

export type Detector = (text: string, options?: DetectOptions) => Attribution[];

export interface FileEvaluation {
  document: GoldDocument;
  predicted: Attribution[];
  score: DocumentScore;
  /** Matched pairs where gold `hedged` agrees with a predicted commitment other than "certain". */
  hedgeAgreements: number;
  breakdown: Breakdown;
}

export interface Evaluation {
  files: FileEvaluation[];
  corpus: CorpusScore;
  /** Share of matched claims whose hedging agrees with gold (not a detection.md metric; a check on hedge cues). */
  hedgeAgreementShare: number;
  /** Recall by cue group and kind, kind accuracy and source resolution, summed over the files. */
  breakdown: Breakdown;
}

function hedgeAgreements(document: GoldDocument, predicted: readonly Attribution[], score: DocumentScore): number {
  return score.pairs.filter((p) => document.gold.claims[p.gold].hedged === (predicted[p.predicted].commitment !== 'certain')).length;
}

/** A share that is 0 rather than NaN when nothing was counted. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function evaluate(documents: readonly GoldDocument[], detect: Detector): Evaluation {
  const files = documents.map((document) => {
    const predicted = detect(document.text, { markdown: document.markdown, resolveSources: true });
    const score = scoreDocument(document.gold.claims, predicted);
    const breakdown = breakdownDocument(document.gold.claims, predicted, score.pairs);
    return { document, predicted, score, hedgeAgreements: hedgeAgreements(document, predicted, score), breakdown };
  });
  const corpus = scoreCorpus(files.map((f) => f.score));
  const agreements = files.reduce((n, f) => n + f.hedgeAgreements, 0);
  const breakdown = sumBreakdowns(files.map((f) => f.breakdown));
  return { files, corpus, hedgeAgreementShare: share(agreements, corpus.totals.attribution.matched), breakdown };
}

/** Source resolution as precision, recall and F1: correct over predicted, correct over gold. */
export function resolutionPrf(counts: ResolutionCounts): Prf {
  return prf({ matched: counts.correct, predicted: counts.predicted, gold: counts.gold });
}

function round(figure: Prf): Prf {
  const r = (n: number) => Math.round(n * 10000) / 10000;
  return { precision: r(figure.precision), recall: r(figure.recall), f1: r(figure.f1) };
}

const roundShare = (n: number) => Math.round(n * 10000) / 10000;

function tallyJson(tally: Tally): { found: number; total: number; share: number } {
  return { found: tally.hit, total: tally.total, share: roundShare(share(tally.hit, tally.total)) };
}

/** The breakdown as JSON: kinds without gold claims are left out. */
function breakdownJson(breakdown: Breakdown): Record<string, unknown> {
  const kinds = Object.entries(breakdown.kinds).filter(([, tally]) => tally.total > 0);
  return {
    recallByCueGroup: Object.fromEntries(Object.entries(breakdown.cueGroups).map(([group, tally]) => [group, tallyJson(tally)])),
    recallByKind: Object.fromEntries(kinds.map(([kind, tally]) => [kind, tallyJson(tally)])),
    kindAccuracy: tallyJson(breakdown.kindAccuracy),
    sourceResolution: { ...breakdown.resolution, ...round(resolutionPrf(breakdown.resolution)) },
  };
}

/** The aggregate part of `npm run eval -- --json`: everything but the per-file list (all the blind set shows). */
export function aggregateJson(evaluation: Evaluation): Record<string, unknown> {
  const roles = (make: (role: Role) => Prf) => Object.fromEntries(ROLES.map((role) => [role, round(make(role))]));
  return {
    micro: { attribution: round(evaluation.corpus.micro.attribution), roles: roles((role) => evaluation.corpus.micro.roles[role]) },
    macro: { attribution: round(evaluation.corpus.macro.attribution), roles: roles((role) => evaluation.corpus.macro.roles[role]) },
    totals: evaluation.corpus.totals,
    joinedAttribution: { ...evaluation.corpus.joinedAttribution.totals, ...round(evaluation.corpus.joinedAttribution.micro) },
    sourceOverlapShare: evaluation.corpus.sourceOverlapShare,
    hedgeAgreementShare: evaluation.hedgeAgreementShare,
    ...breakdownJson(evaluation.breakdown),
  };
}

/** The machine-readable result of `npm run eval -- --json` for one gold set. */
export function evaluationJson(evaluation: Evaluation): unknown {
  const roles = (make: (role: Role) => Prf) => Object.fromEntries(ROLES.map((role) => [role, round(make(role))]));
  return {
    files: evaluation.files.map(({ document, score, hedgeAgreements: agreements, breakdown }) => ({
      file: document.gold.file,
      gold: score.attribution.gold,
      predicted: score.attribution.predicted,
      attribution: round(prf(score.attribution)),
      roles: roles((role) => prf(score.roles[role])),
      sourceOverlapShare: share(score.sourceOverlaps, score.pairs.length),
      hedgeAgreementShare: share(agreements, score.pairs.length),
      ...breakdownJson(breakdown),
    })),
    ...aggregateJson(evaluation),
  };
}
