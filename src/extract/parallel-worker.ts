/**
 * Worker-thread side of the parallel extraction pool (src/extract/parallel.ts): says it is ready
 * once the extractor is loaded, then extracts each batch it is sent and posts the results back
 * under the batch's sequence number.
 */
import { parentPort } from 'node:worker_threads';
import type { InputDocument, Result } from '../model/index.js';
import { extract } from './extract.js';

/** A batch of documents to extract, numbered so that results can be put back in input order. */
export interface BatchRequest {
  seq: number;
  docs: InputDocument[];
}

/** What a worker posts: that it is ready, a batch's results, or why a batch failed. */
export type WorkerReply = { ready: true } | { seq: number; results: Result[] } | { seq: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq: request.seq, results: request.docs.map((doc) => extract(doc)) };
    } catch (error) {
      reply = { seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
