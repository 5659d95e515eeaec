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
function handlerWithTurns(detect?: Parameters<typeof requestHandler>[2], files: Record<string, string> = {}) {
  const replies: DetectionReply[] = [];
  const tasks: (() => void)[] = [];
  const handle = requestHandler((reply) => replies.push(reply), (task) => tasks.push(task), detect, (file) => files[file]);
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

describe('the detection worker reading a file ahead of its document', () => {
  const FILE = '/news/article.txt';
  const detectAll = (id: number, text: string, regions = [{ start: 0, end: text.length }]) =>
    ({ id, kind: 'detect', text, markdown: false, regions, pieceLength: 4_000 }) as const;
  /** The findings of the detect answer among `replies`, and how much of it the pre-read had read. */
  const answer = (replies: DetectionReply[], id: number, text: string) => {
    const batches = replies.filter((reply): reply is Extract<DetectionReply, { kind: 'detected' }> => reply.id === id && reply.kind === 'detected');
    assert.equal(batches[batches.length - 1]?.done, true);
    return { pieces: batches.flatMap((batch) => foundPiecesOf(batch, text)), preRead: batches[batches.length - 1].preRead };
  };
  const expected = (text: string, regions = [{ start: 0, end: text.length }]) => detected(detectAll(99, text, regions)).flatMap((piece) => piece.found);

  it('reads the file a piece a turn and answers the detect request of exactly its text with what it found', () => {
    let readings = 0;
    const { replies, handle, turn } = handlerWithTurns((text, options) => (readings++, detectAttributions(text, options)), { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    let turns = 0;
    while (turn()) turns++;
    assert.ok(turns > 5, `a piece a turn: ${turns} turns`);
    assert.deepEqual({ ...replies[0], ms: 0 }, { id: 1, kind: 'preReadDone', length: ARTICLE.length, read: ARTICLE.length, ms: 0 });
    const readAhead = readings;
    handle(detectAll(2, ARTICLE));
    const { pieces, preRead } = answer(replies, 2, ARTICLE);
    assert.equal(readings, readAhead, 'nothing read again');
    assert.equal(preRead, ARTICLE.length);
    assert.deepEqual(pieces.flatMap((piece) => piece.found), expected(ARTICLE));
  });

  it('takes nothing read ahead for a text that is not the file’s, even of the same length, and finds what that text holds', () => {
    const changed = ARTICLE.replace('said', 'sang');
    assert.equal(changed.length, ARTICLE.length);
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    while (turn());
    handle(detectAll(2, changed));
    const { pieces, preRead } = answer(replies, 2, changed);
    assert.equal(preRead, 0);
    assert.deepEqual(pieces.flatMap((piece) => piece.found), expected(changed));
    assert.notDeepEqual(expected(changed), expected(ARTICLE));
  });

  it('takes nothing read ahead for the file’s text with other line ends or a byte order mark', () => {
    for (const variant of [ARTICLE.replace(/\n/g, '\r\n'), `\uFEFF${ARTICLE}`]) {
      const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
      handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
      while (turn());
      handle(detectAll(2, variant));
      assert.equal(answer(replies, 2, variant).preRead, 0);
    }
  });

  it('takes nothing read ahead for the same text read as Markdown', () => {
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    while (turn());
    handle({ ...detectAll(2, ARTICLE), markdown: true });
    assert.equal(answer(replies, 2, ARTICLE).preRead, 0);
  });

  it('stops when the detect request comes half-way, takes the pieces read so far and reads the rest', () => {
    let readings = 0;
    const { replies, handle, turn } = handlerWithTurns((text, options) => (readings++, detectAttributions(text, options)), { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    for (let i = 0; i < 3; i++) turn();
    handle(detectAll(2, ARTICLE));
    const answered = readings;
    while (turn());
    assert.equal(readings, answered, 'the pre-read stopped');
    const done = replies[0] as Extract<DetectionReply, { kind: 'preReadDone' }>;
    assert.equal(done.kind, 'preReadDone');
    assert.ok(done.read > 0 && done.read < ARTICLE.length, `read ${done.read} of ${ARTICLE.length}`);
    const { pieces, preRead } = answer(replies, 2, ARTICLE);
    assert.equal(preRead, done.read);
    assert.deepEqual(pieces.flatMap((piece) => piece.found), expected(ARTICLE));
  });

  it('answers regions that start where no piece read ahead starts, lining the rest up with the pieces read', () => {
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    while (turn());
    const starts = paragraphStarts(ARTICLE, false);
    const regions = [
      { start: 0, end: starts[3] },
      { start: starts[9], end: ARTICLE.length },
    ];
    handle(detectAll(2, ARTICLE, regions));
    const { pieces, preRead } = answer(replies, 2, ARTICLE);
    assert.ok((preRead ?? 0) > ARTICLE.length / 2, `taken: ${preRead}`);
    pieces.forEach((piece, i) => {
      assert.ok(regions.some((region) => region.start <= piece.region.start && piece.region.end <= region.end), `piece ${i} lies inside a region asked for`);
      if (i > 0 && piece.region.start !== regions[1].start) assert.equal(piece.region.start, pieces[i - 1].region.end);
    });
    assert.deepEqual(claimPlaces(pieces.flatMap((piece) => piece.found)), claimPlaces(expected(ARTICLE, regions)));
  });

  it('is taken once: a later detect request of the same text is read afresh', () => {
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    while (turn());
    handle(detectAll(2, ARTICLE));
    handle(detectAll(3, ARTICLE));
    assert.equal(answer(replies, 2, ARTICLE).preRead, ARTICLE.length);
    assert.equal(answer(replies, 3, ARTICLE).preRead, undefined);
  });

  it('answers a detect request of another text in between and keeps what it read for its own document', () => {
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    turn();
    handle(detectAll(2, SEED));
    assert.equal(answer(replies, 2, SEED).preRead, 0);
    handle(detectAll(3, ARTICLE));
    assert.ok((answer(replies, 3, ARTICLE).preRead ?? 0) > 0);
  });

  it('answers at once, having read nothing, when the file cannot be read as text', () => {
    const { replies, handle, turn } = handlerWithTurns(undefined, {});
    handle({ id: 1, kind: 'preRead', file: '/news/missing.txt', markdown: false, pieceLength: 4_000 });
    assert.equal(turn(), false, 'nothing to read');
    assert.deepEqual({ ...replies[0], ms: 0 }, { id: 1, kind: 'preReadDone', length: -1, read: 0, ms: 0 });
  });

  it('drops a pre-read when the next one starts, answering it with what it had read', () => {
    const other = '/news/other.txt';
    const { replies, handle, turn } = handlerWithTurns(undefined, { [FILE]: ARTICLE, [other]: SEED });
    handle({ id: 1, kind: 'preRead', file: FILE, markdown: false, pieceLength: 4_000 });
    turn();
    handle({ id: 2, kind: 'preRead', file: other, markdown: false, pieceLength: 4_000 });
    while (turn());
    assert.deepEqual(
      replies.map((reply) => [reply.id, reply.kind]),
      [
        [1, 'preReadDone'],
        [2, 'preReadDone'],
      ],
    );
    handle(detectAll(3, ARTICLE));
    assert.equal(answer(replies, 3, ARTICLE).preRead, 0);
  });
});
