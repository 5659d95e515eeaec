// Specification of checkBeforeWrite: what a writer does when the sidecar on disk is no longer what it read.
import * as assert from 'node:assert/strict';
import { addManualClaim, emptySidecar } from '../../../src/core/model/annotations';
import { serializeSidecar } from '../../../src/core/sidecar';
import { checkBeforeWrite } from '../../../src/core/sidecar/writeCheck';

const TEXT = 'Officials said the bridge would reopen in May.';
const LABEL = 'article.txt.claims.json';
const read = serializeSidecar(emptySidecar('article.txt', TEXT));
const other = serializeSidecar(addManualClaim(emptySidecar('article.txt', TEXT), TEXT, 0, 9, '2026-01-01T00:00:00Z').sidecar);

describe('checkBeforeWrite', () => {
  it('lets the write go ahead when the file is exactly what was read', () => {
    assert.deepEqual(checkBeforeWrite(read, read, LABEL), { kind: 'unchanged' });
  });

  it('lets the write go ahead when there was no file and still is none', () => {
    assert.deepEqual(checkBeforeWrite(undefined, undefined, LABEL), { kind: 'unchanged' });
  });

  it('hands over the sidecar someone else wrote meanwhile, for a merge', () => {
    const check = checkBeforeWrite(read, other, LABEL);
    assert.equal(check.kind, 'changed');
    assert.equal(check.kind === 'changed' && check.sidecar.claims[0].target.exact, 'Officials');
  });

  it('counts a sidecar created since the read as a change, not as free space', () => {
    assert.equal(checkBeforeWrite(undefined, other, LABEL).kind, 'changed');
  });

  it('reports a sidecar deleted since the read as a deletion', () => {
    assert.deepEqual(checkBeforeWrite(read, undefined, LABEL), { kind: 'deleted' });
  });

  it('refuses when the file became unreadable meanwhile, naming the file and the problem', () => {
    const check = checkBeforeWrite(read, '<<<<<<< HEAD\n', LABEL);
    assert.equal(check.kind, 'unreadable');
    assert.match(check.kind === 'unreadable' ? check.error : '', /^article\.txt\.claims\.json: is not valid JSON/);
  });

  it('refuses when the file is there but cannot be read as text', () => {
    assert.deepEqual(checkBeforeWrite(read, { unreadable: 'not valid UTF-8 text' }, LABEL), {
      kind: 'unreadable',
      error: 'article.txt.claims.json: not valid UTF-8 text',
    });
  });

  it('counts a change of a single byte, even one that keeps the file valid', () => {
    assert.equal(checkBeforeWrite(read, read.replace('"version": 1', '"version":  1'), LABEL).kind, 'changed');
  });
});
