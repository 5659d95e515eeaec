// Human-readable reports of an evaluation: the per-file table and, for one file, a listing of misses and false alarms.
import { CUE_GROUP_LABELS, CUE_GROUPS, KIND_KEYS, type Tally } from './breakdown';
import { resolutionPrf, share, type Evaluation, type FileEvaluation } from './evaluate';
import { prf, ROLES, type Counts, type Prf } from './score';
import type { GoldClaim } from '../gold/goldFile';
import type { Attribution, Span } from '../../src/core/detect/types';

const percent = (n: number) => (n * 100).toFixed(1).padStart(5);
const prfCells = (f: Prf) => `${percent(f.precision)} ${percent(f.recall)} ${percent(f.f1)}`;

const ROLE_WIDTH = { source: 6, cue: 6, content: 7 } as const;

interface RowFigures {
  counts: Counts;
  attribution: Prf;
  roleF1: (role: (typeof ROLES)[number]) => number;
  sourceOverlap: number;
  hedgeAgreement: number;
}

function row(label: string, f: RowFigures): string {
  const roles = ROLES.map((r) => percent(f.roleF1(r)).padStart(ROLE_WIDTH[r])).join(' ');
  return (
    `${label.padEnd(34)} ${String(f.counts.gold).padStart(4)} ${String(f.counts.predicted).padStart(4)} │ ` +
    `${' '.repeat(8)}${prfCells(f.attribution)} │ ${roles} │ ${percent(f.sourceOverlap)} ${percent(f.hedgeAgreement).padStart(6)}`
  );
}

const HEADER =
  `${'file'.padEnd(34)} ${'gold'.padStart(4)} ${'pred'.padStart(4)} │ attribution P     R    F1 │ ` +
  `${ROLES.map((r) => r.padStart(ROLE_WIDTH[r])).join(' ')} │  src≈  hedge`;

const LEGEND = [
  'Attribution: one-to-one greedy matching by content character F1 ≥ 0.5. Roles: exact-offset F1 over distinct spans.',
  'src≈: share of matched claims whose source overlaps the gold source. hedge: share of matched claims whose',
  'hedging (commitment other than certain) agrees with gold. Details of one file: npm run eval -- --file NAME',
];

const tallyCell = (tally: Tally) => `${percent(share(tally.hit, tally.total))} (${tally.hit}/${tally.total})`;

/**
 * The figures issue 10 tracks beside the table: recall by cue group and by kind, kind accuracy on matched claims
 * and source resolution. Kinds without gold claims are left out; "no kind" counts older gold without kinds.
 */
export function formatBreakdown(evaluation: Evaluation): string {
  const { cueGroups, kinds, kindAccuracy, resolution } = evaluation.breakdown;
  const byKind = KIND_KEYS.filter((k) => kinds[k].total > 0).map((k) => `${k === 'none' ? 'no kind' : k} ${tallyCell(kinds[k])}`);
  const resolved = resolutionPrf(resolution);
  const joined = evaluation.corpus.joinedAttribution;
  return [
    `attribution with split quotes joined (issue 10's measure): P ${percent(joined.micro.precision)} R ${percent(joined.micro.recall)} ` +
      `F1 ${percent(joined.micro.f1)} (${joined.totals.gold} gold, ${joined.totals.predicted} predicted, ${joined.totals.matched} matched)`,
    `recall by cue: ${CUE_GROUPS.map((g) => `${CUE_GROUP_LABELS[g]} ${tallyCell(cueGroups[g])}`).join(' · ')}`,
    `recall by kind: ${byKind.length > 0 ? byKind.join(' · ') : '(no gold claims)'}`,
    `kind accuracy on matched claims: ${kindAccuracy.total > 0 ? tallyCell(kindAccuracy) : '(no matched claim has a gold kind)'}`,
    resolution.gold === 0 && resolution.predicted === 0
      ? 'source resolution (refersTo): no gold or predicted refersTo'
      : `source resolution (refersTo): P ${percent(resolved.precision)} R ${percent(resolved.recall)} F1 ${percent(resolved.f1)} ` +
        `(${resolution.gold} gold, ${resolution.predicted} predicted, ${resolution.correct} correct)`,
  ].join('\n');
}

export function formatTable(evaluation: Evaluation): string {
  return [formatRows(evaluation, true), '', ...LEGEND, '', formatBreakdown(evaluation)].join('\n');
}

