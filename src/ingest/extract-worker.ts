/**
 * Worker-thread side of ingest's extraction pool (`ExtractPool` with this module as its script):
 * like `extract/parallel-worker.ts`, and also computes each document's resolve features
 * (MinHash signature, matching observations) in the thread, since they are stateless too — the
 * main thread is left with storing and resolving.
 */
import { parentPort } from 'node:worker_threads';
import type { PoolReply } from '../extract/parallel.js';
import type { BatchRequest } from '../extract/parallel-worker.js';
import { extractWithFeatures, type Extracted } from './features.js';

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest) => {
    let reply: PoolReply<Extracted>;
    try {
      reply = { seq: request.seq, results: request.docs.map(extractWithFeatures) };
    } catch (error) {
      reply = { seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies PoolReply<Extracted>);
}
