import type { InputDocument } from '../model/index.js';
import type { PreparedDocument } from '../analyse/analysis.js';

/** Scaffold: replaced by the document-preparation rules (header, byline, repeated paragraphs). */
export function prepareDocument(input: InputDocument): PreparedDocument {
  const text = input.text;
  return {
    id: input.id ?? 'doc',
    text,
    info: {
      title: input.title ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      duplicateOf: null,
    },
    reference: input.publishedAt ?? null,
    paragraphs: [{ start: 0, end: text.length }],
    ignored: [],
    messages: [],
  };
}
