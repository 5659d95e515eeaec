// Specification of the evaluation reports behind `npm run eval`, run on gold itself and on a perturbed copy of it.
import * as assert from 'node:assert/strict';
import { evaluate, evaluationJson, type Detector } from '../../scripts/eval/evaluate';
import { formatAggregate, formatFileDiff, formatTable } from '../../scripts/eval/report';
import { readGoldFiles, type GoldDocument } from '../../scripts/gold/files';
import type { Attribution, Span } from '../../src/core/detect/types';

const { documents } = readGoldFiles();
const seed = documents.filter((d) => d.gold.file === 'seed-article.txt');

function goldAsDetector(docs: readonly GoldDocument[], change: (claims: Attribution[], text: string) => Attribution[] = (c) => c): Detector {
  return (text) => {
    const doc = docs.find((d) => d.text === text);
    const claims = (doc?.gold.claims ?? []).map((c): Attribution => ({
      start: Math.min(c.content.start, c.source?.start ?? Infinity, c.cue?.start ?? Infinity),
      end: Math.max(c.content.end, c.source?.end ?? 0, c.cue?.end ?? 0),
      content: c.content,
      source: c.source,
      cue: c.cue,
      hedges: [],
      commitment: c.hedged ? 'possible' : 'certain',
      kind: 'statement',
    }));
    return change(claims, text);
  };
}

/** Drops the first claim and widens every source by one character: one miss, and no exact source left. */
function perturb(claims: Attribution[], text: string): Attribution[] {
  const widen = (s: Span) => ({ start: s.start, end: s.end + 1, text: text.slice(s.start, s.end + 1) });
  return claims.slice(1).map((c) => ({ ...c, source: c.source && widen(c.source) }));
}

describe('evaluation reports', () => {
  it('score the gold set against itself as 100% in every column', () => {
    const evaluation = evaluate(documents, goldAsDetector(documents));
    const { micro } = evaluation.corpus;
    assert.deepEqual([micro.attribution.f1, micro.roles.source.f1, micro.roles.cue.f1, micro.roles.content.f1], [1, 1, 1, 1]);
    assert.match(formatTable(evaluation), /overall, micro.*│ +100\.0 100\.0 100\.0 │ +100\.0 +100\.0 +100\.0 │ +100\.0 +100\.0$/m);
  });

  it('show a dropped claim as a miss and a changed source as a role difference', () => {
    const [file] = evaluate(seed, goldAsDetector(seed, perturb)).files;
    const diff = formatFileDiff(file);
    assert.match(diff, /- MISSED gold #0\n {4}at 3:/);
    assert.match(diff, /source {2}gold "Analysts" @378–386\n {12}pred "Analysts " @378–387/);
  });

  it('count a hedged gold claim predicted as certain as a hedge disagreement', () => {
    const allCertain = (claims: Attribution[]) => claims.map((c): Attribution => ({ ...c, commitment: 'certain' }));
    const evaluation = evaluate(seed, goldAsDetector(seed, allCertain));
    const hedged = seed[0].gold.claims.filter((c) => c.hedged).length;
    assert.equal(evaluation.hedgeAgreementShare, (19 - hedged) / 19);
  });

  it('report per-file and overall figures as JSON', () => {
    const json = evaluationJson(evaluate(seed, goldAsDetector(seed, perturb))) as {
      files: { file: string; attribution: { recall: number }; roles: { source: { f1: number } } }[];
    };
    assert.equal(json.files[0].file, 'seed-article.txt');
    assert.equal(json.files[0].attribution.recall, Math.round((18 / 19) * 10000) / 10000);
    assert.equal(json.files[0].roles.source.f1, 0);
  });

  it('show the aggregate of a set without a row or listing per file', () => {
    const aggregate = formatAggregate(evaluate(documents, goldAsDetector(documents)));
    assert.match(aggregate, /^overall, micro \(20 files\)/m);
    assert.match(aggregate, /^recall by cue: /m);
    assert.doesNotMatch(aggregate, /seed-article|\.txt|\.md/);
  });

  it('list a matched claim whose predicted kind differs from the gold kind', () => {
    const kinded = seed.map((d) => ({ ...d, gold: { ...d.gold, claims: d.gold.claims.map((c) => ({ ...c, kind: 'statement' as const })) } }));
    const asBelief = (claims: Attribution[]) => claims.map((c): Attribution => ({ ...c, kind: 'belief' }));
    const [file] = evaluate(kinded, goldAsDetector(kinded, asBelief)).files;
    assert.match(formatFileDiff(file), /kind {4}gold statement\n {12}pred belief/);
  });
});
