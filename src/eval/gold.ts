/**
 * Gold record formats of `sitrep eval` (see docs/eval.md) and their validation. A record that does
 * not have the shape its kind needs is reported, not thrown: the evaluation goes on without it.
 */

/** A gold figure of a `full` record: kind and value, with acceptable origins, chain and place. */
export interface GoldFigure {
  kind: string;
  value: number;
  country?: string;
  admin1?: string;
  city?: string;
  /** Acceptable names for the figure's origin (`attribution[0].name`). */
  origin?: string[];
  /** The whole attribution chain, origin first. */
  chain?: string[];
  note?: string;
}

/** A figure that is neither rewarded nor penalised when predicted (a vague or off-topic number). */
export interface OptionalFigure {
  kinds: string[];
  value?: number;
  /** Words its evidence contains, for figures without a fixed value ("hundreds"). */
  text?: string;
  note?: string;
}

/** A gold event of a `full` record; `type` lists the acceptable codes. */
export interface GoldEvent {
  type: string[];
  subtype?: string;
  country?: string;
  /** Other countries accepted for an event between states. */
  alsoCountry?: string[];
  admin1?: string;
  /** One city name or a list of acceptable ones. */
  city?: string | string[];
  date?: string;
  /** Days `date.start` may differ from `date` (default 0). */
  dateTolerance?: number;
  end?: string;
  note?: string;
}

/** One document's full gold: figures, events and document metadata. */
export interface FullGold {
  id: string;
  document?: { title?: string | null; publishedAt?: string | null; language?: string | null };
  figures: GoldFigure[];
  optionalFigures: OptionalFigure[];
  events: GoldEvent[];
  optionalEvents: GoldEvent[];
}

/** The Gun Violence Archive's record of the incident one article reports. */
export interface GvaGold {
  id: string;
  /** The incident the article reports (articles with the same one are clustered together); null if not given. */
  incident: string | null;
  killed: number;
  injured: number;
  arrested?: number | null;
  date: string | null;
  country?: string | null;
  admin1: string | null;
  city: string | null;
}

/** An event-type label for one snippet. */
export interface CaseGold {
  id: string;
  label: string;
}

