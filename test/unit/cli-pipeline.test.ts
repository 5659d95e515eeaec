// Specification of `claimlens detect` in pipelines: standard input, JSONL streams in constant memory, and --jobs N.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { createDetectPool, type DetectPool } from '../../src/cli/detectPool';
import { detectJsonl, type JsonlOptions } from '../../src/cli/jsonlDetect';
import { readLines } from '../../src/cli/lines';
import { main } from '../../src/cli/main';
import { detectAttributions } from '../../src/core/detect';
import { captureOutput } from './support/capture';

const ROOT = path.join(__dirname, '..', '..');
/** Real Wikinews-style articles of the gold and held-out sets, plain text and Markdown. */
const ARTICLES = ['test/fixtures/gold', 'test/fixtures/heldout'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(ROOT, dir, f)),
);

interface Streamed {
  out: string;
  warnings: string[];
  bad: number;
}

async function stream(input: string | Buffer[], pool: DetectPool = createDetectPool(1), options: Partial<JsonlOptions> = {}): Promise<Streamed> {
  let out = '';
  const warnings: string[] = [];
  const bad = await detectJsonl(Readable.from(typeof input === 'string' ? [Buffer.from(input)] : input), pool, {
    name: 'stdin', markdown: false, window: 4, write: async (s) => { out += s; }, warn: (m) => warnings.push(m), step: () => undefined, ...options,
  });
  await pool.close();
  return { out, warnings, bad };
}

function outputLines(out: string): Record<string, unknown>[] {
  return out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const line = (id: string | number, text: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ id, text, ...extra }) + '\n';

