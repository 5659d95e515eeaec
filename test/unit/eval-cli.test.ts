// Specification of `npm run eval`'s command line: arguments, exit codes and where its output goes.
import * as assert from 'node:assert/strict';
import { runEval } from '../../scripts/eval';

function capture(run: () => number): { code: number; out: string; err: string } {
  const log = console.log;
  const error = console.error;
  let out = '';
  let err = '';
  console.log = (...args: unknown[]) => { out += args.join(' ') + '\n'; };
  console.error = (...args: unknown[]) => { err += args.join(' ') + '\n'; };
  try {
    return { code: run(), out, err };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('npm run eval', () => {
  it('prints the per-file table with the overall rows and exits 0', () => {
    const { code, out } = capture(() => runEval([]));
    assert.equal(code, 0);
    assert.match(out, /^seed-article\.txt +19 /m);
    assert.match(out, /^overall, micro \(\d+ files\)/m);
  });

  it('prints JSON for --json', () => {
    const { out } = capture(() => runEval(['--json']));
    const json = JSON.parse(out) as { files: { file: string }[] };
    assert.ok(json.files.some((f) => f.file === 'seed-article.txt'));
  });

  it('lists one file in detail for --file NAME given without its extension', () => {
    const { code, out } = capture(() => runEval(['--file', 'seed-article']));
    assert.equal(code, 0);
    assert.match(out, /^seed-article\.txt: 19 gold, \d+ predicted, \d+ matched$/m);
  });

  it('exits 2 naming the known files when --file names none of them', () => {
    const { code, err } = capture(() => runEval(['--file', 'no-such-article']));
    assert.equal(code, 2);
    assert.match(err, /no gold file named 'no-such-article'\. Known: .*seed-article\.txt/);
  });

  it('exits 2 with usage for an unknown argument', () => {
    const { code, err } = capture(() => runEval(['--fast']));
    assert.equal(code, 2);
    assert.match(err, /unexpected argument '--fast'\nusage: npm run eval/);
  });
});
