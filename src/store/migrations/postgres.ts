import { countTablesSql } from '../counts.js';
import { backfillPlaces } from '../places.js';
import type { Migration } from './index.js';

/**
 * The PostgreSQL schema: the same tables and columns as SQLite's, with `tsvector` columns and GIN
 * indexes in place of FTS5 tables.
 */
export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, events, figures, incidents, full-text search',
    sql: `
CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT, url TEXT, outlet TEXT, published_at TEXT, language TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  resolved INTEGER NOT NULL DEFAULT 0,
  duplicate_of TEXT,
  signature TEXT,
  messages TEXT NOT NULL DEFAULT '[]',
  event_count INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT, claimed_at BIGINT,
  ingested_at TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX documents_status ON documents (status, seq);
CREATE INDEX documents_unresolved ON documents (resolved, status, seq);
CREATE INDEX documents_published ON documents (published_at);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE TABLE events (
  seq BIGSERIAL PRIMARY KEY,
  document TEXT NOT NULL, id TEXT NOT NULL, ord INTEGER NOT NULL,
  type TEXT NOT NULL, subtype TEXT,
  day TEXT, day_end TEXT,
  country TEXT, admin1 TEXT, confidence DOUBLE PRECISION,
  incident TEXT,
  data TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED,
  UNIQUE (document, id)
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_type ON events (type, day);
CREATE INDEX events_country ON events (country, day);
CREATE INDEX events_incident ON events (incident);
CREATE INDEX events_tsv ON events USING GIN (tsv);
CREATE TABLE figures (
  seq BIGSERIAL PRIMARY KEY,
  document TEXT NOT NULL, id TEXT NOT NULL, event TEXT,
  kind TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, day TEXT, country TEXT,
  data TEXT NOT NULL,
  UNIQUE (document, id)
);
CREATE INDEX figures_kind ON figures (kind, day);
CREATE INDEX figures_event ON figures (document, event);
CREATE TABLE incidents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, subtype TEXT,
  day TEXT, day_end TEXT, country TEXT, admin1 TEXT,
  title TEXT,
  location TEXT, date TEXT, figures TEXT NOT NULL DEFAULT '{}', state TEXT,
  document_count INTEGER NOT NULL DEFAULT 0,
  source_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incidents_day ON incidents (day);
CREATE INDEX incidents_type ON incidents (type, day);
CREATE TABLE members (
  seq BIGSERIAL PRIMARY KEY,
  incident TEXT NOT NULL, document TEXT NOT NULL, event TEXT NOT NULL DEFAULT '', main INTEGER NOT NULL DEFAULT 0,
  UNIQUE (document, event)
);
CREATE INDEX members_incident ON members (incident);
CREATE TABLE merges (
  seq BIGSERIAL PRIMARY KEY,
  incident TEXT NOT NULL, document TEXT, event TEXT,
  kind TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX merges_incident ON merges (incident);
CREATE TABLE corrections (
  seq BIGSERIAL PRIMARY KEY,
  data TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO meta (key, value) VALUES ('resolve_version', 0);
`,
  },
  {
    version: 2,
    name: 'aliases (other ingest ids of the same content), stale incidents',
    sql: `
CREATE TABLE aliases (id TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE INDEX aliases_document ON aliases (document);
ALTER TABLE incidents ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    version: 3,
    name: 'indexes for the list endpoints: figures by day, date ranges, incidents by size and place',
    sql: `
UPDATE events SET day_end = day WHERE day_end IS NULL AND day IS NOT NULL;
UPDATE incidents SET day_end = day WHERE day_end IS NULL AND day IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_day_end ON events (day_end, day);
CREATE INDEX IF NOT EXISTS figures_day ON figures (day);
CREATE INDEX IF NOT EXISTS figures_country ON figures (country, day);
CREATE INDEX IF NOT EXISTS figures_value ON figures (value);
CREATE INDEX IF NOT EXISTS incidents_documents ON incidents (document_count);
CREATE INDEX IF NOT EXISTS incidents_sources ON incidents (source_count);
CREATE INDEX IF NOT EXISTS incidents_country ON incidents (country, day);
CREATE INDEX IF NOT EXISTS incidents_day_end ON incidents (day_end, day);
CREATE INDEX IF NOT EXISTS documents_published_day ON documents (substr(published_at, 1, 10));
ALTER TABLE incidents ADD COLUMN figure_summary TEXT;
UPDATE incidents SET figure_summary = (
  SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('low', value->'low', 'best', value->'best', 'high', value->'high',
    'contradiction', coalesce(value->'contradiction', 'false'::jsonb), 'sources', value->'sources',
    'reports', coalesce(jsonb_array_length(value->'history'), 0))), '{}'::jsonb)::text
  FROM jsonb_each(figures::jsonb));
