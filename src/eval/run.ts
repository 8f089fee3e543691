/**
 * `sitrep eval` as a service: reads gold and either documents (extracted here) or predictions,
 * joins them by id, and hands them to the scorer of the kind.
 *
 * 1. read the gold file, validating each line for its kind;
 * 2. get one result per gold id: extract the documents (`--docs`) or read the results (`--pred`);
 *    for `gva-incidents`, read the incidents instead;
 * 3. score, and return the report with every problem met on the way.
 */
import type { InputDocument, Result } from '../model/index.js';
import { extract } from '../extract/extract.js';
import {
  parseCaseGold,
  parseFullGold,
  parseGvaGold,
  type CaseGold,
  type EvalKind,
  type FullGold,
  type GvaGold,
  type Parsed,
} from './gold.js';
import { readJsonl, toInputDocument, type EvalMessage, type JsonLine } from './jsonl.js';
import { toIncident, toResult, type PredictedIncident } from './predictions.js';
import { scoreFull, type FullReport } from './full.js';
import { scoreGva, type GvaReport } from './gva.js';
import { scoreCase, type CaseReport } from './case.js';
import { scoreIncidents, type IncidentsReport } from './incidents.js';

/** The report of any kind of evaluation. */
export type EvalReport = FullReport | GvaReport | CaseReport | IncidentsReport;

/** Where the predictions come from: documents to extract, or a file of results (or incidents). */
export type PredictionSource = { docs: string } | { pred: string };

/** Extracts a list of documents, in order (in-process by default; the CLI may pass a parallel one). */
export type ExtractAll = (docs: InputDocument[]) => Promise<Result[]>;

/** Extracts one document after another in this thread. */
export const extractSequential: ExtractAll = async (docs) => docs.map((d) => extract(d));

/** Reads and validates the gold lines of a kind; invalid lines become `E_GOLD_INVALID` messages. */
export function readGold<T>(path: string, parse: (v: unknown) => Parsed<T>): { gold: T[]; messages: EvalMessage[] } {
  const { lines, messages } = readJsonl(path);
  const gold: T[] = [];
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const { line, value } of lines) {
    const p = parse(value);
    if (!p.ok) {
      messages.push({ code: 'E_GOLD_INVALID', message: `${path}:${line}: ${p.reason}; the line is skipped` });
      continue;
    }
    const id = (p.value as { id: string }).id;
    if (seen.has(id)) repeated.push(`${id} (line ${line})`);
    seen.add(id);
    gold.push(p.value);
  }
  if (repeated.length > 0) {
    messages.push({
      code: 'W_GOLD_DUPLICATE_ID',
      message: `${path}: ${repeated.length} line(s) repeat an id seen before (first: ${repeated[0]}); every line is scored against the same result`,
    });
  }
  return { gold, messages };
}

function byId(lines: JsonLine[], path: string, messages: EvalMessage[], ids: ReadonlySet<string>): Map<string, Result> {
  const results = new Map<string, Result>();
  let outside = 0;
  for (const { line, value } of lines) {
    const r = toResult(value);
    if (!r) {
      messages.push({ code: 'W_PRED_NO_ID', message: `${path}:${line}: a result without "id" cannot be joined to gold; skipped` });
      continue;
    }
    if (!ids.has(r.id)) outside++;
    else if (results.has(r.id)) {
      messages.push({ code: 'W_PRED_DUPLICATE_ID', message: `${path}:${line}: a second result for "${r.id}"; the first is scored` });
    } else results.set(r.id, r);
  }
  if (outside > 0) messages.push({ code: 'W_PRED_NOT_IN_GOLD', message: `${path}: ${outside} result(s) have ids not in the gold file; ignored` });
  if (results.size === 0 && ids.size > 0) {
    messages.push({
      code: 'W_PRED_NO_MATCH',
      message: `${path}: no result has the id of a gold record; is it the output of \`sitrep extract --format jsonl\` on the gold's documents?`,
    });
  }
  return results;
}

async function predictions(
  source: PredictionSource,
  ids: ReadonlySet<string>,
  messages: EvalMessage[],
  extractAll: ExtractAll,
): Promise<Map<string, Result>> {
  if ('pred' in source) {
    const { lines, messages: m } = readJsonl(source.pred);
    messages.push(...m);
    return byId(lines, source.pred, messages, ids);
  }
  const { lines, messages: m } = readJsonl(source.docs);
  messages.push(...m);
  const docs: InputDocument[] = [];
  const taken = new Set<string>();
  for (const { line, value } of lines) {
    const doc = toInputDocument(value);
    if (!doc || !doc.id) {
      messages.push({ code: 'W_DOC_INVALID', message: `${source.docs}:${line}: needs "id" and "text" to be evaluated; skipped` });
      continue;
    }
    if (!ids.has(doc.id) || taken.has(doc.id)) continue;
    taken.add(doc.id);
    docs.push(doc);
  }
  const results = await extractAll(docs);
  const map = new Map<string, Result>();
  docs.forEach((d, i) => map.set(d.id!, { ...results[i]!, id: d.id! }));
  return map;
}

function incidents(path: string, messages: EvalMessage[]): PredictedIncident[] {
  const { lines, messages: m } = readJsonl(path);
  messages.push(...m);
  const out: PredictedIncident[] = [];
  lines.forEach(({ line, value }, i) => {
    const incident = toIncident(value, i);
    if (incident) out.push(incident);
    else messages.push({ code: 'W_INCIDENT_INVALID', message: `${path}:${line}: an incident needs "documents" (a list of ids); skipped` });
  });
  return out;
}

/** Runs one evaluation; `messages` lists what was skipped or doubtful, never fatal. */
export async function runEval(
  kind: EvalKind,
  goldPath: string,
  source: PredictionSource,
  extractAll: ExtractAll = extractSequential,
): Promise<{ report: EvalReport; messages: EvalMessage[] }> {
  if (kind === 'gva-incidents') {
    const { gold, messages } = readGold<GvaGold>(goldPath, parseGvaGold);
    if (!('pred' in source)) throw new Error('gva-incidents needs predicted incidents (--pred)');
    return { report: scoreIncidents(gold, incidents(source.pred, messages)), messages };
  }
  if (kind === 'full') {
    const { gold, messages } = readGold<FullGold>(goldPath, parseFullGold);
    const pred = await predictions(source, new Set(gold.map((g) => g.id)), messages, extractAll);
    return { report: scoreFull(gold, pred), messages };
  }
  if (kind === 'gva') {
    const { gold, messages } = readGold<GvaGold>(goldPath, parseGvaGold);
    const pred = await predictions(source, new Set(gold.map((g) => g.id)), messages, extractAll);
    return { report: scoreGva(gold, pred), messages };
  }
  const { gold, messages } = readGold<CaseGold>(goldPath, parseCaseGold);
  const pred = await predictions(source, new Set(gold.map((g) => g.id)), messages, extractAll);
  return { report: scoreCase(gold, pred), messages };
}