/** The kinds of evaluation `sitrep eval` knows. */
export const EVAL_KINDS = ['full', 'gva', 'case', 'gva-incidents'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** What a gold line parses to: the record or why it was rejected. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const optStr = (v: unknown): boolean => v === undefined || v === null || isStr(v);

function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

/** Reads a gold `id`: a string, or a number taken as its decimal string. */
function idOf(o: Obj): string | null {
  if (isStr(o.id) && o.id !== '') return o.id;
  if (isNum(o.id)) return String(o.id);
  return null;
}

function parseGoldFigure(v: unknown, where: string): Parsed<GoldFigure> {
  if (!isObj(v) || !isStr(v.kind) || !isNum(v.value)) return fail(`${where} needs "kind" (string) and "value" (number)`);
  if (v.origin !== undefined && !isStrList(v.origin)) return fail(`${where}.origin must be a list of names`);
  if (v.chain !== undefined && !isStrList(v.chain)) return fail(`${where}.chain must be a list of names`);
  if (!optStr(v.country) || !optStr(v.admin1) || !optStr(v.city)) return fail(`${where}: country, admin1, city must be strings`);
  return { ok: true, value: v as unknown as GoldFigure };
}

function parseOptionalFigure(v: unknown, where: string): Parsed<OptionalFigure> {
  if (!isObj(v) || !isStrList(v.kinds)) return fail(`${where} needs "kinds" (a list of figure kinds)`);
  if (v.value !== undefined && !isNum(v.value)) return fail(`${where}.value must be a number`);
  if (!optStr(v.text)) return fail(`${where}.text must be a string`);
  return { ok: true, value: v as unknown as OptionalFigure };
}

function parseGoldEvent(v: unknown, where: string): Parsed<GoldEvent> {
  if (!isObj(v)) return fail(`${where} must be an object`);
  const type = isStr(v.type) ? [v.type] : v.type;
  if (!isStrList(type) || type.length === 0) return fail(`${where} needs "type" (a list of event codes)`);
  if (v.alsoCountry !== undefined && !isStrList(v.alsoCountry)) return fail(`${where}.alsoCountry must be a list of codes`);
  if (v.city !== undefined && !isStr(v.city) && !isStrList(v.city)) return fail(`${where}.city must be a name or a list of names`);
  if (!optStr(v.subtype) || !optStr(v.country) || !optStr(v.admin1) || !optStr(v.date) || !optStr(v.end)) {
    return fail(`${where}: subtype, country, admin1, date, end must be strings`);
  }
  if (v.dateTolerance !== undefined && !isNum(v.dateTolerance)) return fail(`${where}.dateTolerance must be a number of days`);
  return { ok: true, value: { ...(v as unknown as GoldEvent), type } };
}

function parseList<T>(v: unknown, name: string, parse: (x: unknown, where: string) => Parsed<T>): Parsed<T[]> {
  if (v === undefined || v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return fail(`"${name}" must be a list`);
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const p = parse(v[i], `${name}[${i}]`);
    if (!p.ok) return p;
    out.push(p.value);
  }
  return { ok: true, value: out };
}

/** Validates one line of a `full` gold file. */
export function parseFullGold(v: unknown): Parsed<FullGold> {
  if (!isObj(v)) return fail('expected a JSON object');
  const id = idOf(v);
  if (id === null) return fail('needs "id"');
  const figures = parseList(v.figures, 'figures', parseGoldFigure);
  if (!figures.ok) return figures;
  const optionalFigures = parseList(v.optionalFigures, 'optionalFigures', parseOptionalFigure);
  if (!optionalFigures.ok) return optionalFigures;
  const events = parseList(v.events, 'events', parseGoldEvent);
  if (!events.ok) return events;
  const optionalEvents = parseList(v.optionalEvents, 'optionalEvents', parseGoldEvent);
  if (!optionalEvents.ok) return optionalEvents;
  if (v.document !== undefined && v.document !== null && !isObj(v.document)) return fail('"document" must be an object');
  const document = isObj(v.document) ? (v.document as FullGold['document']) : undefined;
  return {
    ok: true,
    value: {
      id,
      ...(document ? { document } : {}),
      figures: figures.value,
      optionalFigures: optionalFigures.value,
      events: events.value,
      optionalEvents: optionalEvents.value,
    },
  };
}

/** Validates one line of a `gva` gold file (also the gold of `gva-incidents`). */
export function parseGvaGold(v: unknown): Parsed<GvaGold> {
  if (!isObj(v)) return fail('expected a JSON object');
  const id = idOf(v);
  if (id === null) return fail('needs "id"');
  if (!isNum(v.killed) || !isNum(v.injured)) return fail('needs "killed" and "injured" (numbers)');
  const incident = isStr(v.incident) ? v.incident : isNum(v.incident) ? String(v.incident) : null;
  if (!optStr(v.date) || !optStr(v.admin1) || !optStr(v.city) || !optStr(v.country)) {
    return fail('date, country, admin1, city must be strings or null');
  }
  return {
    ok: true,
    value: {
      id,
      incident,
      killed: v.killed,
      injured: v.injured,
      arrested: isNum(v.arrested) ? v.arrested : null,
      date: (v.date as string | null | undefined) ?? null,
      country: (v.country as string | null | undefined) ?? null,
      admin1: (v.admin1 as string | null | undefined) ?? null,
      city: (v.city as string | null | undefined) ?? null,
    },
  };
}

/** Validates one line of a `case` gold file. */
export function parseCaseGold(v: unknown): Parsed<CaseGold> {
  if (!isObj(v)) return fail('expected a JSON object');
  const id = idOf(v);
  if (id === null) return fail('needs "id"');
  if (!isStr(v.label) || v.label === '') return fail('needs "label" (an event code)');
  return { ok: true, value: { id, label: v.label } };
}
