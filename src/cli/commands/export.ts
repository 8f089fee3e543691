import { type Command, Option } from 'commander';
import type { EventRecord, FigureRecord, IncidentRecord, Store } from '../../store/store.js';
import { ACLED_COLUMNS, acledRow } from '../../store/export/acled.js';
import { csvLine } from '../../store/export/csv.js';
import { COLUMNS, flatEvent, flatIncident, incidentLine } from '../../store/export/flat.js';
import { feature } from '../../store/export/geojson.js';
import { dbOption, pages, queryOf, withStore, type ListOptions } from './query.js';

interface ExportOptions extends Omit<ListOptions, 'format'> {
  format: 'csv' | 'geojson' | 'jsonl' | 'acled';
  of: 'events' | 'incidents';
}

/** Registers `sitrep export`: events (or incidents) as CSV, GeoJSON, JSON Lines or ACLED-style CSV. */
export function registerExport(program: Command): void {
  dbOption(program.command('export').description('Export events or incidents: csv, geojson, jsonl, or ACLED-style csv'))
    .addOption(new Option('--format <FORMAT>', 'output format').choices(['csv', 'geojson', 'jsonl', 'acled']).default('jsonl'))
    .addOption(new Option('--of <WHAT>', 'what to export (acled: events only)').choices(['events', 'incidents']).default('events'))
    .option('--country <CC>', 'ISO 3166-1 alpha-2 country code')
    .option('--admin1 <NAME>', 'first-level region')
    .option('--type <TYPES>', 'event types, comma-separated')
    .option('--since <DATE>', 'on or after this ISO date')
    .option('--until <DATE>', 'on or before this ISO date')
    .option('--q <TEXT>', 'full-text search')
    .option('--incident <ID>', 'only this incident')
    .option('--limit <N>', 'at most N rows (default all)')
    .action((options: ExportOptions) =>
      withStore(options.db, async (store) => {
        const query = queryOf({ ...options, format: 'jsonl' });
        const limit = options.limit === undefined ? null : Number(options.limit);
        if (options.of === 'incidents' && options.format !== 'acled') await exportIncidents(store, pages((q) => store.listIncidents(q), query, limit), options.format);
        else await exportEvents(store, pages((q) => store.listEvents(q), query, limit), options.format);
      }),
    );
}

async function exportEvents(store: Store, events: AsyncIterable<EventRecord>, format: ExportOptions['format']): Promise<void> {
  const out = process.stdout;
  if (format === 'csv') out.write(`${COLUMNS.events.join(',')}\n`);
  if (format === 'acled') out.write(`${ACLED_COLUMNS.join(',')}\n`);
  if (format === 'geojson') out.write('{"type":"FeatureCollection","features":[');
  let first = true;
  const figuresOf = new Map<string, FigureRecord[]>();
  const sourceOf = new Map<string, string | null>();
  for await (const event of events) {
    if (format === 'csv') out.write(`${csvLine(COLUMNS.events, flatEvent(event, 1000))}\n`);
    else if (format === 'jsonl') out.write(`${JSON.stringify(event)}\n`);
    else if (format === 'geojson') {
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify(feature(event.location, { ...event, location: undefined }))}`);
    } else {
      if (!figuresOf.has(event.document)) {
        figuresOf.clear();
        figuresOf.set(event.document, (await store.listFigures({ document: event.document, limit: 10_000 })).items);
        const doc = await store.getDocument(event.document);
        sourceOf.set(event.document, doc?.outlet ?? doc?.url ?? null);
      }
      out.write(`${csvLine(ACLED_COLUMNS, acledRow(event, figuresOf.get(event.document)!, sourceOf.get(event.document) ?? null))}\n`);
    }
    first = false;
  }
  if (format === 'geojson') out.write('\n]}\n');
}

async function exportIncidents(_store: Store, incidents: AsyncIterable<IncidentRecord>, format: ExportOptions['format']): Promise<void> {
  const out = process.stdout;
  if (format === 'csv') out.write(`${COLUMNS.incidents.join(',')}\n`);
  if (format === 'geojson') out.write('{"type":"FeatureCollection","features":[');
  let first = true;
  for await (const incident of incidents) {
    if (format === 'csv') out.write(`${csvLine(COLUMNS.incidents, flatIncident(incident, 10_000))}\n`);
    else if (format === 'jsonl') out.write(`${JSON.stringify(incidentLine(incident))}\n`);
    else out.write(`${first ? '\n' : ',\n'}${JSON.stringify(feature(incident.location, { ...incidentLine(incident), location: undefined }))}`);
    first = false;
  }
  if (format === 'geojson') out.write('\n]}\n');
}
