import { createHash } from 'node:crypto';
import type { Message } from '../model/index.js';
import { processPending, resolvePending, toNewDocument } from '../ingest/pipeline.js';
import { Resolver } from '../ingest/resolver.js';
import { readHtml } from '../ingest/sources/html.js';
import type { ReadItem } from '../ingest/sources/item.js';
import { readUrl } from '../ingest/sources/url.js';
import type { Store } from '../store/store.js';
import type { IngestFn, IngestOutcome, IngestRequest } from './ingest.js';

/**
 * The ingest behind `POST /api/documents`, over the same pipeline functions as `sitrep ingest`.
 * Requests run one at a time (the store has one writer; the resolver keeps state between them).
 *
 * 1. read the request into one document: text as given, HTML through Readability, a URL fetched
 *    within the fetch limits (a feed gives its first item);
 * 2. store it (same content = same document, nothing extracted twice; not English = skipped);
 * 3. extract what is pending and resolve it into incidents and figure histories.
 */
export function pipelineIngest(store: Store): IngestFn {
  const resolver = new Resolver(store);
  let tail: Promise<unknown> = Promise.resolve();
  return (request) => {
    const run = tail.then(() => ingestOne(store, resolver, request));
    tail = run.catch(() => undefined);
    return run;
  };
}

async function ingestOne(store: Store, resolver: Resolver, request: IngestRequest): Promise<IngestOutcome> {
  const item = await readRequest(request);
  if ('error' in item) return { document: null, inserted: false, messages: [item.error] };
  const doc = {
    ...item.doc,
    title: request.title ?? item.doc.title ?? null,
    publishedAt: request.publishedAt ?? item.doc.publishedAt ?? null,
  };
  const stored = toNewDocument(doc, item.source);
  const { id, inserted } = await store.addDocument(stored);
  const messages: Message[] = [...(item.messages ?? [])];
  if (inserted && stored.status === 'skipped') {
    const message = { code: 'W_NOT_ENGLISH', message: `The text is in language "${stored.language}", not English: stored, not extracted.` };
    await store.setStatus(id, 'skipped', message);
    messages.push(message);
  } else if (inserted) {
    await processPending(store, { worker: `api-${process.pid}` });
    await resolvePending(store, {}, resolver);
  }
  const record = await store.getDocument(id);
  for (const m of record?.messages ?? []) if (!messages.some((x) => x.code === m.code && x.start === m.start)) messages.push(m);
  return { document: id, inserted, messages };
}

async function readRequest(request: IngestRequest): Promise<ReadItem> {
  if (request.url !== undefined) {
    for await (const item of readUrl(request.url, { fetchLinks: false })) return item;
    return { error: { code: 'E_FETCH_EMPTY', message: `${request.url} gave no document.` }, source: request.url };
  }
  const content = request.text ?? request.html ?? '';
  const id = request.id ?? `api-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`;
  if (request.html !== undefined) {
    const page = readHtml(request.html, { id });
    const error = page.messages.find((m) => m.code.startsWith('E_'));
    return error ? { error, source: id } : { doc: { ...page.doc, id }, source: id, messages: page.messages };
  }
  return { doc: { id, text: content }, source: id };
}
