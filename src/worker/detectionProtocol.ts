// The messages between the desktop extension host and its detection worker thread, and the worker's side of them (no Node imports: tested in plain Node, bundled into the worker).
import { detectAttributions, readsAsInterview } from '../core/detect';
import { maskMarkdown } from '../core/detect/markdown';
import type { Span } from '../core/detect/types';
import type { OffsetRange } from '../core/model/offsetRange';
import { resolveSourceSpans } from '../core/resolve';
import { detectRegion, type Detector, paragraphStarts, regionAround } from '../core/session/detectionRegions';
import type { FoundPiece } from '../extension/store/backgroundDetector';
import { decodeFound, encodeFound } from './foundCodec';
import { WARM_UP_ARTICLES } from './warmUpText';

/**
 * Detect the claims of `regions` of `text`, each divided into stretches of whole paragraphs about `pieceLength` long
 * (the host merges them a few at a time); or work out who `sources` stand for over the whole text.
 */
export type DetectionRequest =
  | { readonly id: number; readonly kind: 'detect'; readonly text: string; readonly markdown: boolean; readonly regions: readonly OffsetRange[]; readonly pieceLength: number }
  | { readonly id: number; readonly kind: 'resolve'; readonly text: string; readonly markdown: boolean; readonly sources: readonly Span[]; readonly contents: readonly Span[] }
  | { readonly id: number; readonly kind: 'warmUp'; readonly readings: number };

/** A request answered at once, in one go (a warm-up is spread over turns, see `requestHandler`). */
export type AnsweredRequest = Exclude<DetectionRequest, { kind: 'warmUp' }>;

/**
 * What a batch of a detect answer found: integers (`foundCodec.ts`), whose memory is moved to the host rather than
 * copied, and which the host turns back into findings with slices of the text it sent; or, should the findings hold
 * something those cannot carry, JSON text (parsing it is quicker for the host than taking apart a structured clone of
 * thousands of objects).
 */
export type EncodedPieces = Int32Array | string;

/**
 * An answer to the request of the same id. A detect request is answered in batches of pieces, in order, the last one
 * `done`, so that the host merges the first while the worker reads on.
 */
