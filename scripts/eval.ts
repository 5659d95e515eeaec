// `npm run eval`: scores detectAttributions on the real-text development set (test/fixtures/real/) and then on the
// hand-written one (test/fixtures/gold/), per file and overall, with recall by cue group and kind, kind accuracy and
// source resolution. Options: --json (machine-readable), --file NAME (one file, with a listing of misses, false alarms
// and role differences), --dir DIR (one other gold folder, e.g. test/fixtures/heldout). `--blind` (npm run
// eval:blind) scores test/fixtures/real-blind/ in aggregate only, after checking its CHECKSUMS, and refuses --file.
import * as path from 'node:path';
import { detectAttributions } from '../src/core/detect/index';
import { checksumProblems } from './eval/checksums';
import { aggregateJson, evaluate, evaluationJson, type Evaluation } from './eval/evaluate';
import { formatAggregate, formatFileDiff, formatTable } from './eval/report';
import { GOLD_SETS, goldSetFor, readGoldSet, type GoldDocument, type GoldSet } from './gold/files';

const USAGE = 'usage: npm run eval -- [--json] [--file NAME] [--dir DIR] | npm run eval:blind -- [--json]';

interface Arguments {
  json: boolean;
  only: string | null;
  dir: string | null;
  blind: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  const args: Arguments = { json: false, only: null, dir: null, blind: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = true;
    else if (argv[i] === '--blind') args.blind = true;
    else if (argv[i] === '--file' && argv[i + 1] !== undefined) args.only = argv[++i];
    else if (argv[i] === '--dir' && argv[i + 1] !== undefined) args.dir = path.resolve(argv[++i]);
    else return `unexpected argument '${argv[i]}'`;
  }
  return args;
}

const relative = (set: GoldSet) => `${path.relative(process.cwd(), set.dir).split(path.sep).join('/')}/`;

/** Scores a blind set: checksums first, then aggregate figures only. */
function runBlind(set: GoldSet, args: Arguments): number {
  if (args.only !== null) {
    console.error(`eval: the blind set ${relative(set)} is scored in aggregate only; --file is refused`);
    return 2;
  }
  const problems = checksumProblems(set.dir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`eval: blind set: ${problem}`);
    return 1;
  }
  const { documents, errors } = readGoldSet(set);
  if (errors.length > 0) {
    // The messages of the gold reader quote article text; of a blind file only its name is shown.
    for (const error of errors) console.error(`eval: blind set: ${error.split(':')[0]} does not match its article (gold-build --set ${set.name} --check)`);
    return 1;
  }
  const evaluation = evaluate(documents, detectAttributions);
  if (args.json) console.log(JSON.stringify({ set: set.name, documents: documents.length, ...aggregateJson(evaluation) }, null, 2));
  else console.log(`${set.title}: ${relative(set)} (aggregate only)\n\n${formatAggregate(evaluation)}`);
  return 0;
}

const baseName = (file: string) => file.replace(/\.(txt|md)$/, '');

/** Runs the evaluation for command-line arguments; returns the exit code (2 for bad arguments). */
export function runEval(argv: string[]): number {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    console.error(`eval: ${args}\n${USAGE}`);
    return 2;
  }
  const chosen = args.blind ? GOLD_SETS.blind : args.dir === null ? null : goldSetFor(args.dir);
  if (chosen?.blind) return runBlind(chosen, args);
  const sets: GoldSet[] = chosen === null ? [GOLD_SETS.real, GOLD_SETS.gold] : [chosen];
  const read = sets.map((set) => ({ set, ...readGoldSet(set) }));
  const errors = read.flatMap((r) => r.errors);
  if (errors.length > 0) {
    for (const error of errors) console.error(`eval: ${error}`);
    return 1;
  }
  const wanted = (documents: GoldDocument[]) =>
    args.only === null ? documents : documents.filter((d) => d.gold.file === args.only || baseName(d.gold.file) === args.only);
  const scored = read
    .map(({ set, documents }) => ({ set, documents: wanted(documents) }))
    .filter(({ documents }) => args.only === null || documents.length > 0)
    .map(({ set, documents }) => ({ set, evaluation: evaluate(documents, detectAttributions) }));
  if (scored.length === 0) {
    console.error(`eval: no gold file named '${args.only}'. Known: ${read.flatMap((r) => r.documents.map((d) => d.gold.file)).join(', ')}`);
    return 2;
  }
  if (args.json) {
    const json = (evaluation: Evaluation) => evaluationJson(evaluation) as Record<string, unknown>;
    const output = chosen === null ? { sets: scored.map(({ set, evaluation }) => ({ set: set.name, dir: relative(set), ...json(evaluation) })) } : json(scored[0].evaluation);
    console.log(JSON.stringify(output, null, 2));
    return 0;
  }
  const blocks = scored.map(({ set, evaluation }) => {
    const heading = `${set.title}: ${relative(set)}`;
    if (evaluation.files.length === 0) return `${heading}\n\n(no gold files yet)`;
    const body = args.only !== null ? `${formatTable(evaluation)}\n\n${evaluation.files.map(formatFileDiff).join('\n\n')}` : formatTable(evaluation);
    return `${heading}\n\n${body}`;
  });
  console.log(blocks.join('\n\n\n'));
  return 0;
}

if (require.main === module) process.exitCode = runEval(process.argv.slice(2));
