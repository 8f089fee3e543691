import type { Command } from 'commander';
import type { Figure, Message, Result } from '../../model/index.js';
import { isError } from '../../model/message.js';
import { extract } from '../../extract/extract.js';
import { readSource, type ReadItem } from '../../ingest/sources/index.js';

const FORMATS = ['jsonl', 'json', 'table'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Registers `sitrep extract [FILE|-]... [--format jsonl|json|table]`.
 *
 * 1. read each input in order (`.jsonl`, `.txt`, `-` for standard input; none given: standard input);
 * 2. extract one result per document, in input order;
 * 3. print: JSON Lines (default), one JSON array, or a table for people;
 * 4. a bad document or line becomes a result carrying its message; an unreadable file a message on
 *    stderr; the batch goes on, and the exit status is 1 when anything failed.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract events and figures with their sources from documents (.jsonl, .txt, .html, RSS/Atom .xml; - for stdin)')
    .argument('[inputs...]', 'input files; - reads standard input', [])
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'jsonl')
    .action(async (inputs: string[], options: { format: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        console.error(`sitrep extract: E_USAGE: expected --format ${FORMATS.join('|')}, found "${options.format}"`);
        process.exitCode = 2;
        return;
      }
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
        throw err;
      });
      const failed = await runExtract(inputs.length > 0 ? inputs : ['-'], options.format as Format, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
      if (failed) process.exitCode = 1;
    });
}

/**
 * Runs the extraction over the inputs and writes the output; returns true when anything failed.
 * Exported for tests and for other commands that print results.
 */
export async function runExtract(inputs: string[], format: Format, out: (s: string) => void, err: (s: string) => void): Promise<boolean> {
  let failed = false;
  const all: Result[] = [];
  for (const input of inputs) {
    for await (const item of readSource(input)) {
      const result = resultOf(item);
      if (!result) {
        failed = true;
        err(`sitrep extract: ${(item as { error: Message }).error.code}: ${(item as { error: Message }).error.message}\n`);
        continue;
      }
      if (result.messages.some(isError)) failed = true;
      if (format === 'jsonl') out(`${JSON.stringify(result)}\n`);
      else if (format === 'table') out(tableOf(result));
      else all.push(result);
    }
  }
  if (format === 'json') out(`${JSON.stringify(all, null, 2)}\n`);
  return failed;
}

/** The result of one read item; null for an unreadable file (reported on stderr). */
function resultOf(item: ReadItem): Result | null {
  if ('doc' in item) {
    const result = extract(item.doc);
    if (item.messages?.length) result.messages = [...item.messages, ...result.messages];
    return result;
  }
  if (item.error.code === 'E_INPUT_UNREADABLE') return null;
  return {
    id: item.source,
    document: { title: null, publishedAt: null, language: null, outlet: null, url: null, duplicateOf: null },
    events: [],
    figures: [],
    messages: [item.error],
  };
}

/**
 * One block per document for people: a header line, then one line per figure —
 * value, kind, place, origin ← relays — and any messages.
 * @example "  3,811  detained   Kazakhstan   Interior Ministry ← Kazakh media"
 */
export function tableOf(result: Result): string {
  const lines = [`${result.id}  ${result.document.title ?? ''}  ${result.document.publishedAt ?? ''}`.trimEnd()];
  for (const f of result.figures) lines.push(figureLine(f));
  for (const m of result.messages) lines.push(`  ! ${m.code}: ${m.message}`);
  if (result.figures.length === 0 && result.messages.length === 0) lines.push('  (no figures)');
  return `${lines.join('\n')}\n\n`;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '', at_least: 'at least ', more_than: 'more than ', at_most: 'at most ', less_than: 'less than ', about: 'about ', vague: '~',
};

function figureLine(f: Figure): string {
  const value = `${QUALIFIER_WORDS[f.qualifier] ?? ''}${f.value.toLocaleString('en-US')}${f.high !== null && f.high !== f.value && f.qualifier !== 'vague' ? `–${f.high.toLocaleString('en-US')}` : ''}`;
  const place = f.location?.name ?? '-';
  const chain = f.attribution.length > 0 ? f.attribution.map((s) => s.name).join(' ← ') : '(unattributed)';
  const scope = f.scope === 'incident' ? '' : ` [${f.scope}]`;
  return `  ${value.padStart(16)}  ${(f.kind + scope).padEnd(24)}  ${place.padEnd(16)}  ${chain}`;
}
