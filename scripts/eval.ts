// `npm run eval`: scores detectAttributions on the gold development set (test/fixtures/gold/), per file and overall.
// Options: --json (machine-readable), --file NAME (one file, with a listing of misses, false alarms and role differences).
import { detectAttributions } from '../src/core/detect/index';
import { evaluate, evaluationJson } from './eval/evaluate';
import { formatFileDiff, formatTable } from './eval/report';
import { readGoldFiles } from './gold/files';

const USAGE = 'usage: npm run eval -- [--json] [--file NAME]';

/** Runs the evaluation for command-line arguments; returns the exit code (2 for bad arguments). */
export function runEval(argv: string[]): number {
  let json = false;
  let only: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--file' && argv[i + 1] !== undefined) only = argv[++i];
    else {
      console.error(`eval: unexpected argument '${argv[i]}'\n${USAGE}`);
      return 2;
    }
  }
  const { documents, errors } = readGoldFiles();
  if (errors.length > 0) {
    for (const error of errors) console.error(`eval: ${error}`);
    return 1;
  }
  const wanted = only === null ? documents : documents.filter((d) => d.gold.file === only || d.gold.file.replace(/\.(txt|md)$/, '') === only);
  if (wanted.length === 0) {
    console.error(`eval: no gold file named '${only}'. Known: ${documents.map((d) => d.gold.file).join(', ')}`);
    return 2;
  }
  const evaluation = evaluate(wanted, detectAttributions);
  if (json) console.log(JSON.stringify(evaluationJson(evaluation), null, 2));
  else if (only !== null) console.log(`${formatTable(evaluation)}\n\n${evaluation.files.map(formatFileDiff).join('\n\n')}`);
  else console.log(formatTable(evaluation));
  return 0;
}

if (require.main === module) process.exitCode = runEval(process.argv.slice(2));
