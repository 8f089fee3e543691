/**
 * Minimal JSON Lines reading for gold, document and prediction files: each non-blank line parsed
 * on its own, lines that are not JSON reported with their number and skipped.
 */
import { readFileSync } from 'node:fs';
import type { InputDocument } from '../model/index.js';

/** A problem with an evaluation input, with a stable code. */
export interface EvalMessage {
  code: string;
  message: string;
}

/** One parsed line and its 1-based number. */
export interface JsonLine {
  line: number;
  value: unknown;
}

/** Parses JSON Lines text; a line that is not JSON becomes an `E_JSONL_INVALID` message naming `label`. */
export function parseJsonl(text: string, label: string): { lines: JsonLine[]; messages: EvalMessage[] } {
  const lines: JsonLine[] = [];
  const messages: EvalMessage[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!.trim();
    if (line === '') continue;
    try {
      lines.push({ line: i + 1, value: JSON.parse(line) });
    } catch {
      messages.push({
        code: 'E_JSONL_INVALID',
        message: `${label}:${i + 1}: not a JSON object (found "${line.slice(0, 40)}…"); the line is skipped — fix or remove it`,
      });
    }
  }
  return { lines, messages };
}

/** Reads and parses a JSON Lines file (`-` is standard input); a leading byte-order mark is ignored. */
export function readJsonl(path: string): { lines: JsonLine[]; messages: EvalMessage[] } {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8').replace(/^\uFEFF/, '');
  return parseJsonl(text, path);
}

/** An input document from a parsed `{id, title, url, publishedAt, text}` line; null without `text`. */
export function toInputDocument(v: unknown): InputDocument | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') return null;
  const s = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : null);
  return { id: s(o.id), title: s(o.title), url: s(o.url), publishedAt: s(o.publishedAt), text: o.text };
}