export type DetectionReply =
  | { readonly id: number; readonly kind: 'detected'; readonly pieces: EncodedPieces; readonly done: boolean }
  | { readonly id: number; readonly kind: 'resolved'; readonly refersTo: string }
  /** A warm-up is over: `readings` of the built-in text were done before it ended (a real request ends it early). */
  | { readonly id: number; readonly kind: 'warmedUp'; readonly readings: number; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** Stretches of whole paragraphs, each about `pieceLength` long or up to the next paragraph start, that cover `region` in order. */
function piecesOf(starts: readonly number[], region: OffsetRange, pieceLength: number): OffsetRange[] {
  const pieces: OffsetRange[] = [];
  for (let at = region.start; at < region.end; ) {
    const { end } = regionAround(starts, at, Math.min(region.end, at + pieceLength));
    const piece = { start: at, end: Math.min(region.end, Math.max(at + 1, end)) };
    pieces.push(piece);
    at = piece.end;
  }
  return pieces;
}

/**
 * Characters of text a batch of a detect answer covers: about 30 ms of reading, small enough for the host to merge the
 * batches as they come while the worker reads on, large enough that posting them costs little.
 */
const BATCH_LENGTH = 64_000;

/**
 * Answers `request` through `post`: one reply, or for a detect request its batches, the last one `done` (after a
 * failure, a `failed` reply ends the answer). `detect` is the detector (a test may pass another).
 */
export function answerRequest(request: AnsweredRequest, post: (reply: DetectionReply) => void, detect: Detector = detectAttributions): void {
  try {
    if (request.kind === 'resolve') {
      const { text, markdown, sources, contents } = request;
      const resolved = resolveSourceSpans(text, sources, { analysed: markdown ? maskMarkdown(text) : text, contents });
      post({ id: request.id, kind: 'resolved', refersTo: JSON.stringify(resolved.map((span) => span ?? null)) });
      return;
    }
    const { text, markdown } = request;
    const starts = paragraphStarts(text, markdown);
    // Every piece is judged by the whole article's voice, as the host's own reading and the command line judge it.
    const interview = readsAsInterview(text, { markdown });
    const pieces = request.regions.flatMap((region) => piecesOf(starts, region, request.pieceLength));
    let batch: FoundPiece[] = [];
    let batchLength = 0;
    pieces.forEach((piece, i) => {
      batch.push({ region: piece, found: detectRegion(detect, text, piece, { markdown, interview }) });
      batchLength += piece.end - piece.start;
      const done = i === pieces.length - 1;
      if (!done && batchLength < BATCH_LENGTH) return;
      post({ id: request.id, kind: 'detected', pieces: encodeFound(batch, text) ?? JSON.stringify(batch), done });
      batch = [];
      batchLength = 0;
    });
    if (pieces.length === 0) post({ id: request.id, kind: 'detected', pieces: new Int32Array(0), done: true });
  } catch (error) {
    post({ id: request.id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/**
 * Reads the built-in warm-up article of this `reading` (they take turns) as a detect request is answered (the same
 * functions, the encoding included): V8 compiles what runs often, for the kinds of text it saw, so the first article is
 * then read at full speed.
 */
function readWarmUpText(reading: number, detect: Detector): void {
  const { text, markdown } = WARM_UP_ARTICLES[reading % WARM_UP_ARTICLES.length];
  const request: AnsweredRequest = { id: 0, kind: 'detect', text, markdown, regions: [{ start: 0, end: text.length }], pieceLength: 1_000 };
  answerRequest(
    request,
    (reply) => {
      if (reply.kind === 'failed') throw new Error(reply.message);
    },
    detect,
  );
}

/**
 * The worker's side: takes each request as it arrives and posts its answer. A warm-up reads the built-in text once per
 * turn of the event loop (`later`), so that a real request arriving meanwhile waits for one reading at most; that
 * request ends the warm-up, which is answered with the readings done so far.
 */
export function requestHandler(post: (reply: DetectionReply) => void, later: (task: () => void) => void, detect: Detector = detectAttributions): (request: DetectionRequest) => void {
  let warming: { id: number; readings: number; done: number; started: number } | undefined;
  const endWarmUp = (): void => {
    if (warming === undefined) return;
    const { id, done, started } = warming;
    warming = undefined;
    post({ id, kind: 'warmedUp', readings: done, ms: performance.now() - started });
  };
  const warmStep = (): void => {
    if (warming === undefined) return;
    try {
      readWarmUpText(warming.done, detect);
    } catch (error) {
      const { id } = warming;
      warming = undefined;
      post({ id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
    warming.done++;
    if (warming.done >= warming.readings) endWarmUp();
    else later(warmStep);
  };
  return (request) => {
    endWarmUp();
    if (request.kind !== 'warmUp') return answerRequest(request, post, detect);
    warming = { id: request.id, readings: request.readings, done: 0, started: performance.now() };
    later(warmStep);
  };
}

/** The replies answering `request`, in the order posted. */
export function answersTo(request: AnsweredRequest, detect: Detector = detectAttributions): DetectionReply[] {
  const replies: DetectionReply[] = [];
  answerRequest(request, (reply) => replies.push(reply), detect);
  return replies;
}

/** The findings of a `detected` reply to a request to read `text`. */
export function foundPiecesOf(reply: Extract<DetectionReply, { kind: 'detected' }>, text: string): FoundPiece[] {
  return typeof reply.pieces === 'string' ? (JSON.parse(reply.pieces) as FoundPiece[]) : decodeFound(reply.pieces, text);
}

/** What to move rather than copy when posting `reply`: the memory of its integers. */
export function transferablesOf(reply: DetectionReply): ArrayBuffer[] {
  return reply.kind === 'detected' && typeof reply.pieces !== 'string' ? [reply.pieces.buffer as ArrayBuffer] : [];
}

/** The spans a `resolved` reply gives the sources, in the order asked (undefined: the source stands for no other mention). */
export function refersToOf(reply: Extract<DetectionReply, { kind: 'resolved' }>): (Span | undefined)[] {
  return (JSON.parse(reply.refersTo) as (Span | null)[]).map((span) => span ?? undefined);
}
