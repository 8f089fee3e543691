import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, EventType, Figure, Result } from '../../src/model/index.js';
import { IncidentClusterer } from '../../src/resolve/incidents.js';
import { observationsOf, siteOf, dayNumber, type Observation } from '../../src/resolve/observation.js';
import { compatibleTypes } from '../../src/resolve/families.js';

type Place = { country: string; admin1?: string | null; city?: string | null; precision: 'city' | 'admin1' | 'country' };

/** A result with one event per [type, date, place, figures] entry (e1 first). */
function result(id: string, publishedAt: string, events: [EventType, string, Place, [Figure['kind'], number, Figure['scope']][]][], url: string | null = null): Result {
  const figures: Figure[] = [];
  const evs: Event[] = events.map(([type, date, place, figs], i) => {
    const eid = `e${i + 1}`;
    for (const [kind, value, scope] of figs) {
      figures.push({ id: `f${figures.length + 1}`, event: eid, kind, value, low: value, high: value, qualifier: 'exact', scope, subject: null, location: null, attribution: [], evidence: [] });
    }
    return {
      id: eid, type, subtype: null, date: { start: date, end: date, precision: 'day' },
      location: { name: place.city ?? place.admin1 ?? place.country, country: place.country, admin1: place.admin1 ?? null, city: place.city ?? null, lat: null, lon: null, geonameId: null, precision: place.precision },
      actors: [], figures: figures.filter((f) => f.event === eid).map((f) => f.id), evidence: [], confidence: 0.8,
    };
  });
  return { id, document: { title: null, publishedAt, language: 'en', outlet: null, url, duplicateOf: null }, events: evs, figures, messages: [] };
}

const US = (city: string, admin1: string): Place => ({ country: 'US', admin1, city, precision: 'city' });

const ARTICLES: [string, string, string, string][] = [
  // [id, published, city, text]
  ['a1', '2016-12-04', 'Millbrook', 'A 10-month-old baby, Jaylen Davis, was killed and a 16-year-old wounded in a double shooting on Birch Drive in Millbrook, the Orange Parish Sheriff’s Office said.'],
  ['b1', '2016-12-04', 'Millbrook', 'Deputies are investigating a shooting on Avenue D in Millbrook in which Terrence Wilkins, 34, was wounded while sitting in his truck near Harbor Boulevard.'],
  ['a2', '2016-12-05', 'Millbrook', 'The second victim of the Birch Drive shooting that killed 10-month-old Jaylen Davis in Millbrook is a 16-year-old, the Orange Parish Sheriff’s Office said.'],
  ['b2', '2016-12-06', 'Millbrook', 'Terrence Wilkins remains in stable condition after he was shot on Avenue D near Harbor Boulevard, deputies said, and they are looking for a gray sedan.'],
  ['a3', '2016-12-15', 'Millbrook', 'Deputies arrested a 19-year-old in the killing of Jaylen Davis, the 10-month-old shot on Birch Drive in Millbrook, the Orange Parish Sheriff’s Office said.'],
];

function runGva(clusterer = new IncidentClusterer()): Map<string, string> {
  const placed = new Map<string, string>();
  for (const [id, published, city, text] of ARTICLES) {
    const r = result(id, published, [['ATTACK', published, US(city, 'Louisiana'), []]]);
    const [a] = clusterer.assignDocument(observationsOf(r, text));
    placed.set(id, a!.incident);
  }
  return placed;
}

test('articles about one shooting join one incident; another shooting in the same town stays apart', () => {
  const placed = runGva();
  assert.equal(placed.get('a1'), placed.get('a2'));
  assert.equal(placed.get('a1'), placed.get('a3'));
  assert.equal(placed.get('b1'), placed.get('b2'));
  assert.notEqual(placed.get('a1'), placed.get('b1'));
});