`,
  },
  {
    version: 4,
    name: 'covering indexes for stats and filtered pages (type, day, country with the date range)',
    sql: `
CREATE INDEX IF NOT EXISTS events_type_range ON events (type, day_end, day);
CREATE INDEX IF NOT EXISTS events_day_type ON events (day, type, day_end);
CREATE INDEX IF NOT EXISTS events_country_range ON events (country, day, day_end);
`,
  },
  {
    version: 5,
    name: 'per-day event counts for stats, event places for the map, the document seq of events, indexes for text search and document filters',
    sql: `
${countTablesSql('')}
ALTER TABLE events ADD COLUMN place TEXT;
ALTER TABLE events ADD COLUMN doc_seq BIGINT;
UPDATE events e SET doc_seq = d.seq FROM documents d WHERE d.id = e.document;
CREATE INDEX events_place ON events (place, type, country, day, day_end);
CREATE INDEX events_doc_seq ON events (doc_seq, type, country, day, day_end, place);
DROP INDEX events_type_range;
CREATE INDEX events_type_range ON events (type, day_end, day, doc_seq, document, id);
DROP INDEX events_country_range;
CREATE INDEX events_country_range ON events (country, day, day_end, doc_seq, place);
DROP INDEX figures_day;
CREATE INDEX figures_day ON figures (day, seq, document);
DROP INDEX events_day;
CREATE INDEX events_day ON events (day, seq, doc_seq);
CREATE INDEX members_document_incident ON members (document, incident);
`,
    backfill: backfillPlaces,
  },
  {
    version: 6,
    name: 'the document seq in the (day, type) index: stats of a common text search walk it, testing each entry against the matching documents',
    sql: `
DROP INDEX events_day_type;
CREATE INDEX events_day_type ON events (day, type, day_end, doc_seq);
`,
  },
  {
    version: 7,
    name: 'integer keys for text search: the document and incident seq of members, the document seq of figures and in the places index; narrow indexes in ingest order',
    sql: `
ALTER TABLE members ADD COLUMN doc_seq BIGINT;
ALTER TABLE members ADD COLUMN inc_seq BIGINT;
UPDATE members m SET doc_seq = d.seq FROM documents d WHERE d.id = m.document;
UPDATE members m SET inc_seq = i.seq FROM incidents i WHERE i.id = m.incident;
CREATE INDEX members_doc_seq ON members (doc_seq, inc_seq);
CREATE INDEX members_inc_seq ON members (inc_seq, doc_seq);
ALTER TABLE figures ADD COLUMN doc_seq BIGINT;
UPDATE figures f SET doc_seq = d.seq FROM documents d WHERE d.id = f.document;
CREATE INDEX figures_doc_seq ON figures (doc_seq);
DROP INDEX figures_day;
CREATE INDEX figures_day ON figures (day, seq, doc_seq);
DROP INDEX events_place;
CREATE INDEX events_place ON events (place, type, country, day, day_end, doc_seq);
CREATE INDEX documents_seq ON documents (seq);
CREATE INDEX events_seq ON events (seq, doc_seq);
CREATE INDEX incidents_seq ON incidents (seq);
`,
  },
  {
    version: 8,
    name: 'no evidence full-text index: written on every save, never read (a text search matches the document text, which holds the evidence)',
    sql: `
ALTER TABLE events DROP COLUMN tsv;
ALTER TABLE events DROP COLUMN evidence;
`,
  },
];
