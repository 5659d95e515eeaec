// The messages between the desktop extension host and its detection worker thread, and the worker's side of them (no Node imports: tested in plain Node, bundled into the worker).
import { detectAttributions, readsAsInterview } from '../core/detect';
import { maskMarkdown } from '../core/detect/markdown';
import type { Attribution, Span } from '../core/detect/types';
import { leadingCount } from '../core/model/binarySearch';
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
  | { readonly id: number; readonly kind: 'warmUp'; readonly readings: number }
  /**
   * Read the file at `file` from disk and detect its claims now, before the editor has its text, piece by piece as a
   * detect request of the whole text would (`markdown`, `pieceLength`): a detect request whose text is exactly the file's
   * takes what was read (see `PreRead`).
   */
  | { readonly id: number; readonly kind: 'preRead'; readonly file: string; readonly markdown: boolean; readonly pieceLength: number };

/** A request answered at once, in one go (a warm-up and a pre-read are spread over turns, see `requestHandler`). */
export type AnsweredRequest = Exclude<DetectionRequest, { kind: 'warmUp' | 'preRead' }>;

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
  | {
      readonly id: number;
      readonly kind: 'detected';
      readonly pieces: EncodedPieces;
      readonly done: boolean;
      /** On the last batch: characters of the answer taken from a pre-read of the file (0 when none matched the text). */
      readonly preRead?: number;
    }
  | { readonly id: number; readonly kind: 'resolved'; readonly refersTo: string }
  /** A warm-up is over: `readings` of the built-in text were done before it ended (a real request ends it early). */
  | { readonly id: number; readonly kind: 'warmedUp'; readonly readings: number; readonly ms: number }
  /**
   * A pre-read is over: `read` characters of the file's `length` were detected in `ms` before another request ended it
   * (`length` is -1 when the file could not be read as text: missing, too large, not UTF-8).
   */
  | { readonly id: number; readonly kind: 'preReadDone'; readonly length: number; readonly read: number; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** A stretch to answer with: what a pre-read found in it already, or undefined when it is still to be read. */
interface PlannedPiece {
  readonly region: OffsetRange;
  readonly found?: Attribution[];
}

/**
 * Stretches of whole paragraphs, each about `pieceLength` long or up to the next paragraph start, that cover `region` in
 * order. With `done` (pieces already read, sorted, not overlapping), a stretch that is one of them is taken with what was
 * found in it, and the stretches still to read end where the next of them starts, so that the rest line up with them.
 */
function piecesOf(starts: readonly number[], region: OffsetRange, pieceLength: number, done: readonly FoundPiece[] = []): PlannedPiece[] {
  const pieces: PlannedPiece[] = [];
  for (let at = region.start; at < region.end; ) {
    const next = done[leadingCount(done.length, (i) => done[i].region.start < at)];
    if (next !== undefined && next.region.start === at && next.region.end <= region.end) {
      pieces.push(next);
      at = next.region.end;
      continue;
    }
    // A piece read ahead that starts here but runs past the region is read again, cut to it.
    const limit = next === undefined || next.region.start === at ? region.end : Math.min(region.end, next.region.start);
    const { end } = regionAround(starts, at, Math.min(limit, at + pieceLength));
    const piece = { start: at, end: Math.min(limit, Math.max(at + 1, end)) };
    pieces.push({ region: piece });
    at = piece.end;
  }
  return pieces;
}

/**
 * A file read from disk and detected ahead of its document (a `preRead` request): its text as decoded, and the
 * pieces read so far, in order from its start.
 */
export interface PreRead {
  readonly file: string;
  readonly text: string;
  readonly markdown: boolean;
  readonly starts: readonly number[];
  readonly interview: boolean;
  readonly pieces: FoundPiece[];
}

/**
 * Whether a detect request may take what `preRead` found: only for exactly the text it read (the document's text may
 * differ from the file's: edited, restored from a backup, changed on disk since, decoded otherwise, line ends
 * normalised) and read the same way. Comparing the whole text costs well under a millisecond for 1 MB.
 */
export function preReadFits(preRead: PreRead, request: { readonly text: string; readonly markdown: boolean }): boolean {
  return preRead.markdown === request.markdown && preRead.text.length === request.text.length && preRead.text === request.text;
}

/**
 * Characters of text a batch of a detect answer covers: about 30 ms of reading, small enough for the host to merge the
 * batches as they come while the worker reads on, large enough that posting them costs little.
 */
const BATCH_LENGTH = 64_000;

/**
 * Answers `request` through `post`: one reply, or for a detect request its batches, the last one `done` (after a
 * failure, a `failed` reply ends the answer). `detect` is the detector (a test may pass another). A detect request of
 * exactly the text `preRead` read takes what it found and reads only the rest; whether it did.
 */
export function answerRequest(request: AnsweredRequest, post: (reply: DetectionReply) => void, detect: Detector = detectAttributions, preRead?: PreRead): boolean {
  try {
    if (request.kind === 'resolve') {
      const { text, markdown, sources, contents } = request;
      const resolved = resolveSourceSpans(text, sources, { analysed: markdown ? maskMarkdown(text) : text, contents });
      post({ id: request.id, kind: 'resolved', refersTo: JSON.stringify(resolved.map((span) => span ?? null)) });
      return false;
    }
    const { text, markdown } = request;
    const ahead = preRead !== undefined && preReadFits(preRead, request) ? preRead : undefined;
    const starts = ahead?.starts ?? paragraphStarts(text, markdown);
    // Every piece is judged by the whole article's voice, as the host's own reading and the command line judge it.
    const interview = ahead?.interview ?? readsAsInterview(text, { markdown });
    const pieces = request.regions.flatMap((region) => piecesOf(starts, region, request.pieceLength, ahead?.pieces));
    let fromPreRead = 0;
    let batch: FoundPiece[] = [];
    let batchLength = 0;
    pieces.forEach((piece, i) => {
      if (piece.found !== undefined) fromPreRead += piece.region.end - piece.region.start;
      batch.push({ region: piece.region, found: piece.found ?? detectRegion(detect, text, piece.region, { markdown, interview }) });
      batchLength += piece.region.end - piece.region.start;
      const done = i === pieces.length - 1;
      if (!done && batchLength < BATCH_LENGTH) return;
      const encoded = encodeFound(batch, text) ?? JSON.stringify(batch);
      post(done && preRead !== undefined ? { id: request.id, kind: 'detected', pieces: encoded, done, preRead: fromPreRead } : { id: request.id, kind: 'detected', pieces: encoded, done });
      batch = [];
      batchLength = 0;
    });
    if (pieces.length === 0) post({ id: request.id, kind: 'detected', pieces: new Int32Array(0), done: true });
    return ahead !== undefined;
  } catch (error) {
    post({ id: request.id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return false;
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
 * A pre-read nobody took is dropped after this long: the document it was read for is not coming (the editor failed to
 * open it, or it was opened some other way), and it holds a copy of the file.
 */
const PRE_READ_KEPT_MS = 30_000;

/**
 * The text of the file at a path as VS Code's document would hold it, or undefined when it cannot be read so (missing,
 * too large, not UTF-8): the worker's own access to the disk (Node), given by its entry point.
 */
export type ReadTextFile = (file: string) => string | undefined;

/**
 * The worker's side: takes each request as it arrives and posts its answer. A warm-up reads the built-in text once per
 * turn of the event loop (`later`), so that a real request arriving meanwhile waits for one reading at most; that
 * request ends the warm-up, which is answered with the readings done so far. A pre-read (`readTextFile`) reads one
 * piece per turn too; the next detect request of exactly its text ends it and takes what it found, a detect request of
 * another text is answered in between.
 */
export function requestHandler(
  post: (reply: DetectionReply) => void,
  later: (task: () => void) => void,
  detect: Detector = detectAttributions,
  readTextFile: ReadTextFile = () => undefined,
): (request: DetectionRequest) => void {
  let warming: { id: number; readings: number; done: number; started: number } | undefined;
  /** The last pre-read, kept for the detect request of its text; `steps` are its pieces still to read, in order. */
  let ahead: { id: number; started: number; preRead: PreRead; steps: OffsetRange[]; answered: boolean } | undefined;
  const endWarmUp = (): void => {
    if (warming === undefined) return;
    const { id, done, started } = warming;
    warming = undefined;
    post({ id, kind: 'warmedUp', readings: done, ms: performance.now() - started });
  };
  /** Answers the pre-read request (once) with what was read so far; with `drop`, forgets what it found too. */
  const endPreRead = (drop: boolean): void => {
    if (ahead === undefined) return;
    const { id, started, preRead, answered } = ahead;
    ahead.steps = [];
    if (!answered) {
      ahead.answered = true;
      const read = preRead.pieces.reduce((sum, { region }) => sum + region.end - region.start, 0);
      post({ id, kind: 'preReadDone', length: preRead.text.length, read, ms: performance.now() - started });
    }
    if (drop) ahead = undefined;
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
  const preReadStep = (): void => {
    const reading = ahead;
    const piece = reading?.steps.shift();
    if (reading === undefined || piece === undefined) return;
    const { text, markdown, interview, pieces } = reading.preRead;
    try {
      pieces.push({ region: piece, found: detectRegion(detect, text, piece, { markdown, interview }) });
    } catch (error) {
      ahead = undefined;
      post({ id: reading.id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
    if (reading.steps.length === 0) endPreRead(false);
    else later(preReadStep);
  };
  const startPreRead = (request: Extract<DetectionRequest, { kind: 'preRead' }>): void => {
    endPreRead(true);
    const started = performance.now();
    let text: string | undefined;
    try {
      text = readTextFile(request.file);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      post({ id: request.id, kind: 'preReadDone', length: -1, read: 0, ms: performance.now() - started });
      return;
    }
    const { markdown } = request;
    const starts = paragraphStarts(text, markdown);
    const preRead: PreRead = { file: request.file, text, markdown, starts, interview: readsAsInterview(text, { markdown }), pieces: [] };
    const steps = piecesOf(starts, { start: 0, end: text.length }, request.pieceLength).map((piece) => piece.region);
    ahead = { id: request.id, started, preRead, steps, answered: false };
    if (steps.length === 0) endPreRead(false);
    else later(preReadStep);
  };
  return (request) => {
    endWarmUp();
    if (ahead !== undefined && performance.now() - ahead.started > PRE_READ_KEPT_MS) endPreRead(true);
    if (request.kind === 'warmUp') {
      warming = { id: request.id, readings: request.readings, done: 0, started: performance.now() };
      later(warmStep);
    } else if (request.kind === 'preRead') {
      startPreRead(request);
    } else if (request.kind === 'detect') {
      // Any detect request stops the pre-read: the document it was for has come, or another reading needs the thread.
      // What it read is kept for its document, unless this request took it.
      const preRead = ahead?.preRead;
      endPreRead(false);
      if (answerRequest(request, post, detect, preRead)) ahead = undefined;
    } else {
      answerRequest(request, post, detect);
    }
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
