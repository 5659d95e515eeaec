// Runs a detector over the gold documents and scores it: the data behind `npm run eval`'s table, JSON and diff.
import type { GoldDocument } from '../gold/files';
import type { Attribution, DetectOptions } from '../../src/core/detect/types';
import { prf, ROLES, scoreCorpus, scoreDocument, type CorpusScore, type DocumentScore, type Prf, type Role } from '../../src/core/detect/score';

export type Detector = (text: string, options?: DetectOptions) => Attribution[];

export interface FileEvaluation {
  document: GoldDocument;
  predicted: Attribution[];
  score: DocumentScore;
  /** Matched pairs where gold `hedged` agrees with a predicted commitment other than "certain". */
  hedgeAgreements: number;
}

export interface Evaluation {
  files: FileEvaluation[];
  corpus: CorpusScore;
  /** Share of matched claims whose hedging agrees with gold (not a detection.md metric; a check on hedge cues). */
  hedgeAgreementShare: number;
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
    const predicted = detect(document.text, { markdown: document.markdown });
    const score = scoreDocument(document.gold.claims, predicted);
    return { document, predicted, score, hedgeAgreements: hedgeAgreements(document, predicted, score) };
  });
  const corpus = scoreCorpus(files.map((f) => f.score));
  const agreements = files.reduce((n, f) => n + f.hedgeAgreements, 0);
  return { files, corpus, hedgeAgreementShare: share(agreements, corpus.totals.attribution.matched) };
}

function round(figure: Prf): Prf {
  const r = (n: number) => Math.round(n * 10000) / 10000;
  return { precision: r(figure.precision), recall: r(figure.recall), f1: r(figure.f1) };
}

/** The machine-readable result of `npm run eval -- --json`. */
export function evaluationJson(evaluation: Evaluation): unknown {
  const roles = (make: (role: Role) => Prf) => Object.fromEntries(ROLES.map((role) => [role, round(make(role))]));
  return {
    files: evaluation.files.map(({ document, score, hedgeAgreements: agreements }) => ({
      file: document.gold.file,
      gold: score.attribution.gold,
      predicted: score.attribution.predicted,
      attribution: round(prf(score.attribution)),
      roles: roles((role) => prf(score.roles[role])),
      sourceOverlapShare: share(score.sourceOverlaps, score.pairs.length),
      hedgeAgreementShare: share(agreements, score.pairs.length),
    })),
    micro: { attribution: round(evaluation.corpus.micro.attribution), roles: roles((role) => evaluation.corpus.micro.roles[role]) },
    macro: { attribution: round(evaluation.corpus.macro.attribution), roles: roles((role) => evaluation.corpus.macro.roles[role]) },
    totals: evaluation.corpus.totals,
    sourceOverlapShare: evaluation.corpus.sourceOverlapShare,
    hedgeAgreementShare: evaluation.hedgeAgreementShare,
  };
}
