import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { InputDocument } from '../../model/index.js';
import type { ReadItem } from './item.js';

/**
 * The keys of items already taken, kept by the caller (the store) so a restart does not take them
 * again. Both methods may be sync or async.
 */
export interface SeenSet {
  has(key: string): boolean | Promise<boolean>;
  add(keys: readonly string[]): void | Promise<void>;
}

/** Options of {@link watchSources}. */
export interface WatchOptions {
  /** Time between the starts of two polls, in ms. */
  intervalMs: number;
  seen: SeenSet;
  /** Reads one source (a feed path or URL) into items: `readUrl` or the file dispatcher. */
  read: (source: string) => AsyncIterable<ReadItem>;
  /** Stops the loop (between polls, or during the wait). */
  signal?: AbortSignal;
  /** Stop after this many polls (default: until aborted); tests use 1 or 2. */
  rounds?: number;
}

/**
 * The keys an item is known by: its guid or id, its link, and the hash of its text (whitespace
 * collapsed), so an item seen under any of them is not taken again.
 * @example itemKeys({ id: 'tag:x,1', url: 'https://x/1', text: 'A b' }) // ['id:tag:x,1', 'url:https://x/1', 'text:…']
 */
export function itemKeys(doc: InputDocument): string[] {
  const keys: string[] = [];
  if (doc.id) keys.push(`id:${doc.id}`);
  if (doc.url && doc.url !== doc.id) keys.push(`url:${doc.url}`);
  keys.push(`text:${createHash('sha1').update(doc.text.replace(/\s+/g, ' ').trim()).digest('hex')}`);
  return keys;
}

/**
 * Polls feeds (paths or URLs) every `intervalMs` and yields only the items not seen before (by any
 * of {@link itemKeys}); each new item's keys are added to `seen` before it is yielded. Errors of a
 * poll (a feed down, not XML) are yielded as they come and the loop goes on.
 *
 * 1. read every source in the order given; 2. drop items already seen; 3. remember and yield the
 * rest; 4. wait for the rest of the interval (abortable); 5. again, until aborted or `rounds` done.
 */
export async function* watchSources(sources: readonly string[], options: WatchOptions): AsyncGenerator<ReadItem> {
  for (let round = 0; options.rounds === undefined || round < options.rounds; round++) {
    if (options.signal?.aborted) return;
    const started = Date.now();
    for (const source of sources) {
      for await (const item of options.read(source)) {
        if (options.signal?.aborted) return;
        if ('error' in item) {
          yield item;
          continue;
        }
        const keys = itemKeys(item.doc);
        let seen = false;
        for (const key of keys) if (await options.seen.has(key)) seen = true;
        if (seen) continue;
        await options.seen.add(keys);
        yield item;
      }
    }
    if (options.rounds !== undefined && round + 1 >= options.rounds) return;
    const wait = Math.max(0, options.intervalMs - (Date.now() - started));
    try {
      await sleep(wait, undefined, { signal: options.signal });
    } catch {
      return;
    }
  }
}

/** An in-memory {@link SeenSet}, for tests and for runs without a store. */
export function memorySeenSet(): SeenSet & { keys: Set<string> } {
  const keys = new Set<string>();
  return { keys, has: (key) => keys.has(key), add: (more) => void more.forEach((k) => keys.add(k)) };
}