test('every join says why: rule, score, matched member, shared terms', () => {
  const clusterer = new IncidentClusterer();
  const first = result('a1', '2016-12-04', [['ATTACK', '2016-12-04', US('Millbrook', 'Louisiana'), []]]);
  const second = result('a2', '2016-12-05', [['ATTACK', '2016-12-04', US('Millbrook', 'Louisiana'), []]]);
  const [created] = clusterer.assignDocument(observationsOf(first, ARTICLES[0]![3]));
  const [joined] = clusterer.assignDocument(observationsOf(second, ARTICLES[2]![3]));
  assert.equal(created!.created, true);
  assert.equal(created!.reason, null);
  assert.equal(joined!.created, false);
  assert.equal(joined!.incident, created!.incident);
  assert.equal(joined!.reason?.rule, 'similar');
  assert.equal(joined!.reason?.matched, 'a1#e1');
  assert.equal(joined!.reason?.place, 'same-city');
  assert.equal(joined!.reason?.gapDays, 0);
  assert.ok(joined!.reason!.sharedTerms.includes('jaylen davis'));
});

test('incident ids are stable: later documents never rename earlier incidents', () => {
  const once = runGva();
  const again = runGva();
  assert.deepEqual([...once], [...again]);
  assert.match(once.get('a1')!, /^inc-[0-9a-f]{12}$/);
});

test('a cannot-link keeps a document out of an incident; a must-link forces it in', () => {
  const apart = runGva(new IncidentClusterer({ constraints: { cannotLink: [['a3', 'a1']] } }));
  assert.notEqual(apart.get('a3'), apart.get('a1'));
  const together = runGva(new IncidentClusterer({ constraints: { mustLink: [['b2', 'a1']] } }));
  assert.equal(together.get('b2'), together.get('a1'));
});

test('a near-duplicate goes to its original’s incident', () => {
  const clusterer = new IncidentClusterer();
  const [a] = clusterer.assignDocument(observationsOf(result('x', '2016-01-01', [['ATTACK', '2016-01-01', US('Reno', 'Nevada'), []]]), 'Nothing in common here.'));
  const [b] = clusterer.assignDocument(observationsOf(result('y', '2016-01-02', [['ATTACK', '2016-01-02', US('Ely', 'Nevada'), []]]), 'Totally different words.', 'x'));
  assert.equal(b!.incident, a!.incident);
  assert.equal(b!.reason?.rule, 'duplicate');
});

test('events in different countries are never one incident', () => {
  const clusterer = new IncidentClusterer();
  const text = 'Protesters clashed with police in Central Square near the Grand Hotel, organisers Alma Rossi and Timur Bek said.';
  const [a] = clusterer.assignDocument(observationsOf(result('p1', '2022-01-05', [['VIOL_DEMONSTR', '2022-01-05', { country: 'KZ', precision: 'country' }, []]]), text));
  const [b] = clusterer.assignDocument(observationsOf(result('p2', '2022-01-05', [['VIOL_DEMONSTR', '2022-01-05', { country: 'KG', precision: 'country' }, []]]), text));
  assert.notEqual(a!.incident, b!.incident);
});

// A national crisis: many reports over ten days, events of different types, country-wide figures.
const KZ = (admin1: string | null = null, city: string | null = null): Place => ({ country: 'KZ', admin1, city, precision: city ? 'city' : admin1 ? 'admin1' : 'country' });
const CRISIS: [string, string, [EventType, string, Place, [Figure['kind'], number, Figure['scope']][]][], string][] = [
  ['kz1', '2022-01-05', [['OTHER', '2022-01-05', KZ(), []], ['VIOL_DEMONSTR', '2022-01-04', KZ('Mangystau'), [['killed', 8, 'incident'], ['injured', 317, 'incident']]]],
    'Kazakhstan declared a nationwide state of emergency after protests over fuel prices, the Ministry of Internal Affairs said, and eight police and National Guard officers were killed.'],
  ['kz2', '2022-01-06', [['ARREST', '2022-01-06', KZ(), [['detained', 2298, 'cumulative']]]],
    'Kazakhstan detained 2,298 people during the unrest, the Interior Ministry said, as CSTO troops arrived at the request of President Tokayev.'],
  ['kz3', '2022-01-06', [['CHANGE_TO_GROUP_ACT', '2022-01-06', KZ(), [['troops', 2500, 'incident']]]],
    'The CSTO said it was sending peacekeepers to Kazakhstan after Tokayev appealed for help to quell the unrest.'],
  ['kz4', '2022-01-09', [['ARREST', '2022-01-09', KZ(), [['detained', 5969, 'cumulative'], ['killed', 164, 'cumulative']]]],
    'Kazakhstan said 164 people were killed in the unrest, the Health Ministry said, and the Interior Ministry said 5,969 people had been detained.'],
  ['kz5', '2022-01-15', [['VIOL_DEMONSTR', '2022-01-05', KZ(), [['killed', 225, 'cumulative']]]],
    'Kazakhstan raised the death toll of the January unrest to 225, Prosecutor General Serik Shalabayev said, including 19 police officers and servicemen.'],
];