describe('claimlens detect --input jsonl', () => {
  it('writes one {id, claims} line per input line, in the same order, with the claims detectAttributions finds', async () => {
    const texts = ['KCNA reported that a missile was fired.', 'No attribution here.', 'Officials said the road may reopen.'];
    const { out, bad } = await stream(texts.map((t, i) => line(`doc-${i}`, t)).join(''));
    assert.equal(bad, 0);
    assert.deepEqual(outputLines(out), texts.map((t, i) => JSON.parse(JSON.stringify({ id: `doc-${i}`, claims: detectAttributions(t) }))));
  });

  it('keeps numeric ids as numbers', async () => {
    const [first] = outputLines((await stream(line(42, 'Police said so.'))).out);
    assert.equal(first.id, 42);
  });

  it('answers a bad line with an error line in its place and a message naming its line, and goes on', async () => {
    const input = [line('a', 'Police said so.'), 'not json\n', '{"id":"c"}\n', '[1,2]\n', '{"text":"no id"}\n', line('f', 'Officials said it rained.')].join('');
    const { out, warnings, bad } = await stream(input);
    assert.equal(bad, 4);
    assert.deepEqual(outputLines(out).map((l) => [l.id, l.line, typeof l.error]), [
      ['a', undefined, 'undefined'], [null, 2, 'string'], ['c', 3, 'string'], [null, 4, 'string'], [null, 5, 'string'], ['f', undefined, 'undefined'],
    ]);
    assert.match(warnings.join('\n'), /^stdin:2: not JSON/m);
    assert.match(warnings.join('\n'), /^stdin:3: needs a "text" string$/m);
    assert.match(warnings.join('\n'), /^stdin:5: needs an "id"/m);
  });

  it('skips blank lines and reads CRLF line ends and a BOM before the first line', async () => {
    const input = `\uFEFF${line('a', 'Police said so.').trimEnd()}\r\n\r\n   \n${line('b', 'Nobody knows.')}`;
    const { out, bad } = await stream(input);
    assert.equal(bad, 0);
    assert.deepEqual(outputLines(out).map((l) => l.id), ['a', 'b']);
  });

  it('reports a line that is not UTF-8 without losing the lines around it', async () => {
    const chunks = [Buffer.from(line('a', 'Police said so.')), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from(line('c', 'Nobody knows.'))];
    const { out, warnings } = await stream(chunks);
    assert.deepEqual(outputLines(out).map((l) => l.id ?? l.error), ['a', 'not valid UTF-8 text', 'c']);
    assert.deepEqual(warnings, ['stdin:2: not valid UTF-8 text']);
  });

  it('reads a line as Markdown when it says so, or when --markdown is given', async () => {
    const text = '```\nKCNA reported that a missile was fired.\n```\nOfficials said it rained.\n';
    const plain = outputLines((await stream(line('a', text))).out)[0].claims as unknown[];
    const marked = outputLines((await stream(line('a', text, { markdown: true }))).out)[0].claims as unknown[];
    const flagged = outputLines((await stream(line('a', text), undefined, { markdown: true })).out)[0].claims as unknown[];
    assert.deepEqual(marked, JSON.parse(JSON.stringify(detectAttributions(text, { markdown: true }))));
    assert.notDeepEqual(marked, plain);
    assert.deepEqual(flagged, marked);
  });

  it('streams 20,000 generated lines in order, holding no more than its window of texts at once', async () => {
    const count = 20_000;
    let produced = 0;
    let maxAhead = 0;
    let written = 0;
    async function* generate(): AsyncGenerator<Buffer> {
      for (let i = 0; i < count; i++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - written);
        yield Buffer.from(line(i, `Officials said item ${i} may arrive.`));
      }
    }
    let expected = 0;
    const bad = await detectJsonl(Readable.from(generate()), createDetectPool(1), {
      name: 'stdin', markdown: false, window: 8, warn: () => undefined, step: () => undefined,
      write: async (s) => {
        assert.equal((JSON.parse(s) as { id: number }).id, expected++);
        written++;
      },
    });
    assert.equal(bad, 0);
    assert.equal(written, count);
    assert.ok(maxAhead <= 8 + 16, `read ${maxAhead} lines ahead of the output`);
  });

  it('gives the same lines whether an archive is streamed whole or cut into shards run on their own, as a cluster would', async () => {
    const archive = ARTICLES.map((file) => line(path.basename(file), readFileSync(file, 'utf8'), { markdown: file.endsWith('.md') }));
    const whole = (await stream(archive.join(''))).out;
    const shards = [archive.slice(0, 3), archive.slice(3, 7), archive.slice(7)];
    const pieces = await Promise.all(shards.map(async (shard) => (await stream(shard.join(''))).out));
    assert.equal(pieces.join(''), whole);
  });
});

describe('reading lines', () => {
  it('joins lines and multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('first 🚀 line\r\nsecond é\nthird');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const lines: (string | undefined)[] = [];
    for await (const l of readLines(Readable.from(chunks))) lines.push(l.text);
    assert.deepEqual(lines, ['first 🚀 line', 'second é', 'third']);
  });
});

