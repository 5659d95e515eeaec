// Specification of `claimlens detect`: the jsonl/json/table contract of docs/detection.md, exit codes and errors.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { Attribution, Span } from '../../src/core/detect/types';
import { captureOutput } from './support/capture';

const fixture = (name: string): string => path.join(__dirname, '..', 'fixtures', 'detect', name);
const bomlessText = (file: string): string => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

interface FileLine {
  file: string;
  claims: Attribution[];
}

function jsonLines(out: string): FileLine[] {
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as FileLine);
}

function spansOf(claim: Attribution): Span[] {
  return [claim.content, ...(claim.source ? [claim.source] : []), ...(claim.cue ? [claim.cue] : []), ...claim.hedges];
}

describe('claimlens detect', () => {
  it('prints one jsonl line per file, in the order given, naming each file as given', async () => {
    const files = [fixture('wire.txt'), fixture('empty.txt'), fixture('brief.md')];
    const { code, out } = await captureOutput(() => main(['detect', '--format', 'jsonl', ...files]));
    assert.equal(code, 0);
    assert.deepEqual(jsonLines(out).map((l) => l.file), files);
  });

  it('gives an empty file an empty claims list', async () => {
    const { code, out } = await captureOutput(() => main(['detect', '--format', 'jsonl', fixture('empty.txt')]));
    assert.equal(code, 0);
    assert.deepEqual(jsonLines(out), [{ file: fixture('empty.txt'), claims: [] }]);
  });

  it('finds source, cue and content of the claims in a wire story', async () => {
    const { out } = await captureOutput(() => main(['detect', '--format', 'jsonl', fixture('wire.txt')]));
    const claims = jsonLines(out)[0].claims;
    assert.deepEqual(claims.map((c) => [c.source?.text, c.cue?.text, c.content.text]), [
      ['The regional transport office', 'said', 'three mountain passes would stay closed until Thursday'],
      ['Anna Petrova, the office\'s chief engineer', 'said', 'We cannot reopen until the water recedes'],
      ['Forecasters', 'expect', 'more rain this week'],
      ['the national weather service', 'according to', 'Forecasters expect more rain this week'],
    ]);
  });

  it('prints what a pronoun or description source refers to as source.refersTo, a span of the file', async () => {
    const file = fixture('resolution.txt');
    const { out } = await captureOutput(() => main(['detect', '--format', 'jsonl', file]));
    const text = bomlessText(file);
    const sources = jsonLines(out)[0].claims.flatMap((c) => (c.source ? [c.source] : []));
    const resolved = sources.filter((s) => s.refersTo).map((s) => [s.text, s.refersTo?.text]);
    assert.deepEqual(resolved, [
      ['Post', 'The Washington Post'],
      ['The newspaper', 'The Washington Post'],
      ['the daily', 'The Washington Post'],
      ['It', 'The Washington Post'],
    ]);
    for (const s of sources) if (s.refersTo) assert.equal(text.slice(s.refersTo.start, s.refersTo.end), s.refersTo.text);
  });

  it('shows in the table who a source stands for', async () => {
    const { out } = await captureOutput(() => main(['detect', fixture('resolution.txt')]));
    assert.match(out, /The newspaper → The Washi…/);
  });

  it('reports offsets into the BOM-less text of a CRLF file with emoji, every text equal to the text at its offsets', async () => {
    const file = fixture('bom-crlf-emoji.txt');
    const { out } = await captureOutput(() => main(['detect', '--format', 'jsonl', file]));
    const text = bomlessText(file);
    const claims = jsonLines(out)[0].claims;
    assert.equal(claims.length, 2);
    for (const span of claims.flatMap(spansOf)) assert.equal(text.slice(span.start, span.end), span.text);
    assert.equal(claims[1].source?.text, 'Residents');
  });

  it('reads .md files as Markdown, ignoring front matter, code blocks and comments', async () => {
    const file = fixture('brief.md');
    const { out } = await captureOutput(() => main(['detect', '--format', 'jsonl', file]));
    const claims = jsonLines(out)[0].claims;
    assert.deepEqual(claims.map((c) => c.cue?.text), ['said']);
    assert.equal(claims[0].source?.text, 'The **city council');
  });

  it('prints a JSON array of {file, claims} for --format json', async () => {
    const { code, out } = await captureOutput(() => main(['detect', '--format', 'json', fixture('wire.txt'), fixture('empty.txt')]));
    assert.equal(code, 0);
    const parsed = JSON.parse(out) as FileLine[];
    assert.deepEqual(parsed.map((f) => [f.file, f.claims.length]), [[fixture('wire.txt'), 4], [fixture('empty.txt'), 0]]);
  });

  it('prints a readable table by default with line:column, commitment, kind, source, cue and content', async () => {
    const { code, out } = await captureOutput(() => main(['detect', fixture('wire.txt')]));
    assert.equal(code, 0);
    assert.match(out, /wire\.txt — 4 claims/);
    assert.match(out, /^ {2}3:1 +certain +statement +The regional transport \S+ +said +three mountain passes/m);
  });

  it('gives every jsonl claim its kind', async () => {
    const { out } = await captureOutput(() => main(['detect', '--format', 'jsonl', fixture('wire.txt')]));
    assert.deepEqual(jsonLines(out)[0].claims.map((c) => [c.cue?.text, c.kind]), [
      ['said', 'statement'],
      ['said', 'statement'],
      ['expect', 'belief'],
      ['according to', 'statement'],
    ]);
  });

  it('exits 1 with a one-line reason for a missing file and still processes the others', async () => {
    const missing = fixture('no-such-article.txt');
    const { code, out, err } = await captureOutput(() => main(['detect', '--format', 'jsonl', missing, fixture('empty.txt')]));
    assert.equal(code, 1);
    assert.equal(err, `claimlens detect: cannot read ${missing}: no such file\n`);
    assert.deepEqual(jsonLines(out).map((l) => l.file), [fixture('empty.txt')]);
  });

  it('exits 1 for a file that is not UTF-8 text, saying how to convert it', async () => {
    const { code, err } = await captureOutput(() => main(['detect', fixture('not-utf8.txt')]));
    assert.equal(code, 1);
    assert.match(err, /not valid UTF-8 text; save it as UTF-8 first, e\.g\. iconv -f WINDOWS-1252 -t UTF-8/);
  });

  it('reads the articles of a folder and below in name order, like annotate', async () => {
    const folder = path.join(__dirname, '..', 'fixtures', 'detect');
    const { code, out, err } = await captureOutput(() => main(['detect', '--format', 'jsonl', folder]));
    // The folder holds a file that is not UTF-8: named on stderr, the others still read.
    assert.equal(code, 1);
    assert.match(err, /not-utf8\.txt: not valid UTF-8/);
    const articles = readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f) && f !== 'not-utf8.txt').sort().map((f) => path.join(folder, f));
    assert.ok(articles.length >= 3);
    assert.deepEqual(jsonLines(out).map((l) => l.file), articles);
  });

  it('answers a file named twice with two lines, one per argument, as a pipeline expects', async () => {
    const { code, out } = await captureOutput(() => main(['detect', '--format', 'jsonl', fixture('wire.txt'), fixture('wire.txt')]));
    assert.equal(code, 0);
    assert.deepEqual(jsonLines(out).map((l) => l.file), [fixture('wire.txt'), fixture('wire.txt')]);
  });

  it('exits 2 for an unknown format or no file', async () => {
    assert.equal((await captureOutput(() => main(['detect', '--format', 'xml', fixture('wire.txt')]))).code, 2);
    assert.equal((await captureOutput(() => main(['detect']))).code, 2);
  });

  it('prints its usage for --help and exits 0', async () => {
    const { code, out } = await captureOutput(() => main(['detect', '--help']));
    assert.equal(code, 0);
    assert.match(out, /^Usage: claimlens detect \[--format table\|json\|jsonl\] \[--jobs N\] FILE\|FOLDER\|-\.\.\./);
  });
});
