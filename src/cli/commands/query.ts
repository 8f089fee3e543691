import { type Command, Option } from 'commander';
import { dbTarget, openStore } from '../../store/open.js';
import { StoreError, type Page, type Query, type Store } from '../../store/store.js';
import { COLUMNS, flatDocument, flatEvent, flatFigure, flatIncident, incidentLine, type FlatRow } from '../../store/export/flat.js';
import { csvLine, textTable } from '../../store/export/csv.js';
import { summarizeFigures } from '../../ingest/summarize.js';

/** Options every list command takes. */
export interface ListOptions {
  db?: string;
  country?: string;
  admin1?: string;
  type?: string;
  kind?: string;
  since?: string;
  until?: string;
  q?: string;
  incident?: string;
  document?: string;
  status?: string;
  limit?: string;
  offset?: string;
  sort?: string;
  format: 'table' | 'json' | 'jsonl' | 'csv';
}

const FORMATS = ['table', 'json', 'jsonl', 'csv'];
/** Rows fetched per page while writing a long list. */
const PAGE = 1000;

/** Adds `--db` (every command that opens the store). */
export function dbOption(command: Command): Command {
  return command.option('--db <FILE|URL>', 'SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)');
}

/** Adds the shared filters and `--format`. */
export function filterOptions(command: Command): Command {
  return dbOption(command)
    .option('--country <CC>', 'ISO 3166-1 alpha-2 country code')
    .option('--admin1 <NAME>', 'first-level region')
    .option('--type <TYPES>', 'event types, comma-separated (ATTACK,ARREST)')
    .option('--since <DATE>', 'on or after this ISO date')
    .option('--until <DATE>', 'on or before this ISO date')
    .option('--q <TEXT>', 'full-text search in document text and evidence')
    .option('--incident <ID>', 'only this incident')
    .option('--document <ID>', 'only this document')
    .option('--limit <N>', 'at most N rows (default: 50 for tables, all otherwise)')
    .option('--offset <N>', 'skip the first N rows', '0')
    .option('--sort <FIELD>', 'sort field, - in front for descending (-date)')
    .addOption(new Option('--format <FORMAT>', 'output format').choices(FORMATS).default('table'));
}

/** The store query of the options. */
export function queryOf(options: ListOptions): Query {
  const list = (v?: string): string[] | undefined => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
  return {
    country: options.country,
    admin1: options.admin1,
    type: list(options.type)?.map((t) => t.toUpperCase()),
    kind: list(options.kind),
    since: options.since,
    until: options.until,
    q: options.q,
    incident: options.incident,
    document: options.document,
    status: options.status as Query['status'],
    offset: Number(options.offset ?? 0),
    sort: options.sort,
  };
}

