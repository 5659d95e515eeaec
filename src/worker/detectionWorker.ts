// Entry point of the desktop extension host's detection worker thread (dist/detectionWorker.js): answers the host's requests one at a time.
import { parentPort } from 'node:worker_threads';
import { answerRequest, type DetectionRequest } from './detectionProtocol';

parentPort?.on('message', (request: DetectionRequest) => answerRequest(request, (reply) => parentPort?.postMessage(reply)));