test('a national crisis: riots, arrests, emergency and troops over ten days are one incident', () => {
  const clusterer = new IncidentClusterer();
  const incidents = new Set<string>();
  for (const [id, published, events, text] of CRISIS) {
    for (const a of clusterer.assignDocument(observationsOf(result(id, published, events), text))) incidents.add(a.incident);
  }
  assert.equal(incidents.size, 1, [...incidents].join(', '));
});

test('an unrelated local shooting in the crisis country during the crisis does not join it', () => {
  const clusterer = new IncidentClusterer();
  const first = new Set<string>();
  for (const [id, published, events, text] of CRISIS) for (const a of clusterer.assignDocument(observationsOf(result(id, published, events), text))) first.add(a.incident);
  const [other] = clusterer.assignDocument(observationsOf(result('k9', '2022-01-07', [['ATTACK', '2022-01-07', KZ('Pavlodar', 'Ekibastuz'), [['killed', 1, 'incident']]]]),
    'A man named Arman Seitkali was shot dead outside a cafe in Ekibastuz after a quarrel over a debt, local police said.'));
  assert.ok(!first.has(other!.incident));
});

// [a, b, compatible]
const TYPES: [EventType, EventType, boolean][] = [
  ['ATTACK', 'ARREST', true],
  ['VIOL_DEMONSTR', 'OTHER', true],
  ['PEACE_PROTEST', 'MOB_VIOL', true],
  ['ATTACK', 'NATURAL_DISASTER', false],
  ['PEACE_PROTEST', 'MAN_MADE_DISASTER', false],
];
for (const [a, b, expected] of TYPES) {
  test(`compatibleTypes(${a}, ${b}) = ${expected}`, () => assert.equal(compatibleTypes(a, b), expected));
}

// [url, site]
const SITES: [string | null, string | null][] = [
  ['http://web.archive.org/web/20170316043921/http://wate.com/2016/01/25/x/', 'wate.com'],
  ['https://www.kcbd.com/story/1', 'kcbd.com'],
  [null, null],
];
for (const [url, site] of SITES) test(`siteOf(${url})`, () => assert.equal(siteOf(url), site));

test('dayNumber counts days from 1970-01-01 and reads date-times', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('2022-01-08T08:21'), dayNumber('2022-01-08'));
  assert.equal(dayNumber('January'), null);
});

test('a document without events is one document-level observation', () => {
  const r: Result = { id: 'd', document: { title: null, publishedAt: '2016-01-01', language: 'en', outlet: null, url: null, duplicateOf: null }, events: [], figures: [], messages: [] };
  const [o, ...rest] = observationsOf(r, 'Jane Doe was shot.') as [Observation, ...Observation[]];
  assert.equal(rest.length, 0);
  assert.equal(o.key, 'd#');
  assert.equal(o.reportedDay, dayNumber('2016-01-01'));
});

