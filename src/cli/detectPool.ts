// Detection spread over worker threads (`--jobs N`), or run inline for one job; results come back in the order asked.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { detectAttributions } from '../core/detect';
import type { DetectReply, DetectTask } from './detectWorker';

export interface DetectPool {
  /** The claims of `text` as JSON text (an array of attributions). */
  detect(text: string, markdown: boolean): Promise<string>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return availableParallelism();
}

function inlinePool(): DetectPool {
  return {
    detect: async (text, markdown) => JSON.stringify(detectAttributions(text, { markdown })),
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
  resolve(claims: string): void;
  reject(err: Error): void;
}

function workerPool(jobs: number): DetectPool {
  const workers = Array.from({ length: jobs }, startWorker);
  const pending = new Map<number, Pending>();
  const queue: DetectTask[] = [];
  const idle = [...workers];
  let seq = 0;
  let broken: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop();
      const task = queue.shift();
      if (worker && task) worker.postMessage(task);
    }
  };

  const failAll = (err: Error): void => {
    broken = err;
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
    queue.length = 0;
  };

  for (const worker of workers) {
    worker.on('message', (reply: DetectReply) => {
      const waiting = pending.get(reply.seq);
      pending.delete(reply.seq);
      idle.push(worker);
      dispatch();
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.claims);
    });
    worker.on('error', (err) => failAll(new Error(`a detection worker stopped: ${err.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && !broken) failAll(new Error(`a detection worker exited with code ${code}`));
    });
  }

  return {
    detect(text, markdown) {
      if (broken) return Promise.reject(broken);
      const task = { seq: seq++, text, markdown };
      return new Promise<string>((resolve, reject) => {
        pending.set(task.seq, { resolve, reject });
        queue.push(task);
        dispatch();
      });
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