describe('claimlens detect --jobs', () => {
  it('prints exactly what one job prints for real articles, with two worker threads', async () => {
    const one = await captureOutput(() => main(['detect', '--format', 'jsonl', '--jobs', '1', ...ARTICLES]));
    const two = await captureOutput(() => main(['detect', '--format', 'jsonl', '--jobs', '2', ...ARTICLES]));
    assert.equal(one.code, 0, one.err);
    assert.ok(ARTICLES.length >= 10 && one.out.split('\n').length > ARTICLES.length);
    assert.equal(two.out, one.out);
    assert.equal(two.code, 0, two.err);
  });

  it('streams a JSONL archive of real articles with two worker threads exactly as with one', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'claimlens-jobs-'));
    try {
      const archive = path.join(work, 'archive.jsonl');
      writeFileSync(archive, ARTICLES.map((file) => line(path.basename(file), readFileSync(file, 'utf8'), { markdown: file.endsWith('.md') })).join(''));
      const one = await captureOutput(() => main(['detect', '--input', 'jsonl', '--jobs', '1', archive]));
      const two = await captureOutput(() => main(['detect', '--input', 'jsonl', '--jobs', '2', archive]));
      assert.equal(one.code, 0, one.err);
      assert.equal(outputLines(one.out).length, ARTICLES.length);
      assert.equal(two.out, one.out);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('names a missing file among others read by two worker threads, prints the others and exits 1', async () => {
    const files = [ARTICLES[0], path.join(ROOT, 'no-such-article.txt'), ARTICLES[1]];
    const run = await captureOutput(() => main(['detect', '--format', 'jsonl', '--jobs', '2', ...files]));
    assert.equal(run.code, 1);
    assert.deepEqual(outputLines(run.out).map((l) => l.file), [ARTICLES[0], ARTICLES[1]]);
    assert.match(run.err, /cannot read .*no-such-article\.txt: no such file/);
  });

  it('starts no more worker threads than there are texts to detect at once, however many jobs are allowed', async () => {
    // `--jobs 200` on two files started 200 threads: 8.8 s and 1.2 GB before the first claim.
    const pool = createDetectPool(200);
    try {
      const claims = await Promise.all([pool.detect('The minister said that taxes will rise.', false), pool.detect('Analysts believe it will rain.', false)]);
      assert.equal(claims.length, 2);
      assert.equal(pool.threads, 2);
      await pool.detect('Officials said the road is closed.', false);
      assert.equal(pool.threads, 2);
    } finally {
      await pool.close();
    }
  });

  it('prints the table and JSON formats of several files with two jobs exactly as with one', async () => {
    for (const format of ['table', 'json']) {
      const files = ARTICLES.slice(0, 4);
      const one = await captureOutput(() => main(['detect', '--format', format, '--jobs', '1', ...files]));
      const two = await captureOutput(() => main(['detect', '--format', format, '--jobs', '2', ...files]));
      assert.equal(two.out, one.out, format);
    }
  });
});

describe('claimlens detect on the command line of a pipeline', () => {
  const cli = (args: string[], input: string | Buffer) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), 'detect', ...args], { input, encoding: 'utf8', cwd: ROOT });

  it('reads an article from standard input when the file is -', () => {
    const run = cli(['--format', 'jsonl', '-'], 'The ministry said the road would reopen.\n');
    assert.equal(run.status, 0, run.stderr);
    const [result] = outputLines(run.stdout);
    assert.equal(result.file, '-');
    assert.deepEqual(result.claims, JSON.parse(JSON.stringify(detectAttributions('The ministry said the road would reopen.\n'))));
  });

  it('reads a JSONL stream from standard input and exits 1 when a line was bad', () => {
    const run = cli(['--input', 'jsonl', '--jobs', '2', '-'], line('a', 'Police said so.') + 'oops\n' + line('c', 'Nobody knows.'));
    assert.equal(run.status, 1);
    assert.deepEqual(outputLines(run.stdout).map((l) => l.id), ['a', null, 'c']);
    assert.match(run.stderr, /stdin:2: not JSON/);
  });

  const usage: [string, string[], RegExp][] = [
    ['a JSONL input with another output format', ['--input', 'jsonl', '--format', 'table', '-'], /--input jsonl writes --format jsonl/],
    ['zero jobs', ['--jobs', '0', '-'], /--jobs must be a whole number/],
    ['more jobs than it allows, naming the limit', ['--jobs', '10000', '-'], /--jobs must be a whole number from 1 to 9999, not '10000'/],
    ['standard input named twice', ['-', '-'], /standard input \(-\) can be read only once/],
    ['an unknown input kind', ['--input', 'csv', '-'], /unknown input 'csv'/],
  ];
  for (const [name, args, message] of usage) {
    it(`refuses ${name} as a usage error`, async () => {
      const run = await captureOutput(() => main(['detect', ...args]));
      assert.equal(run.code, 2);
      assert.match(run.err, message);
    });
  }
});
