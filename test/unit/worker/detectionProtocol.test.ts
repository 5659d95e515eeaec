// Specification of the messages between the extension host and its detection worker: what the worker answers to each request.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectAttributions } from '../../../src/core/detect';
import { resolveSourceSpans } from '../../../src/core/resolve';
import { paragraphStarts } from '../../../src/core/session/detectionRegions';
import { WARM_UP_ARTICLES } from '../../../src/worker/warmUpText';
import { answersTo, type AnsweredRequest, type DetectionReply, foundPiecesOf, refersToOf, requestHandler } from '../../../src/worker/detectionProtocol';

const SEED = readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'wire-election-recount.txt'), 'utf8');
/** About 40 kB of whole paragraphs. */
const ARTICLE = Array.from({ length: Math.ceil(40_000 / SEED.length) }, (_, i) => `Dispatch ${i + 1}.\n\n${SEED}`).join('\n\n');

/** The pieces of every batch answering `request`, checking that the batches end with the one marked done. */
function detected(request: Extract<AnsweredRequest, { kind: 'detect' }>): ReturnType<typeof foundPiecesOf> {
  const replies = answersTo(request);
  assert.ok(replies.every((reply) => reply.id === request.id));
  const batches = replies.map((reply) => {
    assert.equal(reply.kind, 'detected');
    return reply as Extract<DetectionReply, { kind: 'detected' }>;
  });
  assert.deepEqual(batches.map((batch) => batch.done), [...batches.slice(1).map(() => false), true]);
  return batches.flatMap((batch) => foundPiecesOf(batch, request.text));
}

