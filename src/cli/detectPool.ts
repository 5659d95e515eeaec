// Detection spread over worker threads (`--jobs N`), or run inline for one job; results come back in the order asked.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runDetectTask, type DetectReply, type DetectTask } from './detectWorker';

/** The claims of a file as JSON text, and the file's text when it was asked for. */
export interface DetectedFile {
  claims: string;
  text?: string;
}

export interface DetectPool {
  /** The claims of `text` as JSON text (an array of attributions). */
  detect(text: string, markdown: boolean): Promise<string>;
  /** Reads `file` (rejecting with a one-line reason) and detects its claims. */
  detectFile(file: string, keepText: boolean): Promise<DetectedFile>;
  /** Worker threads started so far: no more than the work asked for at once, however many jobs were allowed. */
  readonly threads: number;
  close(): Promise<void>;
}

type TaskWithoutSeq = { text: string; markdown: boolean } | { file: string; keepText: boolean };

function unwrap(reply: DetectReply): DetectedFile {
  if ('error' in reply) throw new Error(reply.error);
  return reply.text === undefined ? { claims: reply.claims } : { claims: reply.claims, text: reply.text };
}

export function defaultJobs(): number {
  return availableParallelism();
}

function inlinePool(): DetectPool {
  return {
    detect: async (text, markdown) => unwrap(await runDetectTask({ seq: 0, text, markdown })).claims,
    detectFile: async (file, keepText) => unwrap(await runDetectTask({ seq: 0, file, keepText })),
    threads: 0,
    close: async () => undefined,
  };
}

/**
 * The bundle ships `detectWorker.js` beside `cli.js`; from a checkout (tsx, tests) the worker is the TypeScript
 * source, loaded through tsx's require hook since a worker does not inherit the parent's hooks.
 */
function startWorker(): Worker {
  const bundled = path.join(__dirname, 'detectWorker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = path.join(__dirname, 'detectWorker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

interface Pending {
  resolve(reply: DetectReply): void;
  reject(err: Error): void;
}

/**
 * Tasks each worker holds at once: the next one is already waiting when a text is done, so a worker does not sit idle
 * until the main thread (busy reading and writing, or descheduled on a loaded machine) hands it more.
 */
const TASKS_PER_WORKER = 2;

/**
 * Workers start as the work needs them, up to `jobs`: each one costs a thread and its own warmed-up copy of the
 * detector (about 6 MB and 40 ms on the machine it was measured on), so `--jobs 200` on two files starts two, not two hundred.
 */
function workerPool(jobs: number): DetectPool {
  const workers: Worker[] = [];
  const pending = new Map<number, Pending>();
  const queue: DetectTask[] = [];
  const held = new Map<Worker, number>();
  let seq = 0;
  let broken: Error | undefined;

  const failAll = (err: Error): void => {
    broken = err;
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
    queue.length = 0;
  };

  const dispatch = (): void => {
    while (queue.length > 0 && workers.length < jobs && workers.every((w) => (held.get(w) ?? 0) > 0)) start();
    for (let depth = 0; depth < TASKS_PER_WORKER; depth++) {
      for (const worker of workers) {
        const task = queue.length > 0 && (held.get(worker) ?? 0) <= depth ? queue.shift() : undefined;
        if (!task) continue;
        held.set(worker, (held.get(worker) ?? 0) + 1);
        worker.postMessage(task);
      }
    }
  };

  function start(): void {
    const worker = startWorker();
    workers.push(worker);
    held.set(worker, 0);
    worker.on('message', (reply: DetectReply) => {
      const waiting = pending.get(reply.seq);
      pending.delete(reply.seq);
      held.set(worker, (held.get(worker) ?? 1) - 1);
      dispatch();
      waiting?.resolve(reply);
    });
    worker.on('error', (err) => failAll(new Error(`a detection worker stopped: ${err.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && !broken) failAll(new Error(`a detection worker exited with code ${code}`));
    });
  }

  const run = (task: TaskWithoutSeq): Promise<DetectReply> => {
    if (broken) return Promise.reject(broken);
    const numbered = { ...task, seq: seq++ } as DetectTask;
    return new Promise<DetectReply>((resolve, reject) => {
      pending.set(numbered.seq, { resolve, reject });
      queue.push(numbered);
      dispatch();
    });
  };

  return {
    detect: async (text, markdown) => unwrap(await run({ text, markdown })).claims,
    detectFile: async (file, keepText) => unwrap(await run({ file, keepText })),
    get threads() {
      return workers.length;
    },
    async close() {
      broken ??= new Error('the detection pool is closed');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One job runs in this thread: no worker start-up cost for a single file or a short stream. */
export function createDetectPool(jobs: number): DetectPool {
  return jobs <= 1 ? inlinePool() : workerPool(jobs);
}
