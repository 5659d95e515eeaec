// Specification of the desktop extension host's detection worker thread, driven through a real thread: what it answers, and how it fails.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { FoundPiece } from '../../../src/extension/store/backgroundDetector';
import { workerDetector } from '../../../src/node/workerDetector';
import { answersTo, foundPiecesOf } from '../../../src/worker/detectionProtocol';
import { resolveSourceSpans } from '../../../src/core/resolve';

const WORKER = path.join(__dirname, '..', 'support', 'detectionWorker.cjs');
const SEED = readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'wire-election-recount.txt'), 'utf8');
/** About 150 kB: several batches. */
const ARTICLE = Array.from({ length: Math.ceil(150_000 / SEED.length) }, (_, i) => `Dispatch ${i + 1}.\n\n${SEED}`).join('\n\n');

/** Resolves once `condition` holds, checking on each timer turn (the worker's idle timer is one). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('the detection worker thread', function () {
  // Starting a thread that loads TypeScript through tsx takes a few seconds on a busy machine.
  this.timeout(60_000);

  it('hands over in batches what detecting the regions in the worker finds', async () => {
    const detector = workerDetector(WORKER);
    try {
      const batches: FoundPiece[][] = [];
      const regions = [{ start: 0, end: ARTICLE.length }];
      await detector.detect(ARTICLE, false, regions, 8_000, (pieces) => batches.push(pieces));
      assert.ok(batches.length > 1);
      const expected = answersTo({ id: 1, kind: 'detect', text: ARTICLE, markdown: false, regions, pieceLength: 8_000 }).flatMap((reply) =>
        reply.kind === 'detected' ? foundPiecesOf(reply, ARTICLE) : [],
      );
      assert.deepEqual(batches.flat(), expected);
    } finally {
      detector.dispose();
    }
  });

  it('answers who sources stand for as resolving them in the host does', async () => {
    const detector = workerDetector(WORKER);
    try {
      const text = 'Prime Minister John Key visited Canberra.\n\nKey said the talks had gone well.\n';
      const sources = [{ start: text.indexOf('Key said'), end: text.indexOf('Key said') + 3, text: 'Key' }];
      const resolved = await detector.resolve(text, false, sources, []);
      assert.equal(resolved[0]?.text, 'Prime Minister John Key');
      assert.deepEqual(resolved, resolveSourceSpans(text, sources, {}));
    } finally {
      detector.dispose();
    }
  });

  it('warms up a thread not yet running by reading its built-in text, and answers requests as before afterwards', async () => {
    const detector = workerDetector(WORKER);
    try {
      const warm = await detector.warmUp();
      assert.ok(warm !== undefined && warm.readings > 10, `readings: ${warm?.readings}`);
      const batches: FoundPiece[][] = [];
      await detector.detect(SEED, false, [{ start: 0, end: SEED.length }], 8_000, (pieces) => batches.push(pieces));
      assert.deepEqual(batches.flat(), answersTo({ id: 1, kind: 'detect', text: SEED, markdown: false, regions: [{ start: 0, end: SEED.length }], pieceLength: 8_000 }).flatMap((reply) => (reply.kind === 'detected' ? foundPiecesOf(reply, SEED) : [])));
    } finally {
      detector.dispose();
    }
  });

  it('does not warm up a thread that is running already', async () => {
    const detector = workerDetector(WORKER);
    try {
      await detector.detect(SEED, false, [{ start: 0, end: SEED.length }], 8_000, () => undefined);
      assert.equal(await detector.warmUp(), undefined);
    } finally {
      detector.dispose();
    }
  });

  it('keeps its idle thread while it is told the thread is needed', async () => {
    const detector = workerDetector(WORKER, { idleMs: 5 });
    try {
      let asked = 0;
      detector.keepAliveWhile(() => ++asked > 0);
      await detector.detect(SEED, false, [{ start: 0, end: SEED.length }], 8_000, () => undefined);
      await until(() => asked >= 2);
      assert.equal(await detector.warmUp(), undefined, 'the thread still runs: no warm-up needed');
    } finally {
      detector.dispose();
    }
  });

  it('stops its idle thread once it is no longer needed, and starts a new one when asked again', async () => {
    const detector = workerDetector(WORKER, { idleMs: 5 });
    try {
      let asked = 0;
      detector.keepAliveWhile(() => ++asked < 2);
      await detector.detect(SEED, false, [{ start: 0, end: SEED.length }], 8_000, () => undefined);
      await until(() => asked >= 2);
      assert.ok((await detector.warmUp()) !== undefined, 'a new thread was started and warmed up');
    } finally {
      detector.dispose();
    }
  });

  it('refuses every request once its thread could not start, so that the host reads instead', async () => {
    const detector = workerDetector(path.join(__dirname, 'no-such-worker.js'));
    try {
      await assert.rejects(detector.detect('Officials said it rained.', false, [{ start: 0, end: 25 }], 8_000, () => undefined));
      await assert.rejects(detector.resolve('Officials said it rained.', false, [], []));
      await assert.rejects(detector.warmUp());
    } finally {
      detector.dispose();
    }
  });

  it('reads a UTF-8 file from disk ahead, as VS Code’s document holds it (no byte order mark), for the detect request of its text', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'claimlens-pre-read-'));
    const detector = workerDetector(WORKER);
    try {
      const file = path.join(folder, 'article.txt');
      writeFileSync(file, `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`, 'utf8');
      const text = ARTICLE.replace(/\n/g, '\r\n');
      const done = await detector.preRead(file, false, 8_000);
      assert.deepEqual([done.length, done.read], [text.length, text.length]);
      const batches: FoundPiece[][] = [];
      const regions = [{ start: 0, end: text.length }];
      assert.equal(await detector.detect(text, false, regions, 8_000, (pieces) => batches.push(pieces)), text.length);
      const expected = answersTo({ id: 1, kind: 'detect', text, markdown: false, regions, pieceLength: 8_000 }).flatMap((reply) => (reply.kind === 'detected' ? foundPiecesOf(reply, text) : []));
      assert.deepEqual(batches.flat(), expected);
    } finally {
      detector.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads nothing ahead from a file that is not UTF-8, or is missing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'claimlens-pre-read-'));
    const detector = workerDetector(WORKER);
    try {
      const latin1 = path.join(folder, 'latin1.txt');
      writeFileSync(latin1, Buffer.from('Le ministre a déclaré que tout allait bien.\n', 'latin1'));
      assert.equal((await detector.preRead(latin1, false, 8_000)).length, -1);
      assert.equal((await detector.preRead(path.join(folder, 'missing.txt'), false, 8_000)).length, -1);
      const text = 'Le ministre a déclaré que tout allait bien.\n';
      assert.equal(await detector.detect(text, false, [{ start: 0, end: text.length }], 8_000, () => undefined), undefined);
    } finally {
      detector.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses what is still being answered when it is disposed', async () => {
    const detector = workerDetector(WORKER);
    const answer = detector.detect(ARTICLE, false, [{ start: 0, end: ARTICLE.length }], 8_000, () => undefined);
    detector.dispose();
    await assert.rejects(answer, /stopped/);
  });
});
