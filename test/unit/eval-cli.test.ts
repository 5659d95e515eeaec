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

  it('prints the real-text set before the hand-written one', () => {
    const { out } = capture(() => runEval([]));
    const real = out.indexOf('test/fixtures/real/');
    const handWritten = out.indexOf('test/fixtures/gold/');
    assert.ok(real >= 0 && real < handWritten, `real at ${real}, hand-written at ${handWritten}`);
  });

  it('prints recall by cue group and kind, kind accuracy and source resolution under the table', () => {
    const { out } = capture(() => runEval(['--dir', 'test/fixtures/gold']));
    assert.match(out, /^recall by cue: say\/tell\/according to\/add\/write\/believe\/show +[\d.]+ \(\d+\/\d+\) · every other cue/m);
    assert.match(out, /^recall by kind: /m);
    assert.match(out, /^kind accuracy on matched claims: /m);
    assert.match(out, /^source resolution \(refersTo\): /m);
  });

  it('prints JSON with one entry per gold set for --json', () => {
    const { out } = capture(() => runEval(['--json']));
    const json = JSON.parse(out) as { sets: { set: string; files: { file: string }[] }[] };
    assert.deepEqual(json.sets.map((s) => s.set).slice(-1), ['gold']);
    assert.ok(json.sets.find((s) => s.set === 'gold')?.files.some((f) => f.file === 'seed-article.txt'));
  });

  it('prints the JSON of one set for --json with --dir', () => {
    const { out } = capture(() => runEval(['--json', '--dir', 'test/fixtures/heldout']));
    const json = JSON.parse(out) as { files: unknown[]; recallByCueGroup: { common: { total: number } } };
    assert.equal(json.files.length, 6);
    assert.ok(json.recallByCueGroup.common.total > 0);
  });

  it('refuses --file for the blind set, which is scored in aggregate only', () => {
    const { code, err } = capture(() => runEval(['--blind', '--file', 'anything']));
    assert.equal(code, 2);
    assert.match(err, /aggregate only; --file is refused/);
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
