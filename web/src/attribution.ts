import type { Source } from './api.js';

/** The attribution chain in one line, origin first: "Interior Ministry → Kazakh media". */
export function chain(sources: readonly Source[]): string {
  return sources.map((s) => s.name).join(' → ');
}

/**
 * The chain spelled out as a sentence: "According to the Interior Ministry (government), relayed
 * by Kazakh media (media)."
 */
export function chainSentence(sources: readonly Source[]): string {
  if (sources.length === 0) return 'No source named in the text.';
  const [origin, ...relays] = sources;
  const part = (s: Source) => `${s.name} (${s.kind})`;
  const relayed = relays.length ? `, relayed by ${relays.map(part).join(', then by ')}` : '';
  return `According to ${part(origin!)}${relayed}.`;
}
