// Worker thread of `claimlens detect --jobs N`: reads (when given a file) and detects the texts the main thread sends.
import { parentPort } from 'node:worker_threads';
import { detectAttributions } from '../core/detect';
import { readArticle } from './articleFile';

/** A text to detect, or a file to read and detect (so reading many small files is spread over the jobs too). */
export type DetectTask =
  | { seq: number; text: string; markdown: boolean }
  | { seq: number; file: string; keepText: boolean };

/** The claims as JSON text, so the main thread only concatenates; the text when asked for; or why it failed. */
export type DetectReply = { seq: number; claims: string; text?: string } | { seq: number; error: string };

/** Runs one task; shared by the workers and by the one-job pool that runs in the main thread. */
export async function runDetectTask(task: DetectTask): Promise<DetectReply> {
  try {
    if ('text' in task) return { seq: task.seq, claims: JSON.stringify(detectAttributions(task.text, { markdown: task.markdown, resolveSources: true })) };
    const article = await readArticle(task.file);
    const claims = JSON.stringify(detectAttributions(article.text, { markdown: article.markdown, resolveSources: true }));
    return task.keepText ? { seq: task.seq, claims, text: article.text } : { seq: task.seq, claims };
  } catch (err) {
    return { seq: task.seq, error: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (task: DetectTask) => {
  void runDetectTask(task).then((reply) => parentPort?.postMessage(reply));
});
