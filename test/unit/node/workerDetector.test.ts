// Specification of the desktop extension host's detection worker thread, driven through a real thread: what it answers, and how it fails.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FoundPiece } from '../../../src/extension/store/backgroundDetector';
import { workerDetector } from '../../../src/node/workerDetector';
import { answersTo, foundPiecesOf } from '../../../src/worker/detectionProtocol';
import { resolveSourceSpans } from '../../../src/core/resolve';

const WORKER = path.join(__dirname, '..', 'support', 'detectionWorker.cjs');
const SEED = readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'wire-election-recount.txt'), 'utf8');
/** About 150 kB: several batches. */
const ARTICLE = Array.from({ length: Math.ceil(150_000 / SEED.length) }, (_, i) => `Dispatch ${i + 1}.\n\n${SEED}`).join('\n\n');

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
        reply.kind === 'detected' ? foundPiecesOf(reply) : [],
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

  it('refuses every request once its thread could not start, so that the host reads instead', async () => {
    const detector = workerDetector(path.join(__dirname, 'no-such-worker.js'));
    try {
      await assert.rejects(detector.detect('Officials said it rained.', false, [{ start: 0, end: 25 }], 8_000, () => undefined));
      await assert.rejects(detector.resolve('Officials said it rained.', false, [], []));
    } finally {
      detector.dispose();
    }
  });

  it('refuses what is still being answered when it is disposed', async () => {
    const detector = workerDetector(WORKER);
    const answer = detector.detect(ARTICLE, false, [{ start: 0, end: ARTICLE.length }], 8_000, () => undefined);
    detector.dispose();
    await assert.rejects(answer, /stopped/);
  });
});