const claimPlaces = (found: { start: number; end: number }[]) => found.map(({ start, end }) => [start, end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('the detection worker', () => {
  it('answers a detect request with what detecting the whole text finds, offsets into the whole text', () => {
    const found = detected({ id: 7, kind: 'detect', text: ARTICLE, markdown: false, regions: [{ start: 0, end: ARTICLE.length }], pieceLength: 4_000 }).flatMap((piece) => piece.found);
    assert.ok(found.length > 20);
    assert.deepEqual(claimPlaces(found), claimPlaces(detectAttributions(ARTICLE, {})));
  });

  it('reads each stretch of an opinion piece in the whole article’s voice, as detecting the whole text does', () => {
    const opinion = [
      'The council voted on Tuesday to close the library.',
      'I believe the council is wrong about the library.',
      'The mayor said the building was too costly to heat.',
      'Residents gathered outside the hall after the vote.',
      'The library opened in 1921 and has never closed.',
      'A petition to keep it open has 4,000 names.',
      'The council meets again next month.',
    ].join('\n\n');
    const found = detected({ id: 3, kind: 'detect', text: opinion, markdown: false, regions: [{ start: 0, end: opinion.length }], pieceLength: 40 }).flatMap((piece) => piece.found);
    assert.deepEqual(claimPlaces(found), claimPlaces(detectAttributions(opinion, {})));
    assert.deepEqual(found.map((claim) => claim.source?.text), ['The mayor']);
  });

  it('divides each region into stretches of whole paragraphs about the piece length long, in order and without gaps', () => {
    const starts = new Set(paragraphStarts(ARTICLE, false));
    const region = { start: [...starts][3], end: ARTICLE.length };
    const pieces = detected({ id: 1, kind: 'detect', text: ARTICLE, markdown: false, regions: [region], pieceLength: 4_000 });
    assert.ok(pieces.length > 5);
    assert.equal(pieces[0].region.start, region.start);
    assert.equal(pieces[pieces.length - 1].region.end, region.end);
    pieces.forEach((piece, i) => {
      assert.ok(starts.has(piece.region.start), `piece ${i} starts a paragraph`);
      if (i > 0) assert.equal(piece.region.start, pieces[i - 1].region.end);
      for (const claim of piece.found) assert.ok(claim.start >= piece.region.start && claim.end <= piece.region.end);
    });
  });

  it('answers a long region in several batches, so that the host merges the first while the worker reads on', () => {
    const long = `${ARTICLE}\n\n`.repeat(4);
    const replies = answersTo({ id: 2, kind: 'detect', text: long, markdown: false, regions: [{ start: 0, end: long.length }], pieceLength: 4_000 });
    assert.ok(replies.length > 1);
  });

  it('reads only the regions asked for', () => {
    const starts = paragraphStarts(ARTICLE, false);
    const region = { start: starts[2], end: starts[6] };
    const pieces = detected({ id: 1, kind: 'detect', text: ARTICLE, markdown: false, regions: [region], pieceLength: 100_000 });
    assert.deepEqual(pieces.map((piece) => piece.region), [region]);
  });

  it('answers a resolve request as resolving the sources over the whole text does', () => {
    const claims = detectAttributions(ARTICLE, {});
    const sources = claims.flatMap((claim) => (claim.source ? [{ start: claim.source.start, end: claim.source.end, text: claim.source.text }] : []));
    const contents = claims.flatMap((claim) => (claim.content ? [claim.content] : []));
    const replies = answersTo({ id: 3, kind: 'resolve', text: ARTICLE, markdown: false, sources, contents });
    assert.equal(replies.length, 1);
    const [reply] = replies;
    assert.equal(reply.kind, 'resolved');
    const refersTo = refersToOf(reply as Extract<DetectionReply, { kind: 'resolved' }>);
    const expected = resolveSourceSpans(ARTICLE, sources, { contents });
    assert.equal(refersTo.length, sources.length);
    assert.ok(expected.some((span) => span !== undefined), 'the fixture has sources that stand for a fuller name');
    assert.deepEqual(refersTo, expected);
  });

  it('answers a request the detector fails on with the reason, under the request’s id', () => {
    const failing = (): never => {
      throw new Error('the lexicon is missing');
    };
    const replies = answersTo({ id: 9, kind: 'detect', text: ARTICLE, markdown: false, regions: [{ start: 0, end: 100 }], pieceLength: 4_000 }, failing);
    assert.equal(replies.length, 1);
    const [reply] = replies;
    assert.equal(reply.id, 9);
    assert.equal(reply.kind, 'failed');
    assert.match((reply as Extract<DetectionReply, { kind: 'failed' }>).message, /the lexicon is missing/);
  });
});

/** The worker's request handler with the turns of its event loop in the test's hands: `turn()` runs the task scheduled last turn. */
function handlerWithTurns(detect?: Parameters<typeof requestHandler>[2]) {
  const replies: DetectionReply[] = [];
  const tasks: (() => void)[] = [];
  const handle = requestHandler((reply) => replies.push(reply), (task) => tasks.push(task), detect);
  const turn = (): boolean => {
    const task = tasks.shift();
    task?.();
    return task !== undefined;
  };
  return { replies, handle, turn };
}

describe('the detection worker warming up', () => {
  it('reads its built-in text once a turn, then answers with the readings done', () => {
    const { replies, handle, turn } = handlerWithTurns();
    handle({ id: 4, kind: 'warmUp', readings: 3 });
    let turns = 0;
    while (turn()) turns++;
    assert.equal(turns, 3);
    assert.equal(replies.length, 1);
    assert.deepEqual({ ...replies[0], ms: 0 }, { id: 4, kind: 'warmedUp', readings: 3, ms: 0 });
  });

  it('reads every built-in article in turn, as plain text and as Markdown, and then all of them as one long text', () => {
    const asked: { markdown: boolean | undefined; length: number }[] = [];
    const { handle, turn } = handlerWithTurns((text, options) => {
      asked.push({ markdown: options.markdown, length: text.length });
      return detectAttributions(text, options);
    });
    handle({ id: 4, kind: 'warmUp', readings: WARM_UP_ARTICLES.length });
    while (turn());
    assert.ok(asked.some((a) => a.markdown) && asked.some((a) => !a.markdown), 'plain text and Markdown');
    const longest = Math.max(...WARM_UP_ARTICLES.map((article) => article.text.length));
    assert.ok(longest > 10 * WARM_UP_ARTICLES[0].text.length, `the long text: ${longest} units`);
    assert.ok(asked.filter((a) => a.length <= 1_200).length > 10, 'the long text is read in pieces, as an article is');
  });

  it('finds claims in every built-in article but the notice, which has none, so that stretches without claims are read too', () => {
    const counts = WARM_UP_ARTICLES.map(({ text, markdown }) => detectAttributions(text, { markdown }).length);
    assert.equal(counts.filter((n) => n === 0).length, 2, `claims per article (the notice as plain text and as Markdown): ${counts.join(', ')}`);
    assert.ok(counts.filter((n) => n > 0).every((n) => n >= 5), `claims per article: ${counts.join(', ')}`);
  });

  it('ends a warm-up when a real request arrives, answering the warm-up first and then the request', () => {
    const { replies, handle, turn } = handlerWithTurns();
    handle({ id: 4, kind: 'warmUp', readings: 50 });
    turn();
    handle({ id: 5, kind: 'detect', text: SEED, markdown: false, regions: [{ start: 0, end: SEED.length }], pieceLength: 8_000 });
    while (turn());
    assert.deepEqual(
      replies.map((reply) => [reply.id, reply.kind]),
      [
        [4, 'warmedUp'],
        [5, 'detected'],
      ],
    );
    assert.equal((replies[0] as Extract<DetectionReply, { kind: 'warmedUp' }>).readings, 1);
  });

  it('answers a warm-up the detector fails on with the reason', () => {
    const { replies, handle, turn } = handlerWithTurns(() => {
      throw new Error('the lexicon is missing');
    });
    handle({ id: 6, kind: 'warmUp', readings: 5 });
    while (turn());
    assert.equal(replies.length, 1);
    assert.equal(replies[0].kind, 'failed');
    assert.match((replies[0] as Extract<DetectionReply, { kind: 'failed' }>).message, /the lexicon is missing/);
  });
});