/** The table without per-file rows, the legend or listings: all the blind set may show. */
export function formatAggregate(evaluation: Evaluation): string {
  return [formatRows(evaluation, false), '', formatBreakdown(evaluation)].join('\n');
}

function formatRows(evaluation: Evaluation, perFile: boolean): string {
  const rule = '─'.repeat(HEADER.length);
  const rows = evaluation.files.map(({ document, score, hedgeAgreements }) =>
    row(document.gold.file, {
      counts: score.attribution,
      attribution: prf(score.attribution),
      roleF1: (r) => prf(score.roles[r]).f1,
      sourceOverlap: share(score.sourceOverlaps, score.pairs.length),
      hedgeAgreement: share(hedgeAgreements, score.pairs.length),
    }),
  );
  const { corpus } = evaluation;
  const summary = (label: string, figures: typeof corpus.micro) =>
    row(label, {
      counts: corpus.totals.attribution,
      attribution: figures.attribution,
      roleF1: (r) => figures.roles[r].f1,
      sourceOverlap: corpus.sourceOverlapShare,
      hedgeAgreement: evaluation.hedgeAgreementShare,
    });
  return [
    HEADER,
    rule,
    ...(perFile ? [...rows, rule] : []),
    summary(`overall, micro (${corpus.documents} files)`, corpus.micro),
    summary('overall, macro (mean of files)', corpus.macro),
  ].join('\n');
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function show(span: Span | null): string {
  if (!span) return '—';
  const text = span.text.length > 90 ? `${span.text.slice(0, 60)} … ${span.text.slice(-25)}` : span.text;
  return `${JSON.stringify(text.replace(/\s+/g, ' '))} @${span.start}–${span.end}`;
}

function sameOffsets(a: Span | null, b: Span | null): boolean {
  return a === null || b === null ? a === b : a.start === b.start && a.end === b.end;
}

/** The `refersTo` of a source, gold or predicted (the detector's type may not declare it). */
function refersToOf(source: Span | null): Span | null {
  if (source === null || !('refersTo' in source)) return null;
  const refersTo = source.refersTo as Span | undefined;
  return refersTo ?? null;
}

function describeClaim(text: string, claim: GoldClaim | Attribution): string[] {
  const refersTo = refersToOf(claim.source);
  return [
    `    at ${lineAndColumn(text, claim.content.start)}`,
    `    source  ${show(claim.source)}`,
    ...(refersTo ? [`    refers  ${show(refersTo)}`] : []),
    `    cue     ${show(claim.cue)}`,
    `    content ${show(claim.content)}`,
    `    kind    ${claim.kind ?? '—'}`,
  ];
}

/** Lists what the detector missed, what it found that gold does not have, and role spans that differ on matched claims. */
export function formatFileDiff(file: FileEvaluation): string {
  const { document, predicted, score } = file;
  const gold = document.gold.claims;
  const lines: string[] = [`${document.gold.file}: ${gold.length} gold, ${predicted.length} predicted, ${score.pairs.length} matched`];
  for (const index of score.missedGold) lines.push('', `- MISSED gold #${index}`, ...describeClaim(document.text, gold[index]));
  for (const index of score.falseAlarms) lines.push('', `+ FALSE ALARM predicted #${index}`, ...describeClaim(document.text, predicted[index]));
  for (const pair of score.pairs) {
    const g = gold[pair.gold];
    const p = predicted[pair.predicted];
    const differing = ROLES.filter((role) => !sameOffsets(g[role], p[role]));
    const kindDiffers = g.kind !== undefined && g.kind !== p.kind;
    const goldRefersTo = refersToOf(g.source);
    const refersToDiffers = goldRefersTo !== null && !sameOffsets(goldRefersTo, refersToOf(p.source));
    if (differing.length === 0 && !kindDiffers && !refersToDiffers) continue;
    lines.push('', `~ MATCHED gold #${pair.gold} ↔ predicted #${pair.predicted} (content F1 ${pair.contentF1.toFixed(2)}) at ${lineAndColumn(document.text, g.content.start)}`);
    for (const role of differing) lines.push(`    ${role.padEnd(7)} gold ${show(g[role])}`, `    ${''.padEnd(7)} pred ${show(p[role])}`);
    if (refersToDiffers) lines.push(`    refers  gold ${show(goldRefersTo)}`, `    ${''.padEnd(7)} pred ${show(refersToOf(p.source))}`);
    if (kindDiffers) lines.push(`    kind    gold ${g.kind}`, `    ${''.padEnd(7)} pred ${p.kind ?? '—'}`);
  }
  return lines.join('\n');
}
