// Reliability, case 5 (lost updates): a sidecar write compares the file with what was read and merges or refuses, never overwrites unseen.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeFileAtomically } from '../../../src/node/atomicWrite';
import { writeSidecar } from '../../../src/cli/sidecarWrite';
import { addManualClaim, emptySidecar, updateClaim } from '../../../src/core/model/annotations';
import type { Sidecar } from '../../../src/core/model/types';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';

const TEXT = 'Tass reported that the talks had failed. Analysts believe the move may shift regional dynamics.';
const ARTICLE = { file: 'article.txt', text: TEXT };

function withClaim(sidecar: Sidecar, start: number, end: number, at: string): Sidecar {
  return addManualClaim(sidecar, TEXT, start, end, at).sidecar;
}

describe('reliability: no lost updates', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimlens-lost-'));
    file = path.join(dir, 'article.txt.claims.json');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function onDisk(): Sidecar {
    const parsed = parseSidecar(readFileSync(file, 'utf8'), file);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    return parsed.sidecar;
  }

  it('an atomic write that expects the content it read writes nothing when the file changed since', async () => {
    writeFileSync(file, 'read\n');
    writeFileSync(file, 'changed by someone else\n');
    const result = await writeFileAtomically(file, 'ours\n', { expect: { content: 'read\n' } });
    assert.deepEqual(result, { written: false, current: 'changed by someone else\n' });
    assert.equal(readFileSync(file, 'utf8'), 'changed by someone else\n');
  });

  it('an atomic write that expects no file writes nothing when one appeared meanwhile', async () => {
    writeFileSync(file, 'created by someone else\n');
    const result = await writeFileAtomically(file, 'ours\n', { expect: { content: undefined } });
    assert.equal(result.written, false);
    assert.equal(readFileSync(file, 'utf8'), 'created by someone else\n');
  });

  it('keeps a tag saved by the editor while annotate ran, together with what the run added', async () => {
    const read = withClaim(emptySidecar('article.txt', TEXT), 0, 40, '2026-01-01T00:00:00Z');
    const seen = serializeSidecar(read);
    // The editor confirms and rates the claim and saves while the run is still detecting.
    const editorSave = updateClaim(read, read.claims[0].id, { note: 'check Reuters', credibility: 2 }, '2026-01-01T00:00:05Z');
    writeFileSync(file, serializeSidecar(editorSave));
    const runResult = withClaim(read, 41, TEXT.length, '2026-01-01T00:00:06Z');
    const outcome = await writeSidecar({ file, article: ARTICLE, seen, base: read, ours: runResult });
    assert.equal(outcome.kind, 'written');
    const saved = onDisk();
    assert.deepEqual(saved.claims.map((c) => [c.target.exact.slice(0, 9), c.note, c.credibility]), [
      ['Tass repo', 'check Reuters', 2],
      ['Analysts ', '', null],
    ]);
  });

  it('reports a clash and keeps the version on disk when the editor and the run changed the same claim', async () => {
    const read = withClaim(emptySidecar('article.txt', TEXT), 0, 40, '2026-01-01T00:00:00Z');
    const id = read.claims[0].id;
    writeFileSync(file, serializeSidecar(updateClaim(read, id, { note: 'from the editor' }, '2026-01-01T00:00:05Z')));
    const ours = updateClaim(read, id, { note: 'from the run' }, '2026-01-01T00:00:06Z');
    const outcome = await writeSidecar({ file, article: ARTICLE, seen: serializeSidecar(read), base: read, ours });
    assert.notEqual(outcome.kind, 'refused');
    assert.deepEqual(outcome.kind !== 'refused' && outcome.merged?.map((c) => [c.kind, c.kept]), [['claim', 'disk']]);
    assert.equal(onDisk().claims[0].note, 'from the editor');
  });

  it('adds the run’s work again on top of a merge, through reapply', async () => {
    const read = emptySidecar('article.txt', TEXT);
    writeFileSync(file, serializeSidecar(withClaim(read, 0, 40, '2026-01-01T00:00:05Z')));
    const addAnalysts = (s: Sidecar) => (s.claims.some((c) => c.target.start === 41) ? s : withClaim(s, 41, TEXT.length, '2026-01-01T00:00:06Z'));
    const outcome = await writeSidecar({ file, article: ARTICLE, seen: undefined, base: read, ours: addAnalysts(read), reapply: addAnalysts });
    assert.equal(outcome.kind, 'written');
    assert.deepEqual(onDisk().claims.map((c) => c.target.start), [0, 41]);
  });

  it('refuses, and leaves the file byte for byte, when it became unreadable while the run worked', async () => {
    const read = emptySidecar('article.txt', TEXT);
    const conflict = '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> theirs\n';
    writeFileSync(file, conflict);
    const outcome = await writeSidecar({ file, article: ARTICLE, seen: serializeSidecar(read), base: read, ours: withClaim(read, 0, 40, '2026-01-01T00:00:06Z') });
    assert.equal(outcome.kind, 'refused');
    assert.match(outcome.kind === 'refused' ? outcome.error : '', /is not valid JSON.*left as it is/);
    assert.equal(readFileSync(file, 'utf8'), conflict);
  });

  it('keeps the run’s work when the sidecar was deleted meanwhile', async () => {
    const read = withClaim(emptySidecar('article.txt', TEXT), 0, 40, '2026-01-01T00:00:00Z');
    const ours = updateClaim(read, read.claims[0].id, { state: 'rejected' }, '2026-01-01T00:00:06Z');
    const outcome = await writeSidecar({ file, article: ARTICLE, seen: serializeSidecar(read), base: read, ours });
    assert.equal(outcome.kind, 'written');
    assert.deepEqual(onDisk().claims.map((c) => c.state), ['rejected']);
  });
});
