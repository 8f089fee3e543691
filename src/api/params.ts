import { EVENT_TYPES, FIGURE_KINDS } from '../model/index.js';
import { badParam } from './errors.js';

/**
 * Parameter specifications: one typed table per endpoint drives both validation and the OpenAPI
 * document, so a parameter cannot be accepted without being documented (or the reverse).
 */

/** How a parameter's raw string is read. */
export type ParamType = 'string' | 'integer' | 'date' | 'country' | 'list';

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  /** For `list` and `string`: the accepted values. */
  values?: readonly string[];
  /** For `integer`: inclusive bounds. */
  min?: number;
  max?: number;
  default?: number | string;
  /** Longest accepted string (default 500). */
  maxLength?: number;
}

/** The values of validated parameters, by name. */
export type Params = Record<string, string | number | string[] | undefined>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Pagination: every list has it. */
export const PAGE_PARAMS: readonly ParamSpec[] = [
  { name: 'limit', type: 'integer', min: 1, max: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Items per page (1–${MAX_LIMIT}).` },
  { name: 'offset', type: 'integer', min: 0, max: 10_000_000, default: 0, description: 'Items to skip.' },
];

/** The filters shared by lists of events, figures, incidents and documents. */
export const FILTER_PARAMS: readonly ParamSpec[] = [
  { name: 'type', type: 'list', values: EVENT_TYPES, description: 'Event types, comma-separated (e.g. `ARREST,VIOL_DEMONSTR`).' },
  { name: 'country', type: 'country', description: 'ISO 3166-1 alpha-2 country code (e.g. `KZ`).' },
  { name: 'admin1', type: 'string', maxLength: 200, description: 'First-level region name as in GeoNames (e.g. `Almaty`).' },
  { name: 'since', type: 'date', description: 'Events on or after this day (`YYYY-MM-DD`).' },
  { name: 'until', type: 'date', description: 'Events on or before this day (`YYYY-MM-DD`).' },
  { name: 'q', type: 'string', maxLength: 500, description: 'Full-text search over document text and evidence.' },
  { name: 'incident', type: 'string', maxLength: 200, description: 'Only what belongs to this incident id.' },
  { name: 'document', type: 'string', maxLength: 2000, description: 'Only what comes from this document id.' },
];

/** Figure kinds, for the figure list. */
export const KIND_PARAM: ParamSpec = {
  name: 'kind',
  type: 'list',
  values: FIGURE_KINDS,
  description: 'Figure kinds, comma-separated (e.g. `killed,injured`).',
};

/** A `sort` parameter accepting `field` or `-field` for each of `fields`. */
export function sortParam(fields: readonly string[], fallback: string): ParamSpec {
  return {
    name: 'sort',
    type: 'string',
    values: fields.flatMap((f) => [f, `-${f}`]),
    default: fallback,
    description: `Sort field, \`-\` in front for descending: ${fields.map((f) => `\`${f}\``).join(', ')}.`,
  };
}

/**
 * Validates the query string against `specs`: unknown names, repeated scalars, malformed values
 * and out-of-range numbers each become a 400 with the parameter named and a hint. Defaults fill
 * the gaps.
 * @example parseParams(new URLSearchParams('limit=5'), PAGE_PARAMS) // { limit: 5, offset: 0 }
 */
export function parseParams(search: URLSearchParams, specs: readonly ParamSpec[]): Params {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const out: Params = {};
  for (const name of new Set(search.keys())) {
    const spec = byName.get(name);
    if (!spec) {
      const known = specs.map((s) => s.name).join(', ') || 'none';
      throw badParam(name, `Unknown parameter "${name}".`, `This endpoint accepts: ${known}.`, 'E_PARAM_UNKNOWN');
    }
    const raw = search.getAll(name);
    if (spec.type !== 'list' && raw.length > 1) {
      throw badParam(name, `"${name}" was given ${raw.length} times.`, `Give "${name}" once.`);
    }
    out[name] = readValue(spec, raw);
  }
  for (const spec of specs) {
    if (out[spec.name] === undefined && spec.default !== undefined) out[spec.name] = spec.default;
  }
  const since = out.since, until = out.until;
  if (typeof since === 'string' && typeof until === 'string' && since > until) {
    throw badParam('until', `"until" (${until}) is before "since" (${since}).`, 'Give a range whose start is on or before its end.');
  }
  return out;
}

function readValue(spec: ParamSpec, raw: string[]): string | number | string[] {
  const name = spec.name;
  const first = raw[0]!.trim();
  switch (spec.type) {
    case 'integer': {
      if (!/^\d+$/.test(first)) {
        throw badParam(name, `"${name}" must be a whole number; found "${clip(first)}".`, `Give ${describeRange(spec)}.`);
      }
      const value = Number(first);
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        throw badParam(name, `"${name}" is ${value}, outside the accepted range.`, `Give ${describeRange(spec)}.`);
      }
      return value;
    }
    case 'date': {
      if (!ISO_DATE.test(first) || Number.isNaN(Date.parse(`${first}T00:00:00Z`))) {
        throw badParam(name, `"${name}" must be a day as YYYY-MM-DD; found "${clip(first)}".`, `For example ${name}=2022-01-05.`);
      }
      return first;
    }
    case 'country': {
      const code = first.toUpperCase();
      if (!COUNTRY.test(code)) {
        throw badParam(name, `"${name}" must be an ISO 3166-1 alpha-2 code; found "${clip(first)}".`, 'Use two letters, e.g. country=KZ.');
      }
      return code;
    }
    case 'list': {
      const items = raw.flatMap((r) => r.split(',')).map((s) => s.trim()).filter((s) => s !== '');
      if (items.length === 0) throw badParam(name, `"${name}" is empty.`, `Give at least one value or leave "${name}" out.`);
      const wrong = spec.values ? items.filter((i) => !spec.values!.includes(i)) : [];
      if (wrong.length > 0) {
        throw badParam(name, `Unknown ${name}: ${wrong.map((w) => `"${clip(w)}"`).join(', ')}.`, `Accepted: ${spec.values!.join(', ')}.`);
      }
      return [...new Set(items)];
    }
    case 'string': {
      if (first === '') throw badParam(name, `"${name}" is empty.`, `Give a value or leave "${name}" out.`);
      const max = spec.maxLength ?? 500;
      if (first.length > max) throw badParam(name, `"${name}" is ${first.length} characters long; the limit is ${max}.`, 'Shorten it.');
      if (spec.values && !spec.values.includes(first)) {
        throw badParam(name, `"${name}" cannot be "${clip(first)}".`, `Accepted: ${spec.values.join(', ')}.`);
      }
      return first;
    }
  }
}

function describeRange(spec: ParamSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return `a whole number from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `a whole number of at least ${spec.min}`;
  return 'a whole number';
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
