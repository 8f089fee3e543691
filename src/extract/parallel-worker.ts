/**
 * Worker-thread side of the parallel extraction pool (src/extract/parallel.ts): extracts each batch
 * it is sent and posts the results back under the batch's sequence number.
 */
import { parentPort } from 'node:worker_threads';
import type { InputDocument } from '../model/index.js';
import { extract } from './extract.js';

/** A batch of documents to extract, numbered so that results can be put back in input order. */
export interface BatchRequest {
  seq: number;
  docs: InputDocument[];
}

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest) => {
    try {
      port.postMessage({ seq: request.seq, results: request.docs.map((doc) => extract(doc)) });
    } catch (error) {
      port.postMessage({ seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
