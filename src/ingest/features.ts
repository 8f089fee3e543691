import type { InputDocument, Result } from '../model/index.js';
import { extract } from '../extract/extract.js';
import { minhash } from '../resolve/duplicates.js';
import { observationsOf, type Observation } from '../resolve/observation.js';

/**
 * What the resolver needs of one document, computed beside extraction (stateless, so it runs
 * wherever extraction runs) and kept in the store: the near-duplicate signature and the
 * incident-matching observations (one per event; `duplicateOf` filled in at resolve time).
 */
export interface DocumentFeatures {
  /** MinHash signature (64 unsigned 32-bit values), null for texts too short to tell. */
  minhash: number[] | null;
  observations: Observation[];
}

/** How features are stored: the document's terms once, not once per observation. */
export interface StoredFeatures {
  minhash: number[] | null;
  terms: [string, number][];
  observations: Omit<Observation, 'terms'>[];
}

/**
 * The features of a document and its extraction result, under the id it is stored as, in their
 * stored form (see {@link featuresOf} to read them back).
 * @example documentFeatures('doc-1', { text: '…' }, extract({ text: '…' }))
 */
export function documentFeatures(id: string, doc: InputDocument, result: Result): StoredFeatures {
  const signature = minhash(doc.text);
  const text = doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
  const observations = observationsOf({ ...result, id }, text, null);
  return {
    minhash: signature ? Array.from(signature) : null,
    terms: observations[0]?.terms ?? [],
    observations: observations.map(({ terms: _terms, ...rest }) => rest),
  };
}

/** Reads stored features back (null or malformed: none). */
export function featuresOf(value: unknown): DocumentFeatures {
  const f = value as Partial<StoredFeatures> | null;
  const terms = Array.isArray(f?.terms) ? f.terms : [];
  return {
    minhash: Array.isArray(f?.minhash) ? f.minhash : null,
    observations: Array.isArray(f?.observations) ? f.observations.map((o) => ({ ...o, terms })) : [],
  };
}

/** A stored document's extraction result and its resolve features. */
export interface Extracted {
  result: Result;
  features: StoredFeatures;
}

/**
 * Extracts a stored document (`doc.id` is its store id) and computes its features: the per-document
 * work of ingest, done wherever extraction runs (a pool thread, or the main thread).
 */
export function extractWithFeatures(doc: InputDocument): Extracted {
  const extracted = extract(doc);
  const result = { ...extracted, id: doc.id ?? extracted.id };
  return { result, features: documentFeatures(result.id, doc, result) };
}
