// Worker thread of `claimlens detect --jobs N`: detects claims in the texts the main thread sends, one message each.
import { parentPort } from 'node:worker_threads';
import { detectAttributions } from '../core/detect';

export interface DetectTask {
  seq: number;
  text: string;
  markdown: boolean;
}

/** The claims as JSON text, so the main thread only concatenates; or why detection failed. */
export type DetectReply = { seq: number; claims: string } | { seq: number; error: string };

parentPort?.on('message', ({ seq, text, markdown }: DetectTask) => {
  let reply: DetectReply;
  try {
    reply = { seq, claims: JSON.stringify(detectAttributions(text, { markdown })) };
  } catch (err) {
    reply = { seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
