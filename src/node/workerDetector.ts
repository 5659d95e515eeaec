// Node only (the desktop extension host): the detector in a worker thread of its own, so that reading a long article leaves the extension host free.
import { Worker } from 'node:worker_threads';
import type { Span } from '../core/detect/types';
import type { OffsetRange } from '../core/model/offsetRange';
import type { BackgroundDetector, FoundPiece, PreReadDone, WarmUp } from '../extension/store/backgroundDetector';
import { type DetectionReply, type DetectionRequest, foundPiecesOf, refersToOf } from '../worker/detectionProtocol';

/**
 * An idle worker no one keeps alive is stopped after this long: it holds its own copy of the detector (a few MB) and a
 * thread, and what V8 compiled in it is lost with it.
 */
const IDLE_MS = 120_000;
/**
 * Readings of the built-in articles (in turn, 1–37 kB) a warm-up does: a fifth to a third of a second of the thread's
 * time, after which V8 has compiled most of the detector for the shapes articles show. Sixty readings of one 2 kB text
 * left about 100 of its functions to compile during the first 1 MB article (0.4 s of another core), these about 40
 * (0.2 s); measured in Node with --trace-opt.
 */
const WARM_UP_READINGS = 110;

/** A request being answered: each reply goes to `reply`, which says whether it was the last. */
interface Pending {
  reply(reply: DetectionReply): boolean;
  reject(error: Error): void;
}

interface Settle {
  resolve(): void;
  reject(error: Error): void;
}

type RequestWithoutId = DetectionRequest extends infer R ? (R extends DetectionRequest ? Omit<R, 'id'> : never) : never;

/**
 * The detector in the worker thread `workerFile` (the bundled dist/detectionWorker.js), started on the first request
 * or the warm-up, and stopped `idleMs` after the last answer unless `keepAliveWhile` says it is still needed.
 * Once a worker failed (it could not start, threw, or exited), every request is refused at once: the store reads on the
 * extension host instead.
 */
export function workerDetector(workerFile: string, options: { idleMs?: number } = {}): BackgroundDetector {
  const idleMs = options.idleMs ?? IDLE_MS;
  let worker: Worker | undefined;
  let broken: Error | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let needed: () => boolean = () => false;

  const fail = (error: Error): void => {
    if (broken) return;
    broken = error;
    worker = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const stopWhenIdle = (): void => {
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
    if (pending.size > 0 || worker === undefined) return;
    idle = setTimeout(() => {
      if (needed()) return stopWhenIdle();
      const stopping = worker;
      worker = undefined;
      void stopping?.terminate();
    }, idleMs);
    idle.unref?.();
  };
  const start = (): Worker => {
    const started = new Worker(workerFile);
    started.unref();
    started.on('message', (reply: DetectionReply) => {
      const waiting = pending.get(reply.id);
      if (waiting === undefined || !waiting.reply(reply)) return;
      pending.delete(reply.id);
      stopWhenIdle();
    });
    started.on('error', (error) => fail(error));
    started.on('exit', (code) => {
      if (started === worker) fail(new Error(`the detection worker stopped (exit code ${code})`));
    });
    return started;
  };
  /** Sends `request`; `onReply` takes each reply until it says it was the last, with the request's end as the promise's. */
  const ask = (request: RequestWithoutId, onReply: (reply: DetectionReply, settle: Settle) => boolean): Promise<void> => {
    if (broken) return Promise.reject(broken);
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
    try {
      worker ??= start();
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      return Promise.reject(broken);
    }
    const id = nextId++;
    const running = worker;
    return new Promise<void>((resolve, reject) => {
      const settle: Settle = { resolve, reject };
      pending.set(id, {
        reply: (reply) => {
          if (reply.kind === 'failed') {
            reject(new Error(reply.message));
            return true;
          }
          try {
            return onReply(reply, settle);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
        },
        reject,
      });
      running.postMessage({ ...request, id });
    });
  };

  return {
    async detect(text: string, markdown: boolean, regions: readonly OffsetRange[], pieceLength: number, found: (pieces: FoundPiece[]) => void): Promise<number | undefined> {
      let fromPreRead: number | undefined;
      await ask({ kind: 'detect', text, markdown, regions, pieceLength }, (reply, settle) => {
        if (reply.kind !== 'detected') throw new Error(`the detection worker answered ${reply.kind} to detect`);
        found(foundPiecesOf(reply, text));
        if (reply.done) {
          fromPreRead = reply.preRead;
          settle.resolve();
        }
        return reply.done;
      });
      return fromPreRead;
    },
    async preRead(file: string, markdown: boolean, pieceLength: number): Promise<PreReadDone> {
      let done: PreReadDone = { length: -1, read: 0, ms: 0 };
      await ask({ kind: 'preRead', file, markdown, pieceLength }, (reply, settle) => {
        if (reply.kind !== 'preReadDone') throw new Error(`the detection worker answered ${reply.kind} to preRead`);
        done = { length: reply.length, read: reply.read, ms: reply.ms };
        settle.resolve();
        return true;
      });
      return done;
    },
    async resolve(text: string, markdown: boolean, sources: readonly Span[], contents: readonly Span[]): Promise<(Span | undefined)[]> {
      let refersTo: (Span | undefined)[] = [];
      await ask({ kind: 'resolve', text, markdown, sources, contents }, (reply, settle) => {
        if (reply.kind !== 'resolved') throw new Error(`the detection worker answered ${reply.kind} to resolve`);
        refersTo = refersToOf(reply);
        settle.resolve();
        return true;
      });
      return refersTo;
    },
    async warmUp(): Promise<WarmUp | undefined> {
      if (worker !== undefined) return undefined;
      let warm: WarmUp | undefined;
      await ask({ kind: 'warmUp', readings: WARM_UP_READINGS }, (reply, settle) => {
        if (reply.kind !== 'warmedUp') throw new Error(`the detection worker answered ${reply.kind} to warmUp`);
        warm = { readings: reply.readings, ms: reply.ms };
        settle.resolve();
        return true;
      });
      return warm;
    },
    keepAliveWhile(keep: () => boolean): void {
      needed = keep;
    },
    dispose(): void {
      if (idle !== undefined) clearTimeout(idle);
      const stopping = worker;
      worker = undefined;
      broken ??= new Error('the detection worker was stopped');
      for (const { reject } of pending.values()) reject(broken);
      pending.clear();
      void stopping?.terminate();
    },
  };
}