/** Opens the store of `--db`, runs `fn`, closes it; user errors become a message and exit status 1. */
export async function withStore(db: string | undefined, fn: (store: Store) => Promise<void>): Promise<void> {
  quietPipe();
  const store = await openStore(dbTarget(db));
  try {
    await fn(store);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    console.error(`${error.code}: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

/** A reader that stops early (`| head`) ends the output quietly instead of crashing on EPIPE. */
let piped = false;
function quietPipe(): void {
  if (piped) return;
  piped = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Every item of a list up to `limit` (null: all), page by page. */
export async function* pages<T>(fetch: (q: Query) => Promise<Page<T>>, query: Query, limit: number | null): AsyncGenerator<T> {
  let offset = query.offset ?? 0;
  let left = limit ?? Infinity;
  while (left > 0) {
    const page = await fetch({ ...query, offset, limit: Math.min(PAGE, left) });
    for (const item of page.items) yield item;
    if (page.items.length < Math.min(PAGE, left)) return;
    offset += page.items.length;
    left -= page.items.length;
  }
}

/** Writes records in the chosen format to stdout. */
export async function writeList<T>(
  items: AsyncIterable<T>,
  format: ListOptions['format'],
  columns: readonly string[],
  flat: (item: T) => FlatRow,
  line: (item: T) => unknown = (item) => item,
): Promise<void> {
  const out = process.stdout;
  if (format === 'table') {
    const rows: FlatRow[] = [];
    for await (const item of items) rows.push(flat(item));
    out.write(`${textTable(columns, rows)}\n`);
    return;
  }
  if (format === 'csv') out.write(`${columns.join(',')}\n`);
  if (format === 'json') out.write('[');
  let first = true;
  for await (const item of items) {
    if (format === 'csv') out.write(`${csvLine(columns, flat(item))}\n`);
    else if (format === 'jsonl') out.write(`${JSON.stringify(line(item))}\n`);
    else out.write(`${first ? '\n' : ',\n'}${JSON.stringify(line(item))}`);
    first = false;
  }
  if (format === 'json') out.write(first ? ']\n' : '\n]\n');
}

function limitOf(options: ListOptions): number | null {
  if (options.limit !== undefined) return Math.max(0, Number(options.limit));
  return options.format === 'table' ? 50 : null;
}

/** Registers `sitrep documents`, `events`, `figures`, `incidents` (with `split` and `merge`). */
export function registerQuery(program: Command): void {
  filterOptions(program.command('documents').description('List stored documents'))
    .option('--status <STATUS>', 'pending, processing, done, failed or skipped')
    .action((options: ListOptions) =>
      withStore(options.db, (store) =>
        writeList(pages((q) => store.listDocuments(q), queryOf(options), limitOf(options)), options.format, COLUMNS.documents, (d) => flatDocument(d, options.format === 'table' ? 80 : 10_000)),
      ),
    );

  filterOptions(program.command('events').description('List extracted events'))
    .action((options: ListOptions) =>
      withStore(options.db, (store) =>
        writeList(pages((q) => store.listEvents(q), queryOf(options), limitOf(options)), options.format, COLUMNS.events, (e) => flatEvent(e, options.format === 'table' ? 60 : 1000)),
      ),
    );

  filterOptions(program.command('figures').description('List reported figures (killed, injured, detained, …)'))
    .option('--kind <KINDS>', 'figure kinds, comma-separated (killed,injured)')
    .action((options: ListOptions) =>
      withStore(options.db, (store) =>
        writeList(pages((q) => store.listFigures(q), queryOf(options), limitOf(options)), options.format, COLUMNS.figures, (f) => flatFigure(f, options.format === 'table' ? 60 : 1000)),
      ),
    );

  filterOptions(program.command('incidents').description('List incidents (events merged across documents) with figure histories; correct them by hand'))
    .argument('[action]', '`split ID --document DOC`: move a document out into a new incident; `merge ID1 ID2`: merge ID2 into ID1')
    .argument('[ids...]', 'incident ids for split / merge')
    .action(async (action: string | undefined, ids: string[], options: ListOptions) => {
      if (action === undefined) {
        return withStore(options.db, (store) =>
          writeList(pages((q) => store.listIncidents(q), queryOf(options), limitOf(options)), options.format, COLUMNS.incidents, (i) => flatIncident(i, options.format === 'table' ? 80 : 10_000), incidentLine),
        );
      }
      if (action === 'split' && ids.length === 1 && options.document) return split(options.db, ids[0]!, options.document);
      if (action === 'merge' && ids.length === 2) return merge(options.db, ids[0]!, ids[1]!);
      console.error('E_USAGE: expected `sitrep incidents`, `sitrep incidents split ID --document DOC` or `sitrep incidents merge ID1 ID2`.');
      process.exitCode = 2;
    });
}

/** `sitrep incidents split ID --document DOC`: recorded; later resolution keeps them apart. */
function split(db: string | undefined, id: string, document: string): Promise<void> {
  return withStore(db, async (store) => {
    const into = `${id}-split-${(await store.resolveVersion()).toString(36)}`;
    await store.applyCorrection({ kind: 'split', incident: id, document, into }, summarizeFigures);
    console.log(JSON.stringify({ split: id, document, into }));
  });
}

/** `sitrep incidents merge ID1 ID2`: ID2's documents join ID1, ID2 is gone; recorded. */
function merge(db: string | undefined, id1: string, id2: string): Promise<void> {
  return withStore(db, async (store) => {
    await store.applyCorrection({ kind: 'merge', incident: id1, other: id2 }, summarizeFigures);
    console.log(JSON.stringify({ merged: id2, into: id1 }));
  });
}
