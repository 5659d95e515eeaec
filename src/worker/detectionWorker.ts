// Entry point of the desktop extension host's detection worker thread (dist/detectionWorker.js): answers the host's requests one at a time.
import { parentPort } from 'node:worker_threads';
import { requestHandler, transferablesOf } from './detectionProtocol';

parentPort?.on(
  'message',
  requestHandler(
    (reply) => parentPort?.postMessage(reply, transferablesOf(reply)),
    (task) => void setImmediate(task),
  ),
);
