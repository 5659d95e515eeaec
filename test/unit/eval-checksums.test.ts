// Specification of the blind set's checksum check: it is scored only as it was frozen.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checksumProblems, sha256 } from '../../scripts/eval/checksums';

describe('blind set checksums', () => {
  let dir = '';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-blind-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Police said the road was closed.');
    writeFileSync(path.join(dir, 'a.gold.json'), '{"file":"a.txt","note":"","claims":[]}\n');
    writeFileSync(path.join(dir, 'README.md'), 'about the set');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const freeze = () =>
    writeFileSync(path.join(dir, 'CHECKSUMS'), ['a.gold.json', 'a.txt'].map((f) => `${sha256(path.join(dir, f))}  ${f}\n`).join(''));

  it('accepts a folder whose articles and gold files all match their checksums', () => {
    freeze();
    assert.deepEqual(checksumProblems(dir), []);
  });

  it('refuses a folder without a CHECKSUMS file', () => {
    assert.match(checksumProblems(dir)[0], /has no CHECKSUMS; take them before the set is first scored/);
  });

  it('names a gold file changed after its checksum was taken', () => {
    freeze();
    writeFileSync(path.join(dir, 'a.gold.json'), '{"file":"a.txt","note":"","claims":[]} \n');
    assert.deepEqual(checksumProblems(dir), ['a.gold.json changed since its checksum was taken']);
  });

  it('names an article added without a checksum', () => {
    freeze();
    writeFileSync(path.join(dir, 'b.txt'), 'More text.');
    assert.deepEqual(checksumProblems(dir), ['b.txt has no checksum in CHECKSUMS']);
  });

  it('names a listed file that is missing', () => {
    freeze();
    rmSync(path.join(dir, 'a.txt'));
    assert.deepEqual(checksumProblems(dir), ['a.txt is listed in CHECKSUMS but missing']);
  });
});
