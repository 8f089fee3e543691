import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/ingest/sources/language.js';

// [text, expected ISO 639-1]
const CASES: [string, string][] = [
  ['Police said three people were killed and several others injured in a shooting on Monday night near the downtown bar.', 'en'],
  ['Die Polizei hat am Montag in der Innenstadt mehrere Demonstranten festgenommen, nachdem es zu Ausschreitungen gekommen war.', 'de'],
  ['Les manifestants se sont rassemblés sur la place centrale de la ville et la police a utilisé des gaz lacrymogènes.', 'fr'],
  ['В Алматы в результате беспорядков погибли десятки человек, сообщили в министерстве внутренних дел в субботу.', 'ru'],
  ['Il presidente del Kazakistan ha dichiarato che l’ordine è stato ristabilito nel paese dopo giorni di proteste violente.', 'it'],
  ['W wyniku protestów w Kazachstanie zginęło 225 osób, a prawie cztery i pół tysiąca zostało rannych, podała prokuratura.', 'pl'],
];

for (const [text, expected] of CASES) {
  test(`detectLanguage → ${expected}`, () => assert.equal(detectLanguage(text), expected));
}

// too little text to tell
for (const text of ['', 'Shots fired.', '12,345 — 678', 'Almaty, Kazakhstan']) {
  test(`detectLanguage(${JSON.stringify(text)}) is und`, () => assert.equal(detectLanguage(text), 'und'));
}
