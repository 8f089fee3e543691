import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolution, ResolveInput, ResolveStep, Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/store.js';
import { event, figure, maxSummarizer, newDoc, result } from './fixtures.js';

/** How a suite run gets a fresh, empty store and gives it back. */
export interface StoreHarness {
  open(): Promise<Store>;
  cleanup(store: Store): Promise<void>;
}

const T1 = 'Police detained 3,811 people in Almaty on Wednesday, the Interior Ministry said. 26 people were killed.';
const T2 = 'Protesters gathered in Aktobe on Tuesday. Police fired tear gas at the crowd.';
const T3 = 'Officials said 164 people were killed in the unrest in Almaty, up from 26.';

/** The one store suite: every test runs against SQLite and PostgreSQL alike. */
export function storeSuite(name: string, harness: StoreHarness): void {
  describe(`store suite: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await harness.open();
    });
    after(async () => {
      await harness.cleanup(store);
    });

    it('adds a document once per content hash, keeping the id given at ingest', async () => {
      const first = await store.addDocument(newDoc('kz-1', T1));
      const again = await store.addDocument(newDoc('kz-1-copy', T1));
      assert.deepEqual(first, { id: 'kz-1', inserted: true });
      assert.deepEqual(again, { id: 'kz-1', inserted: false });
      const clash = await store.addDocument(newDoc('kz-1', `${T1} Updated.`));
      assert.equal(clash.inserted, true);
      assert.match(clash.id, /^kz-1#[0-9a-f]{12}$/);
      const batch = await store.addDocuments([newDoc('kz-2', T2, '2022-01-04'), newDoc('kz-3', T3, '2022-01-09'), newDoc('kz-2b', T2)]);
      assert.deepEqual(batch.map((b) => [b.id, b.inserted]), [['kz-2', true], ['kz-3', true], ['kz-2', false]]);
      const doc = await store.getDocument('kz-1');
      assert.equal(doc?.text, T1);
      assert.deepEqual(doc?.aliases, ['kz-1-copy']);
      assert.equal((await store.getDocument('kz-1-copy'))?.id, 'kz-1');
      assert.equal(doc?.status, 'pending');
      assert.equal((await store.listDocuments({})).total, 4);
    });

    it('hands each pending document to one worker, in ingest order, and takes back stale claims', async () => {
      const a = await store.claimPending(2, 'worker-a');
      const b = await store.claimPending(10, 'worker-b');
      assert.deepEqual(a.map((d) => d.id), ['kz-1', a[1]!.id]);
      const all = [...a, ...b].map((d) => d.id).sort();
      assert.equal(new Set(all).size, 4);
      assert.deepEqual(await store.claimPending(10, 'worker-c'), []);
      const stale = await store.claimPending(10, 'worker-c', -1);
      assert.equal(stale.length, 4);
      assert.equal((await store.progress()).processing, 4);
      assert.equal(await store.releaseClaims(), 4);
      assert.equal((await store.progress()).pending, 4);
    });

    it('saves a result with its events and figures, and replaces it on a second save', async () => {
      const e1 = event('e1', 'ARREST', T1, 'Police detained 3,811 people');
      const e2 = event('e2', 'ATTACK', T1, '26 people were killed', { date: null, location: null });
      const f1 = figure('f1', 'e1', 'detained', 3811, T1, 'detained 3,811 people');
      const f2 = figure('f2', 'e2', 'killed', 26, T1, '26 people were killed');
      await store.saveResult('kz-1', result('kz-1', [e1, e2], [f1, f2]), { features: [1, 2, 3] });
      await store.saveResults([{ documentId: 'kz-1', result: result('kz-1', [e1, e2], [f1, f2]), extra: { features: [1, 2, 3] } }]);
      const doc = await store.getDocument('kz-1');
      assert.equal(doc?.status, 'done');
      assert.equal(doc?.events, 2);
      assert.equal(doc?.language, 'en');
      const events = await store.listEvents({ document: 'kz-1' });
      assert.equal(events.total, 2);
      assert.deepEqual(events.items.map((e) => [e.id, e.type, e.document, e.reportedAt]), [
        ['e1', 'ARREST', 'kz-1', '2022-01-08'],
        ['e2', 'ATTACK', 'kz-1', '2022-01-08'],
      ]);
      assert.deepEqual(events.items[0]!.evidence, e1.evidence);
      assert.deepEqual(await store.getEvent('kz-1', 'e1'), { ...e1, document: 'kz-1', incident: null, reportedAt: '2022-01-08' });
      assert.equal(await store.getEvent('kz-1', 'e9'), null);
      const figures = await store.listFigures({ document: 'kz-1' });
      assert.deepEqual(figures.items.map((f) => [f.id, f.kind, f.value]), [['f1', 'detained', 3811], ['f2', 'killed', 26]]);
    });

    it('writes nothing of a result that fails half-way', async () => {
      const e = event('e1', 'PEACE_PROTEST', T2, 'Protesters gathered in Aktobe');
      const bad = result('kz-2', [e, { ...e }], []);
      await assert.rejects(store.saveResult('kz-2', bad));
      await assert.rejects(store.saveResults([{ documentId: 'kz-2', result: result('kz-2', [e], []) }, { documentId: 'kz-2', result: bad }]));
      assert.equal((await store.listEvents({ document: 'kz-2' })).total, 0);
      assert.equal((await store.getDocument('kz-2'))?.status, 'pending');
      await store.saveResult('kz-2', result('kz-2', [event('e1', 'PEACE_PROTEST', T2, 'Protesters gathered in Aktobe', {
        date: { start: '2022-01-04', end: '2022-01-04', precision: 'day' },
        location: { name: 'Aktobe', country: 'KZ', admin1: 'Aktobe', city: 'Aktobe', lat: null, lon: null, geonameId: null, precision: 'city' },
      })], [], '2022-01-04'));
    });

    it('filters events by type, country, place, dates and full text, with pages and sorts', async () => {
      assert.deepEqual((await store.listEvents({ type: ['ARREST', 'PEACE_PROTEST'] })).items.map((e) => e.id + '@' + e.document), ['e1@kz-1', 'e1@kz-2']);
      assert.equal((await store.listEvents({ country: 'kz' })).total, 2);
      assert.equal((await store.listEvents({ admin1: 'Aktobe' })).total, 1);
      assert.equal((await store.listEvents({ since: '2022-01-05' })).total, 2);
      assert.deepEqual((await store.listEvents({ until: '2022-01-04' })).items.map((e) => e.document), ['kz-2']);
      assert.deepEqual((await store.listEvents({ q: 'tear gas' })).items.map((e) => e.document), ['kz-2']);
      assert.deepEqual((await store.listEvents({ q: 'detained' })).items.map((e) => e.document), ['kz-1', 'kz-1']);
      assert.equal((await store.listEvents({ q: 'nothing-like-this' })).total, 0);
      const page = await store.listEvents({ limit: 1, offset: 1 });
      assert.deepEqual([page.total, page.limit, page.offset, page.items.length], [3, 1, 1, 1]);
      assert.deepEqual((await store.listEvents({ sort: '-date' })).items.map((e) => e.document + '/' + e.id), ['kz-1/e2', 'kz-1/e1', 'kz-2/e1']);
      assert.deepEqual((await store.listEvents({ sort: 'date' })).items.map((e) => e.document + '/' + e.id), ['kz-2/e1', 'kz-1/e1', 'kz-1/e2']);
    });

    it('filters documents and figures', async () => {
      assert.deepEqual((await store.listDocuments({ status: 'done' })).items.map((d) => d.id), ['kz-1', 'kz-2']);
      assert.deepEqual((await store.listDocuments({ q: 'Aktobe' })).items.map((d) => d.id), ['kz-2']);
      assert.deepEqual((await store.listDocuments({ type: ['ARREST'] })).items.map((d) => d.id), ['kz-1']);
      assert.deepEqual((await store.listDocuments({ since: '2022-01-09' })).items.map((d) => d.id), ['kz-3']);
      assert.equal((await store.listDocuments({ limit: 1 })).items[0]!.text, undefined);
      assert.equal((await store.listDocuments({ limit: 1, text: true })).items[0]!.text, T1);
      assert.deepEqual((await store.listFigures({ kind: ['killed'] })).items.map((f) => f.value), [26]);
      assert.equal((await store.listFigures({ country: 'KZ' })).total, 1);
      // a text search finds figures by their document's seq, in lists and in stats
      assert.deepEqual((await store.listFigures({ q: 'Interior Ministry' })).items.map((f) => [f.document, f.value]), [['kz-1', 3811], ['kz-1', 26]]);
      assert.equal((await store.stats({ q: 'Interior Ministry' })).figures, 2);
      assert.equal((await store.listFigures({ q: 'Aktobe' })).total, 0);
    });

    it('resolves: duplicates, incidents with figure histories, independent sources, version checks', async () => {
      const e3 = event('e1', 'ATTACK', T3, '164 people were killed');
      await store.saveResult('kz-3', result('kz-3', [e3], [figure('f1', 'e1', 'killed', 164, T3, '164 people were killed')], '2022-01-09'));
      const pending = await store.pendingResolution(10);
      assert.deepEqual(pending.map((p) => p.id), ['kz-1', 'kz-2', 'kz-3']);
      assert.deepEqual(pending[0]!.features, [1, 2, 3]);
      assert.equal(pending[0]!.events.length, 2);
      assert.equal(pending[0]!.figures.length, 2);
      const version = await store.resolveVersion();
      const summary = { type: 'ATTACK', subtype: null, location: e3.location, date: e3.date, title: 'Unrest in Almaty', state: { n: 2 } };
      const ok = await store.saveResolution(
        {
          documents: ['kz-1', 'kz-2', 'kz-3'],
          duplicates: [{ document: 'kz-3', duplicateOf: 'kz-1' }],
          assignments: [
            { document: 'kz-1', event: 'e2', incident: 'inc-a', reason: 'first report' },
            { document: 'kz-3', event: 'e1', incident: 'inc-a', reason: 'same place and day' },
            { document: 'kz-2', event: 'e1', incident: 'inc-b', reason: 'first report' },
          ],
          incidents: [{ id: 'inc-a', ...summary }, { id: 'inc-b', ...summary, type: 'PEACE_PROTEST', title: null, state: null }],
        },
        { expectedVersion: version, summarize: maxSummarizer },
      );
      assert.equal(ok, true);
      assert.equal(await store.saveResolution({ documents: [], duplicates: [], assignments: [], incidents: [] }, { expectedVersion: version, summarize: maxSummarizer }), false);
      assert.equal(await store.resolveVersion(), version + 1);
      assert.deepEqual(await store.pendingResolution(10), []);
      const a = await store.getIncident('inc-a');
      assert.deepEqual(a?.documents, ['kz-1', 'kz-1-copy', 'kz-3']);
      assert.equal(a?.sources, 1);
      assert.equal(a?.figures.killed?.best, 164);
      assert.deepEqual(a?.figures.killed?.history.map((h) => [h.value, h.reportedAt, h.document]), [[26, '2022-01-08', 'kz-1'], [164, '2022-01-09', 'kz-3']]);
      assert.equal(a?.merges?.length, 2);
      assert.equal((await store.getDocument('kz-3'))?.duplicateOf, 'kz-1');
      assert.deepEqual((await store.listEvents({ incident: 'inc-a' })).items.map((e) => e.document), ['kz-1', 'kz-3']);
      const state = await store.resolveState();
      assert.deepEqual(state.incidents.map((i) => [i.id, i.state, i.documents]), [['inc-a', { n: 2 }, ['kz-1', 'kz-3']], ['inc-b', null, ['kz-2']]]);
      assert.deepEqual(state.documents.map((d) => [d.document, d.duplicateOf, d.features]), [['kz-1', null, [1, 2, 3]], ['kz-2', null, null], ['kz-3', 'kz-1', null]]);
      assert.deepEqual(state.members.map((m) => `${m.incident}:${m.document}#${m.event}`), ['inc-a:kz-1#e2', 'inc-b:kz-2#e1', 'inc-a:kz-3#e1']);
      assert.deepEqual((await store.listIncidents({ type: ['PEACE_PROTEST'] })).items.map((i) => i.id), ['inc-b']);
      assert.deepEqual((await store.listIncidents({ q: 'tear gas' })).items.map((i) => i.id), ['inc-b']);
      assert.deepEqual((await store.listIncidents({ document: 'kz-3' })).items.map((i) => i.id), ['inc-a']);
      assert.equal((await store.listIncidents({ since: '2022-01-06' })).total, 0);
      assert.equal((await store.incidentFigures('inc-a')).length, 2);
      assert.deepEqual((await store.listIncidents({ sort: '-documents' })).items.map((i) => i.id), ['inc-a', 'inc-b']);
      assert.deepEqual((await store.listIncidents({ sort: 'documents' })).items.map((i) => i.id), ['inc-b', 'inc-a']);
      const second = await store.listIncidents({ limit: 1, offset: 1 });
      assert.deepEqual([second.total, second.items.map((i) => i.id)], [2, ['inc-b']]);
      assert.deepEqual((await store.listIncidents({ country: 'KZ', admin1: 'Almaty' })).items.map((i) => i.id), ['inc-a', 'inc-b']);
      assert.equal((await store.stats({ type: ['ARREST'] })).events, 1);
      const full = (await store.listIncidents({ sort: '-documents' })).items;
      const brief = (await store.listIncidents({ sort: '-documents', brief: true })).items;
      assert.deepEqual(
        brief.map((i) => [i.id, i.documentCount, i.figures.killed?.best, i.figures.killed?.reports]),
        full.map((i) => [i.id, i.documents.length, i.figures.killed?.best, i.figures.killed?.history.length]),
      );
      assert.deepEqual(brief[0]?.figures.killed?.reports, 2);
    });

    it('applies manual splits and merges, recorded and reflected in the figures', async () => {
      const touched = await store.applyCorrection({ kind: 'split', incident: 'inc-a', document: 'kz-3', into: 'inc-c' }, maxSummarizer);
      assert.deepEqual(touched, ['inc-a', 'inc-c']);
      assert.deepEqual((await store.getIncident('inc-a'))?.figures.killed?.best, 26);
      const c = await store.getIncident('inc-c');
      assert.deepEqual([c?.documents, c?.type, c?.figures.killed?.best], [['kz-3'], 'ATTACK', 164]);
      // a text search finds incidents through the members' integer keys, which move with the
      // members: a word in one document (read through the matches) and in most (walked)
      const searched = async (q: string): Promise<[string[], number]> => [
        (await store.listIncidents({ q })).items.map((i) => i.id),
        (await store.stats({ q })).incidents,
      ];
      assert.deepEqual(await searched('Officials'), [['inc-c'], 1]);
      assert.deepEqual(await searched('Almaty'), [['inc-a', 'inc-c'], 2]);
      await store.applyCorrection({ kind: 'merge', incident: 'inc-a', other: 'inc-c' }, maxSummarizer);
      assert.equal(await store.getIncident('inc-c'), null);
      assert.deepEqual(await searched('Officials'), [['inc-a'], 1]);
      assert.deepEqual(await searched('Almaty'), [['inc-a'], 1]);
      const a = await store.getIncident('inc-a');
      assert.deepEqual(a?.documents, ['kz-1', 'kz-1-copy', 'kz-3']);
      assert.deepEqual(a?.merges?.map((m) => m.kind), ['auto', 'auto', 'split', 'merge']);
      assert.deepEqual((await store.resolveState()).corrections.map((c) => c.kind), ['split', 'merge']);
      await assert.rejects(store.applyCorrection({ kind: 'merge', incident: 'inc-a', other: 'nope' }, maxSummarizer), StoreError);
      await assert.rejects(store.applyCorrection({ kind: 'split', incident: 'inc-b', document: 'kz-1', into: 'x' }, maxSummarizer), StoreError);
    });

    it('marks documents failed or skipped with a message, and counts everything', async () => {
      await store.setStatus('kz-1#' + (await store.listDocuments({ status: 'pending' })).items[0]!.contentHash.slice(0, 12), 'skipped', {
        code: 'W_NOT_ENGLISH',
        message: 'not English',
      });
      const skipped = await store.listDocuments({ status: 'skipped' });
      assert.equal(skipped.total, 1);
      assert.equal(skipped.items[0]!.messages[0]!.code, 'W_NOT_ENGLISH');
      const progress = await store.progress();
      assert.deepEqual(progress, { pending: 0, processing: 0, done: 3, failed: 0, skipped: 1, unresolved: 0 });
      const stats = await store.stats({});
      assert.deepEqual([stats.documents, stats.events, stats.incidents, stats.figures], [4, 4, 2, 3]);
      assert.deepEqual(stats.byType, { ARREST: 1, ATTACK: 2, PEACE_PROTEST: 1 });
      assert.deepEqual(stats.byCountry, { KZ: 3 });
      assert.ok(stats.byDay.some((d) => d.day === '2022-01-04' && d.type === 'PEACE_PROTEST' && d.count === 1));
    });

    it('keeps stats and places in step with the events: written, replaced, filtered (counts kept per day)', async () => {
      const loc = (name: string, country: string) => ({ name, country, admin1: null, city: name, lat: null, lon: null, geonameId: null, precision: 'city' as const });
      const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
      const text = 'Crowds marched in Osh and Bishkek; police detained organisers in Osh, and later in Naryn.';
      await store.addDocuments([newDoc('kg-1', text, '2022-02-01'), newDoc('kg-2', `${text} Again.`, '2022-02-02')]);
      // documents without events: 'Again' is in one document of six (stats read its events by
      // document), 'marched' in two (stats walk the events' index): both plans are checked
      await store.addDocuments([3, 4, 5, 6].map((n) => newDoc(`kg-${n}`, `A quiet day number ${n} in the valley.`, '2022-02-03')));
      const kg1 = [
        event('e1', 'PEACE_PROTEST', text, 'Crowds marched', { date: day('2022-02-01'), location: loc('Osh', 'KG') }),
        event('e2', 'ARREST', text, 'police detained', { date: { start: '2022-01-30', end: '2022-02-03', precision: 'day' }, location: loc('OSH', 'KG') }),
        event('e3', 'ARREST', text, 'later in Naryn', { date: null, location: loc('Naryn', 'KG') }),
      ];
      await store.saveResult('kg-1', result('kg-1', kg1, [], '2022-02-01'));
      const kg2 = [
        event('e1', 'ARREST', text, 'police detained', { date: day('2022-02-02'), location: loc('Osh', 'KG') }),
        // same type and start day, another end: two count rows for one (day, type) of byDay
        event('e2', 'ARREST', text, 'later in Naryn', { date: { start: '2022-02-02', end: '2022-02-05', precision: 'day' }, location: loc('Naryn', 'KG') }),
      ];
      await store.saveResults([{ documentId: 'kg-2', result: result('kg-2', kg2, [], '2022-02-02') }]);
      // a second extraction replaces the first: one protest moves to another day and place, the undated arrest goes
      await store.saveResult('kg-1', result('kg-1', [{ ...kg1[0]!, date: day('2022-02-03'), location: loc('Bishkek', 'KG') }, kg1[1]!], [], '2022-02-01'));
      const filters = [{}, { country: 'KG' }, { type: ['ARREST'] }, { country: 'KG', type: ['PEACE_PROTEST'] }, { since: '2022-02-02' }, { until: '2022-02-01' }, { since: '2022-02-01', until: '2022-02-02', country: 'KZ' }, { admin1: 'Almaty' }, { q: 'marched' }, { q: 'Again' }, { q: 'marched', type: ['ARREST'] }];
      for (const filter of filters) {
        const events = (await store.listEvents({ ...filter, limit: 1000 })).items;
        const stats = await store.stats(filter);
        const tally = (key: (e: (typeof events)[number]) => string | null) => {
          const out: Record<string, number> = {};
          for (const e of events) {
            const k = key(e);
            if (k !== null) out[k] = (out[k] ?? 0) + 1;
          }
          return out;
        };
        const label = JSON.stringify(filter);
        assert.equal(stats.events, events.length, label);
        assert.deepEqual(stats.byType, tally((e) => e.type), label);
        assert.deepEqual(stats.byCountry, tally((e) => e.location?.country ?? null), label);
        const byDay = tally((e) => (e.date ? `${e.date.start.slice(0, 10)} ${e.type}` : `${e.reportedAt} ${e.type}`));
        assert.deepEqual(Object.fromEntries(stats.byDay.map((d) => [`${d.day} ${d.type}`, d.count])), byDay, label);
        const places = await store.places(filter);
        const byPlace = tally((e) => (e.location ? `${e.location.country}|${e.location.name.toLowerCase()}` : null));
        assert.deepEqual(Object.fromEntries(places.map((p) => [`${p.country}|${p.name.toLowerCase()}`, p.events])), byPlace, label);
        assert.deepEqual(places.map((p) => p.events), [...places.map((p) => p.events)].sort((a, b) => b - a), `${label}: most events first`);
      }
      const kg = await store.places({ country: 'KG' });
      assert.deepEqual(kg.map((p) => [p.name, p.events]), [['Osh', 2], ['Bishkek', 1], ['Naryn', 1]], 'Osh and OSH are one place, named by its first event');
      assert.deepEqual((await store.stats({ country: 'KG' })).byDay.filter((d) => d.day === '2022-02-02'), [{ day: '2022-02-02', type: 'ARREST', count: 2 }]);
    });

    it('saves results and resolves what waits in the same transaction, only at the expected resolve version', async () => {
      const text = 'Farmers blocked the highway near Taraz on Monday, demanding lower fuel prices.';
      await store.addDocuments([newDoc('kz-9', text, '2022-03-07')]);
      const e = event('e1', 'PEACE_PROTEST', text, 'Farmers blocked the highway');
      const items = [{ documentId: 'kz-9', result: result('kz-9', [e], []), extra: { features: { stored: true } } }];
      const version = await store.resolveVersion();
      const step = (expectedVersion: number, resolve: ResolveStep['resolve']): ResolveStep => ({
        expectedVersion,
        limit: 10,
        known: new Map([['kz-9', { features: 'handed over', events: [e], figures: [] }]]),
        summarize: maxSummarizer,
        resolve,
      });
      const never = (): Resolution => assert.fail('resolve called at another version');
      assert.equal(await store.saveResults(items, step(version + 1, never)), null, 'another version: saved, not resolved');
      assert.deepEqual([(await store.progress()).unresolved, await store.resolveVersion()], [3, version]);
      const twice = [{ ...items[0]!, result: result('kz-9', [e, { ...e, id: 'e2' }], []) }];
      await assert.rejects(store.saveResults(twice, step(version, () => assert.fail('resolver bug'))), /resolver bug/);
      assert.deepEqual((await store.listEvents({ document: 'kz-9' })).items.map((x) => x.id), ['e1'], 'the failed batch left nothing');
      let seen: ResolveInput[] = [];
      const resolved = await store.saveResults(
        items,
        step(version, (docs) => {
          seen = docs;
          return {
            documents: docs.map((d) => d.id),
            duplicates: [],
            assignments: [{ document: 'kz-9', event: 'e1', incident: 'inc-t', reason: 'first report' }],
            incidents: [{ id: 'inc-t', type: 'PEACE_PROTEST', subtype: null, location: e.location, date: e.date, title: null, state: null }],
          };
        }),
      );
      assert.equal(resolved, 3);
      assert.deepEqual(seen.map((d) => [d.id, d.features, d.events.length]), [['kg-1', null, 2], ['kg-2', null, 2], ['kz-9', 'handed over', 1]], 'known documents are not read back');
      assert.deepEqual([(await store.progress()).unresolved, await store.resolveVersion()], [0, version + 1]);
      assert.deepEqual((await store.getIncident('inc-t'))?.documents, ['kz-9']);
    });

    it("counts a text search's matches up to a limit (then the total is a lower bound) and pages on past it", async () => {
      const docs = Array.from({ length: 1005 }, (_, i) => newDoc(`bulk-${i}`, `Quarterly zephyrine bulletin number ${i}.`, '2023-01-01'));
      await store.addDocuments(docs);
      const first = await store.listDocuments({ q: 'zephyrine', limit: 10 });
      assert.deepEqual([first.total, first.capped, first.items.length], [1000, true, 10]);
      const deep = await store.listDocuments({ q: 'zephyrine', limit: 10, offset: 1000 });
      assert.deepEqual([deep.total, deep.capped, deep.items.length], [1005, false, 5]);
      const near = await store.listDocuments({ q: 'zephyrine', limit: 10, offset: 990 });
      assert.deepEqual([near.total, near.capped, near.items.length], [1001, true, 10], 'counted to one past the page: there is a next page');
      assert.deepEqual((await store.listDocuments({ q: 'zephyrine', sort: 'seq', limit: 2, offset: 1003 })).items.map((d) => d.id), ['bulk-1003', 'bulk-1004']);
      const exact = await store.listDocuments({ status: 'pending', limit: 1 });
      assert.deepEqual([exact.total >= 1005, exact.capped ?? false], [true, false], 'without a text search the total is exact');
    });
  });
}
