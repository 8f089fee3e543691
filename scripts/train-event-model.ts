/**
 * Trains the event-type model (multinomial naive Bayes over words and word pairs) on the CASE dev
 * snippets, reports k-fold cross-validated weighted F1 for the rules alone, the model alone and
 * the two combined, and writes src/extract/events/model-weights.ts from all the snippets.
 *
 * Usage: npx tsx scripts/train-event-model.ts [--folds 5] [--no-write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EVENT_TYPES, type EventType } from '../src/model/index.js';
import { prepareDocument } from '../src/ingest/prepare.js';
import { splitSentences } from '../src/analyse/sentences.js';
import { documentScores, readDocument } from '../src/extract/events/index.js';
import { NaiveBayes, countFeatures } from '../src/extract/events/naive-bayes.js';
import { MODEL_TEMPERATURE, MODEL_WEIGHT } from '../src/extract/events/model.js';

const DEV = '../shared/eval/dev';
const args = process.argv.slice(2);
const folds = Number(args[args.indexOf('--folds') + 1]) || 5;

const docs = readFileSync(`${DEV}/case.docs.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
const gold = new Map(readFileSync(`${DEV}/case.gold.jsonl`, 'utf8').trim().split('\n').map((l) => {
  const g = JSON.parse(l) as { id: string; label: EventType };
  return [g.id, g.label] as const;
}));
const classes = [...EVENT_TYPES];
const labels = docs.map((d) => classes.indexOf(gold.get(d.id)!));

// The rules' scores of each snippet (no model), and the text the model reads.
const ruleScores: Map<EventType, number>[] = [];
const modelText: string[] = [];
for (const d of docs) {
  const doc = prepareDocument({ id: d.id, text: d.text });
  const reading = readDocument({ doc, sentences: splitSentences(doc), dates: [], places: [] });
  ruleScores.push(reading ? documentScores(reading.title, reading.perSentence, reading.lead, false) : new Map());
  modelText.push(reading ? `${reading.title ?? ''}\n${reading.lead}` : d.text);
}

// A fixed shuffle, so that folds mix the snippets' order.
const order = docs.map((_, i) => i);
let seed = 42;
for (let i = order.length - 1; i > 0; i--) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  const j = seed % (i + 1);
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const foldOf = new Array<number>(docs.length);
order.forEach((docIndex, rank) => (foldOf[docIndex] = rank % folds));

// Held-out model probabilities for every snippet.
const heldOut: (Float64Array | null)[][] = [];
const temperatures = [1, 4, 8, 16];
for (const t of temperatures) heldOut.push(new Array(docs.length).fill(null));
for (let f = 0; f < folds; f++) {
  const train = docs.map((_, i) => i).filter((i) => foldOf[i] !== f);
  const nb = new NaiveBayes(countFeatures(train.map((i) => modelText[i]!), train.map((i) => labels[i]!), classes));
  docs.forEach((_, i) => {
    if (foldOf[i] !== f) return;
    temperatures.forEach((t, ti) => (heldOut[ti]![i] = nb.probabilities(modelText[i]!, t)));
  });
}

function predict(i: number, weight: number, probs: Float64Array | null, rules = true): number {
  let best = -1;
  let bestScore = 0;
  classes.forEach((c, k) => {
    const s = (rules ? ruleScores[i]!.get(c) ?? 0 : 0) + (probs ? weight * probs[k]! : 0);
    if (s > bestScore) [best, bestScore] = [k, s];
  });
  return best;
}

function report(name: string, predicted: number[], perLabel = false): number {
  let weighted = 0;
  let correct = 0;
  const rows: string[] = [];
  classes.forEach((c, k) => {
    const tp = predicted.filter((p, i) => p === k && labels[i] === k).length;
    const fp = predicted.filter((p, i) => p === k && labels[i] !== k).length;
    const support = labels.filter((l) => l === k).length;
    if (support === 0) return;
    const precision = tp / (tp + fp || 1);
    const recall = tp / support;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    weighted += f1 * support;
    correct += tp;
    rows.push(`| ${c} | ${support} | ${precision.toFixed(2)} | ${recall.toFixed(2)} | ${f1.toFixed(2)} |`);
  });
  const wf1 = weighted / labels.length;
  console.log(`${name.padEnd(44)} accuracy ${(correct / labels.length).toFixed(3)}  weighted F1 ${wf1.toFixed(3)}`);
  if (perLabel) console.log(['| label | n | P | R | F1 |', '|---|---|---|---|---|', ...rows].join('\n'));
  return wf1;
}

report('rules only', docs.map((_, i) => predict(i, 0, null)));
temperatures.forEach((t, ti) => report(`model only (T=${t}, ${folds}-fold held out)`, docs.map((_, i) => predict(i, 1, heldOut[ti]![i]!, false))));
let best = { score: 0, weight: 0, t: 0, ti: 0 };
for (const weight of [0.5, 1, 1.5, 2, 3, 4]) {
  temperatures.forEach((t, ti) => {
    const s = report(`rules + ${weight} x model (T=${t}, held out)`, docs.map((_, i) => predict(i, weight, heldOut[ti]![i]!)));
    if (s > best.score) best = { score: s, weight, t, ti };
  });
}
console.log(`\nbest on these folds: weight ${best.weight}, temperature ${best.t}`);
const shipped = temperatures.indexOf(MODEL_TEMPERATURE);
report(`per label, shipped: rules + ${MODEL_WEIGHT} x model (T=${MODEL_TEMPERATURE}, held out)`, docs.map((_, i) => predict(i, MODEL_WEIGHT, heldOut[shipped]![i]!)), true);
report('per label, rules only', docs.map((_, i) => predict(i, 0, null)), true);

if (!args.includes('--no-write')) {
  const counts = countFeatures(modelText, labels, classes);
  const body = `import type { NaiveBayesCounts } from './naive-bayes.js';\n\n/** Generated by scripts/train-event-model.ts from the CASE dev snippets: do not edit. */\nexport const MODEL_COUNTS: NaiveBayesCounts = ${JSON.stringify(counts)};\n`;
  writeFileSync('src/extract/events/model-weights.ts', body);
  console.log(`wrote src/extract/events/model-weights.ts (${Object.keys(counts.counts).length} features, ${(body.length / 1024).toFixed(0)} KB)`);
}