test('a local riot during a national crisis joins it; a local arrest with nothing in common does not', () => {
  const clusterer = new IncidentClusterer();
  const crisis = new Set<string>();
  for (const [id, published, events, text] of CRISIS) for (const a of clusterer.assignDocument(observationsOf(result(id, published, events), text))) crisis.add(a.incident);
  const [riot] = clusterer.assignDocument(observationsOf(result('k10', '2022-01-10', [['VIOL_DEMONSTR', '2022-01-10', KZ('Almaty', 'Almaty'), []]]),
    'Rioters set fire to the mayor’s office in Almaty, Kazakhstan’s largest city, witnesses said.'));
  assert.ok(crisis.has(riot!.incident), riot!.reason?.rule);
  assert.equal(riot!.reason?.rule, 'crisis');
  const [arrest] = clusterer.assignDocument(observationsOf(result('k11', '2022-01-10', [['ARREST', '2022-01-10', KZ('Pavlodar', 'Ekibastuz'), []]]),
    'A man named Arman Seitkali was detained in Ekibastuz over a debt dispute, local police said.'));
  assert.ok(!crisis.has(arrest!.incident));
});

// [case, [type, published, place, figures] of the later report, joins the crisis?]
const RESTATEMENTS: [string, [EventType, string, Place, [Figure['kind'], number, Figure['scope']][]], boolean][] = [
  ['the toll restated two months later, country-wide', ['VIOL_DEMONSTR', '2022-03-14', KZ(), [['killed', 230, 'incident']]], true],
  ['the toll restated as a running total, in a city-placed report', ['VIOL_DEMONSTR', '2022-03-15', KZ('Almaty', 'Almaty'), [['killed', 221, 'cumulative']]], true],
  ['a count far from the toll', ['VIOL_DEMONSTR', '2022-03-14', KZ(), [['killed', 139, 'incident']]], false],
  ['a small count that happens to be close', ['VIOL_DEMONSTR', '2022-03-14', KZ(), [['killed', 8, 'incident']]], false],
  ['the running injured count restated', ['VIOL_DEMONSTR', '2022-03-14', KZ(), [['injured', 300, 'incident']]], true],
  ['a statistic (scope other)', ['VIOL_DEMONSTR', '2022-03-14', KZ(), [['killed', 225, 'other']]], false],
  ['a shooting is never a restatement', ['ATTACK', '2022-03-14', KZ(), [['killed', 225, 'incident']]], false],
  ['another country', ['VIOL_DEMONSTR', '2022-03-14', { country: 'KG', precision: 'country' }, [['killed', 225, 'incident']]], false],
  ['more than a year later', ['VIOL_DEMONSTR', '2023-03-14', KZ(), [['killed', 225, 'incident']]], false],
];
for (const [name, [type, published, place, figures], joins] of RESTATEMENTS) {
  test(`a crisis toll restated weeks later: ${name} → ${joins ? 'joins' : 'stays apart'}`, () => {
    const clusterer = new IncidentClusterer();
    const crisis = new Set<string>();
    for (const [id, day, events, text] of CRISIS) for (const a of clusterer.assignDocument(observationsOf(result(id, day, events), text))) crisis.add(a.incident);
    const [later] = clusterer.assignDocument(observationsOf(result('later', published, [[type, published, place, figures]]), 'Prosecutors presented their findings to parliament on Monday.'));
    assert.equal(crisis.has(later!.incident), joins, later!.reason ? `${later!.reason.rule} ${later!.reason.score}` : 'new incident');
    if (joins) assert.equal(later!.reason?.rule, 'restatement');
  });
}

test('a small toll restated weeks later is not enough to join (counts under 50 are common to many events)', () => {
  const placed = (toll: number, restated: number): boolean => {
    const clusterer = new IncidentClusterer();
    const [first] = clusterer.assignDocument(observationsOf(result('c1', '2022-05-02', [['VIOL_DEMONSTR', '2022-05-02', KZ(), [['killed', toll, 'cumulative']]]]), 'Riot police dispersed crowds in several regions.'));
    const [later] = clusterer.assignDocument(observationsOf(result('c2', '2022-07-20', [['VIOL_DEMONSTR', '2022-07-20', KZ(), [['killed', restated, 'incident']]]]), 'Prosecutors presented their findings to parliament on Monday.'));
    return later!.incident === first!.incident;
  };
  assert.equal(placed(30, 30), false);
  assert.equal(placed(60, 60), true);
});
