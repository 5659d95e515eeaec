// Runs a detector over the gold documents and scores it: the data behind `npm run eval`'s table, JSON and diff.
import type { GoldDocument } from '../gold/files';
import type { Attribution, DetectOptions } from '../../src/core/detect/types';
import { prf, ROLES, scoreCorpus, scoreDocument, type CorpusScore, type DocumentScore, type Prf, type Role } from '../../src/core/detect/score';

export type Detector = (text: string, options?: DetectOptions) => Attribution[];

export interface FileEvaluation {
  document: GoldDocument;
  predicted: Attribution[];
  score: DocumentScore;
}

export interface Evaluation {
  files: FileEvaluation[];
  corpus: CorpusScore;
}

export function evaluate(documents: readonly GoldDocument[], detect: Detector): Evaluation {
  const files = documents.map((document) => {
    const predicted = detect(document.text, { markdown: document.markdown });
    return { document, predicted, score: scoreDocument(document.gold.claims, predicted) };
  });
  return { files, corpus: scoreCorpus(files.map((f) => f.score)) };
}

function round(figure: Prf): Prf {
  const r = (n: number) => Math.round(n * 10000) / 10000;
  return { precision: r(figure.precision), recall: r(figure.recall), f1: r(figure.f1) };
}

/** The machine-readable result of `npm run eval -- --json`. */
export function evaluationJson(evaluation: Evaluation): unknown {
  const roles = (make: (role: Role) => Prf) => Object.fromEntries(ROLES.map((role) => [role, round(make(role))]));
  return {
    files: evaluation.files.map(({ document, score }) => ({
      file: document.gold.file,
      gold: score.attribution.gold,
      predicted: score.attribution.predicted,
      attribution: round(prf(score.attribution)),
      roles: roles((role) => prf(score.roles[role])),
      sourceOverlapShare: score.pairs.length === 0 ? 0 : score.sourceOverlaps / score.pairs.length,
    })),
    micro: { attribution: round(evaluation.corpus.micro.attribution), roles: roles((role) => evaluation.corpus.micro.roles[role]) },
    macro: { attribution: round(evaluation.corpus.macro.attribution), roles: roles((role) => evaluation.corpus.macro.roles[role]) },
    totals: evaluation.corpus.totals,
    sourceOverlapShare: evaluation.corpus.sourceOverlapShare,
  };
}
