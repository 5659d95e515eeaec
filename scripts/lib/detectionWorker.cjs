// The detection worker as the benchmark starts it: the TypeScript entry point, loaded through tsx (a worker thread does not inherit the parent's hooks).
/* eslint-disable @typescript-eslint/no-require-imports -- a worker thread does not inherit the parent's tsx hooks: its entry loads them itself, before the TypeScript source */
require('tsx/cjs');
require('../../src/worker/detectionWorker.ts');
