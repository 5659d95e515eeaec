// Entry point of the desktop extension host's detection worker thread (dist/detectionWorker.js): answers the host's requests one at a time.
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { requestHandler, transferablesOf } from './detectionProtocol';

/** Larger files are not read ahead: VS Code hands extensions no document of a file this large. */
const PRE_READ_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The file's text as VS Code's document holds it when VS Code reads it as UTF-8: a byte order mark dropped, line ends
 * as they are. Anything that is not UTF-8 is not read (VS Code may guess another encoding); whatever else differs from
 * the document (line ends VS Code normalised, a later change) the host's detect request shows, since it is compared.
 */
function readTextFile(file: string): string | undefined {
  if (statSync(file).size > PRE_READ_MAX_BYTES) return undefined;
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(readFileSync(file));
}

parentPort?.on(
  'message',
  requestHandler(
    (reply) => parentPort?.postMessage(reply, transferablesOf(reply)),
    (task) => void setImmediate(task),
    undefined,
    readTextFile,
  ),
);
