import type { DocumentRecord, EventRecord, FigureRecord } from '../api.js';
import { eventPath, eventRoute, get } from '../api.js';
import { activate, renderArticle, type Mark } from '../article.js';
import { chainSentence } from '../attribution.js';
import { clear, externalLink, h } from '../dom.js';
import { dateText, figureLine, placeName, typeBadge } from './common.js';

interface EventView {
  event: EventRecord | null;
  document: DocumentRecord;
  events: EventRecord[];
  figures: FigureRecord[];
}

/**
 * The evidence view of an event (`#/events/{document}/{event}`, JSON twin
 * `/api/events/{document}/{event}`) or of a whole document (`#/documents/{id}`): the fields on
 * the left, each a button that highlights its evidence in the article text on the right, and
 * each figure's attribution chain spelled out. `?figure=f2` opens with that figure selected.
 */
export async function renderEvent(view: HTMLElement, documentId: string, eventId: string | null, selected: string | null): Promise<void> {
  const body = eventId
    ? (await get<{ data: EventView }>(eventPath(documentId, eventId))).data
    : { event: null, ...(await get<{ data: Omit<EventView, 'event'> }>(`/api/documents/${encodeURIComponent(documentId)}`)).data };
  const { event, document: doc } = body;
  const figures = event ? body.figures.filter((f) => f.event === event.id || event.figures.includes(f.id)) : body.figures;
  const others = body.figures.filter((f) => !figures.includes(f));

  const marks: Mark[] = [];
  const events = event ? [event] : body.events;
  for (const e of events) for (const ev of e.evidence) marks.push({ ...ev, key: `event:${e.id}` });
  for (const f of body.figures) for (const ev of f.evidence) marks.push({ ...ev, key: `figure:${f.id}` });
  const article = renderArticle(doc.text ?? '', marks);

  const select = (key: string) => {
    for (const b of view.querySelectorAll<HTMLElement>('[data-key]')) b.classList.toggle('selected', b.dataset.key === key);
    activate(article, key);
  };
  const fieldButton = (key: string, label: HTMLElement | string, detail?: string) =>
    h('li', {}, [h('button', { class: 'field', dataset: { key }, onClick: () => select(key) }, [label]), detail ? h('p', { class: 'chain' }, [detail]) : null]);

  clear(view);
  const fields = h('ul', { class: 'fields' });
  for (const e of events) {
    fields.append(
      fieldButton(`event:${e.id}`, h('span', {}, [typeBadge(e.type), ` ${e.subtype ? `${e.subtype} · ` : ''}${dateText(e.date)} · ${placeName(e.location)}`]), e.actors.map((a) => `${a.role}: ${a.name} (${a.kind})`).join('; ')),
    );
  }
  const figureList = h('ul', { class: 'fields figures' }, figures.map((f) => fieldButton(`figure:${f.id}`, figureLine(f), chainSentence(f.attribution))));
  const otherList = others.length ? h('ul', { class: 'fields figures' }, others.map((f) => fieldButton(`figure:${f.id}`, figureLine(f), chainSentence(f.attribution)))) : null;
  const siblings = event && body.events.length > 1 ? h('p', { class: 'muted' }, ['Other events in this report: ', ...body.events.filter((e) => e.id !== event.id).flatMap((e, i) => [i ? ', ' : '', h('a', { href: eventRoute(doc.id, e.id) }, [e.type])])]) : null;

  view.append(
    h('section', { class: 'event-view' }, [
      h('aside', { class: 'panel' }, [
        h('h2', {}, [event ? 'Event' : 'Events']),
        fields,
        h('h3', {}, ['Figures']),
        figures.length ? figureList : h('p', { class: 'muted' }, ['No figure for this event.']),
        otherList ? h('h3', {}, ['Other figures in the report']) : null,
        otherList,
        siblings,
        h('p', { class: 'muted' }, ['Click a field to see the words it was read from.']),
      ]),
      h('article', { class: 'panel' }, [
        h('h2', {}, [doc.title ?? 'Untitled report']),
        h('p', { class: 'meta' }, [
          doc.publishedAt ? `Published ${doc.publishedAt}` : 'Publication date unknown',
          doc.outlet ? ` · ${doc.outlet}` : '',
          doc.url ? ' · ' : '',
          doc.url ? externalLink(doc.url, 'source') : null,
          doc.duplicateOf ? ` · near-duplicate of ${doc.duplicateOf}` : '',
        ]),
        article,
      ]),
    ]),
  );
  const first = selected ? `figure:${selected}` : event ? `event:${event.id}` : null;
  if (first) select(first);
}
