// Reliability, case 9 (reading): pipes, devices, huge files and bytes that are not UTF-8 are refused with a reason, never hang or get rewritten.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { readTextFile } from '../../../src/node/textFiles';
import { captureOutput } from '../support/capture';

const ARTICLE = 'Tass reported that the talks had failed.\n';

describe('reliability: unusual files', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-unusual-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fifo(name: string): string {
    const file = path.join(dir, name);
    execFileSync('mkfifo', [file]);
    return file;
  }

  it('refuses a named pipe given to detect instead of waiting for a writer', async () => {
    const pipe = fifo('article.txt');
    const run = await captureOutput(() => main(['detect', pipe]));
    assert.equal(run.code, 1);
    assert.equal(run.err, `claimlens detect: cannot read ${pipe}: it is a named pipe (FIFO), not a text file\n`);
  });

  it('refuses a device given to detect instead of reading it forever', async () => {
    const run = await captureOutput(() => main(['detect', '/dev/zero']));
    assert.equal(run.code, 1);
    assert.equal(run.err, 'claimlens detect: cannot read /dev/zero: it is a device, not a text file\n');
  });

  it('refuses a named pipe in place of a sidecar, and annotates nothing into it', async () => {
    const article = path.join(dir, 'article.txt');
    writeFileSync(article, ARTICLE);
    const pipe = fifo('article.txt.claims.json');
    const run = await captureOutput(() => main(['annotate', article]));
    assert.equal(run.code, 1);
    assert.match(run.err, new RegExp(`cannot read ${pipe}: it is a named pipe`));
  });

  it('refuses a named pipe given to import as the annotation file', async () => {
    const pipe = fifo('claims.jsonld');
    const run = await captureOutput(() => main(['import', pipe]));
    assert.equal(run.code, 2);
    assert.match(run.err, /it is a named pipe \(FIFO\), not a text file/);
  });

  it('reports a file too large to hold as text as too large, not as another encoding', async () => {
    const file = path.join(dir, 'huge.claims.json');
    writeFileSync(file, '{"version": 1}\n'.repeat(100));
    await assert.rejects(readTextFile(file, 1000), { message: `cannot read ${file}: it is too large (0 MB; ClaimLens reads text files up to 0 MB)` });
  });

  it('makes import refuse a sidecar that is not UTF-8, as annotate does, and leave it byte for byte', async () => {
    const article = path.join(dir, 'article.txt');
    writeFileSync(article, ARTICLE);
    await captureOutput(() => main(['annotate', article]));
    const sidecar = `${article}.claims.json`;
    const latin1 = Buffer.from(readFileSync(sidecar, 'utf8').replace('"sources": []', '"sources": [], "x-note": "caf\u00e9"'), 'latin1');
    writeFileSync(sidecar, latin1);
    const exported = path.join(dir, 'claims.jsonld');
    writeFileSync(exported, JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:x:1',
      target: { source: 'article.txt', selector: { type: 'TextQuoteSelector', exact: 'the talks had failed' } },
    }));
    const annotate = await captureOutput(() => main(['annotate', article]));
    const imported = await captureOutput(() => main(['import', exported]));
    assert.match(annotate.err, /not valid UTF-8 text/);
    assert.equal(imported.code, 1);
    assert.match(imported.err, /not valid UTF-8 text/);
    assert.deepEqual(readFileSync(sidecar), latin1);
  });
});
