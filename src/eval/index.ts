/** `sitrep eval`: gold formats, pure scorers, the runner and the report formats. */
export * from './gold.js';
export * from './metrics.js';
export * from './normalise.js';
export * from './assign.js';
export * from './predictions.js';
export * from './full.js';
export * from './gva.js';
export * from './case.js';
export * from './incidents.js';
export * from './jsonl.js';
export * from './run.js';
export * from './format.js';
