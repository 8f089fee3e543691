import { ingest } from '../api.js';
import { append, clear, h } from '../dom.js';
import { eventTable, failure, figureLine, figuresByEvent } from './common.js';

/**
 * The ingest box (`#/ingest`, JSON twin `POST /api/documents`): paste an article or give a URL,
 * see what was extracted. The text is sent as data and shown back through text nodes only.
 */
export function renderIngest(view: HTMLElement): void {
  clear(view);
  const text = h('textarea', { attrs: { name: 'text', rows: '12', placeholder: 'Paste an article…', 'aria-label': 'Article text' } });
  const url = h('input', { attrs: { name: 'url', type: 'url', placeholder: 'https://… (instead of text)', 'aria-label': 'Article URL' } });
  const title = h('input', { attrs: { name: 'title', type: 'text', placeholder: 'Title (optional)', 'aria-label': 'Title' } });
  const published = h('input', { attrs: { name: 'publishedAt', type: 'date', 'aria-label': 'Publication date' } });
  const result = h('div', { class: 'ingest-result', attrs: { 'aria-live': 'polite' } });
  const button = h('button', { attrs: { type: 'submit' } }, ['Extract and store']);
  const form = h('form', { class: 'ingest' }, [text, h('div', { class: 'row' }, [url, title, published, button])]);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(result);
    button.disabled = true;
    result.append(h('p', { class: 'muted' }, ['Working…']));
    try {
      const request: { text?: string; url?: string; title?: string; publishedAt?: string } = {};
      if (url.value.trim()) request.url = url.value.trim();
      else request.text = text.value;
      if (title.value.trim()) request.title = title.value.trim();
      if (published.value) request.publishedAt = published.value;
      const { data } = await ingest(request);
      clear(result);
      append(result, [
        h('p', {}, [
          data.inserted ? 'Stored as a new report: ' : 'Already stored: ',
          h('a', { href: `#/documents/${encodeURIComponent(data.document.id)}` }, [data.document.title ?? data.document.id]),
          ` · ${data.events.length} events, ${data.figures.length} figures`,
        ]),
        eventTable(data.events, figuresByEvent(data.figures)),
        h('ul', { class: 'figures' }, data.figures.map((f) => h('li', {}, [figureLine(f)]))),
        data.messages.length ? h('ul', { class: 'messages' }, data.messages.map((m) => h('li', {}, [h('code', {}, [m.code]), ' ', m.message]))) : null,
      ]);
    } catch (error) {
      clear(result);
      result.append(failure(error));
    } finally {
      button.disabled = false;
    }
  });
  view.append(h('section', { class: 'panel' }, [h('h2', {}, ['Add a report']), form, result]));
}
