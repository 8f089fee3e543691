import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { findPlaces, locate, gazetteer, normalizeName } from '../../src/analyse/places/index.js';
import { letterBit } from '../../src/analyse/places/gazetteer.js';
import type { Analysis } from '../../src/analyse/analysis.js';
import type { InputDocument } from '../../src/model/index.js';

function analyse(input: InputDocument): Analysis {
  const doc = prepareDocument(input);
  const sentences = splitSentences(doc);
  return { doc, sentences, dates: [], places: findPlaces(doc, sentences) };
}

/** [text, mention, expected "name / admin1 / country / precision"] */
const MENTIONS: Array<[string, string, string]> = [
  ['Protests began in Zhanaozen on Sunday.', 'Zhanaozen', 'Zhanaozen / Mangystau / KZ / city'],
  ['Residents of Janaozen took to the streets.', 'Janaozen', 'Janaozen / Mangystau / KZ / city'],
  ['Police fired tear gas in Aktau, Kazakhstan.', 'Aktau', 'Aktau / Mangystau / KZ / city'],
  ['Crowds gathered in Aqtau on Tuesday.', 'Aqtau', 'Aqtau / Mangystau / KZ / city'],
  ['Troops guarded the Baikonur cosmodrome in Kazakhstan.', 'Baikonur', 'Baikonur / Baikonur / KZ / city'],
  ['Violent protests in the Kyzylorda region left 182 people injured.', 'Kyzylorda', 'Kyzylorda / Kyzylorda / KZ / admin1'],
  ['Kazakh police detained 40 people.', 'Kazakh', 'Kazakhstan / null / KZ / country'],
  ['A Kazakhstani court jailed him.', 'Kazakhstani', 'Kazakhstan / null / KZ / country'],
  ['The UK government voiced concern.', 'UK', 'United Kingdom / null / GB / country'],
  ['British officials were evacuated.', 'British', 'United Kingdom / null / GB / country'],
  ['Officials in Britain said nothing.', 'Britain', 'United Kingdom / null / GB / country'],
  ['American troops left the base.', 'American', 'United States / null / US / country'],
  ['The U.S. embassy closed.', 'U.S.', 'United States / null / US / country'],
  ['YORK, Pa. – A man was shot on Monday.', 'YORK', 'York / Pennsylvania / US / city'],
  ['ANCHORAGE – Two people were shot overnight.', 'ANCHORAGE', 'Anchorage / Alaska / US / city'],
  ['KNOXVILLE (WATE) – A boy died after a shooting.', 'KNOXVILLE', 'Knoxville / Tennessee / US / city'],
  ['ORLANDO, FL – A shooting left one dead.', 'ORLANDO', 'Orlando / Florida / US / city'],
  ['A man was killed in Fresno, California, on Friday.', 'Fresno', 'Fresno / California / US / city'],
  ['Shots were fired near Almaty, Kazakhstan.', 'Almaty', 'Almaty / Almaty / KZ / city'],
  ['A man was wounded in Springfield, Ill., on Friday.', 'Springfield', 'Springfield / Illinois / US / city'],
  ['A Fresno-based company closed.', 'Fresno', 'Fresno / California / US / city'],
  ['Two people were shot in Allegheny County on Sunday.', 'Allegheny County', 'Allegheny County / Pennsylvania / US / admin1'],
  ['The shooting happened in Mobile on Sunday.', 'Mobile', 'Mobile / Alabama / US / city'],
  ['DC police officials said five were hurt.', 'DC', 'District of Columbia / District of Columbia / US / admin1'],
  // A date after a place ends the name ("Fresno Tuesday" is no longer proper name).
  ['A man was shot in south Fresno Tuesday night.', 'Fresno', 'Fresno / California / US / city'],
  // "Post Office" is a place's, not an outlet's.
  ['Shots were fired near the Fresno Post Office on Monday.', 'Fresno', 'Fresno / California / US / city'],
  // A county as qualifier: Chester of Delaware County, Pennsylvania, not of the state of Delaware.
  ['A boy was shot in Chester, Delaware County, on Friday.', 'Chester', 'Chester / Pennsylvania / US / city'],
  ['Polish police detained two men.', 'Polish', 'Poland / null / PL / country'],
  // A sentence's full stop is not part of the name (only abbreviations keep theirs: "Pa.").
  ['Two men were shot on Monday in Flint.', 'Flint', 'Flint / Michigan / US / city'],
  // "Co." is County.
  ['Deputies said a boy was shot in Cowley Co. on Monday.', 'Cowley Co.', 'Cowley County / Kansas / US / admin1'],
];

test('place mentions: recognised and resolved', () => {
  for (const [text, mention, expected] of MENTIONS) {
    const a = analyse({ text });
    const m = a.places.find((p) => p.text === mention);
    assert.ok(m, `${JSON.stringify(text)}: no mention ${mention} in ${JSON.stringify(a.places.map((p) => p.text))}`);
    const l = m.location;
    assert.equal(`${l.name} / ${l.admin1} / ${l.country} / ${l.precision}`, expected, text);
    assert.equal(a.doc.text.slice(m.start, m.end), m.text, 'span matches text');
  }
});

/** [text, word that must not become a place] */
const NOT_PLACES: Array<[string, string]> = [
  ['Mobile phones were seized by the police.', 'Mobile'],
  ['Reading the statement, the minister paused.', 'Reading'],
  ['Police said three people were hurt.', 'Police'],
  ['Victoria said she heard gunshots.', 'Victoria'],
  ['Jordan Smith, 19, was arrested.', 'Jordan'],
  ['Aurora told reporters she was afraid.', 'Aurora'],
  ['Officers found him near the Fernbrook Mall on Sunday.', 'Fernbrook'],
  ['Mass protests began earlier in the week.', 'Mass'],
  ['He works at Indiana University Health.', 'University'],
  ['The victim lived on Lamar Street.', 'Lamar'],
  ['Whitney Houston sang the anthem.', 'Houston'],
  ['Police arrested Jackson Brann on Friday. Brann was held without bail, and Jackson said nothing.', 'Brann'],
  ['Officer Taylor fired once. Later Taylor told investigators he was afraid.', 'Taylor'],
  // News outlets named after places: the outlet is not where it happened.
  ['The Fresno Times reported that two men were arrested.', 'Fresno'],
  ['Reporters from the Washington Post said the shooting was random.', 'Washington'],
  ['A reporter of the Kansas City Star was at the scene.', 'Kansas City'],
  // A capital glued to a letter or digit starts no word.
  ['Watch the video on Click2Fresno for more.', 'Fresno'],
  // A demonym after "in" with no noun after it is a language.
  ['The report (in Polish) said nine were hurt.', 'Polish'],
  ['The statement, published in Russian and Kazakh, gave no figures.', 'Russian'],
  // Words that open speech ("Well, …") are common words.
  ['Well, we heard shots and ran, he said.', 'Well'],
  // "Metro." at a sentence end is the follower "Metro" (Las Vegas Metro police), not Metro, Indonesia.
  ['The suspect was later arrested by Metro.', 'Metro.'],
  ['The suspect was later arrested by Metro.', 'Metro'],
  // A short all-capitals word that is only a town's alternate name is an acronym (Suva, Fiji).
  ['Police found the gun in the SUV near the school.', 'SUV'],
  // A common word opening a paragraph is a label, not a dateline (Story, Wyoming).
  ['STORY: A man was shot on Monday.', 'STORY'],
];

test('common words, first names and parts of longer names are not places', () => {
  for (const [text, word] of NOT_PLACES) {
    const a = analyse({ text });
    const hit = a.places.find((p) => p.text === word || word.startsWith(p.text + ' '));
    assert.equal(hit, undefined, `${JSON.stringify(text)}: ${word} taken as ${JSON.stringify(hit?.location)}`);
  }
});

const SEED = [
  'Kazakhstan’s police detained 3,811 individuals during several days of riots across the country.',
  '',
  'Violent protests in the Kyzylorda region on the border with Uzbekistan left 182 people injured, according to the Khabar 24 news station.',
  '',
  'Mass protests in Kazakhstan began earlier in the week as residents of Zhanaozen and Aktau opposed a two-fold increase in prices for liquefied petroleum gas.',
  '',
  'Peacekeeping contingents from Russia and Belarus have arrived in Kazakhstan.',
  '',
  'Also during a shootout, a driver of a camera crew was killed near the presidential residence in the Kazakh city of Almaty, media reported on Thursday.',
  '',
  'The UK government on Thursday voiced concern over violent clashes that had erupted in Kazakhstan.',
  '',
  'Armenian Prime Minister John Roe also spoke with Russian President Vladimir Putin over the phone and discussed the situation in Kazakhstan.',
  '',
  'The spokesman said all staff are safe and accounted for.',
].join('\n');

/** [phrase of the seed-like text, expected "city / admin1 / country"] */
const LOCATE: Array<[string, string]> = [
  ['3,811 individuals', 'null / null / KZ'],
  ['182 people injured', 'null / Kyzylorda / KZ'],
  ['Mass protests', 'Zhanaozen / Mangystau / KZ'],
  ['Peacekeeping contingents', 'null / null / KZ'],
  ['was killed', 'Almaty / Almaty / KZ'],
  ['voiced concern', 'null / null / GB'],
  ['spoke with', 'null / null / AM'],
  ['all staff are safe', 'null / null / KZ'],
];

test('locate: where what a span reports happened', () => {
  const a = analyse({ text: SEED });
  for (const [phrase, expected] of LOCATE) {
    const start = SEED.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    const l = locate(a, { start, end: start + phrase.length });
    assert.equal(`${l?.city ?? null} / ${l?.admin1 ?? null} / ${l?.country ?? null}`, expected, phrase);
  }
});

test('locate: the document focus when the sentence names no place (dateline, qualifier, county)', () => {
  const text = 'YORK, Pa. – Police were called to a home on Monday.\n\nA man was taken to a hospital. He died there.';
  const a = analyse({ text });
  const at = text.indexOf('He died');
  const l = locate(a, { start: at, end: at + 7 });
  assert.equal(`${l?.city} / ${l?.admin1} / ${l?.country}`, 'York / Pennsylvania / US');

  const county = analyse({ text: 'BAKERSFIELD, Calif. – A man was shot in Kern County late Sunday, deputies said.' });
  const at2 = county.doc.text.indexOf('A man');
  const l2 = locate(county, { start: at2, end: at2 + 5 });
  assert.equal(`${l2?.city} / ${l2?.admin1}`, 'Bakersfield / California');
});

test('locate: a demonym of another country is not where a local story happened', () => {
  const text = 'A 13-year-old was shot inside a Chinese takeout restaurant in Philadelphia on Sunday.';
  const l = locate(analyse({ text }), { start: 0, end: text.length });
  assert.equal(`${l?.city} / ${l?.admin1} / ${l?.country}`, 'Philadelphia / Pennsylvania / US');
});

test('locate: null when the document names no place', () => {
  const a = analyse({ text: 'A man was shot on Monday. He is expected to survive.' });
  assert.equal(locate(a, { start: 0, end: 5 }), null);
});

test('focus from the outlet: a country-code domain and a city in the host name', () => {
  const kz = analyse({ text: 'Protests spread to Aktau on Monday.', url: 'https://tengrinews.kz/news/1' });
  assert.equal(kz.places[0]?.location.country, 'KZ');
  // Maywood, California is larger than Maywood, Illinois; a Chicago outlet tips the balance.
  const text = 'A boy was shot in Maywood on Sunday.';
  const alone = locate(analyse({ text }), { start: 0, end: 5 });
  assert.equal(alone?.admin1, 'California');
  const chicago = analyse({ text, url: 'http://web.archive.org/web/2016/http://chicago.suntimes.com/news/x' });
  assert.equal(locate(chicago, { start: 0, end: 5 })?.admin1, 'Illinois');
});

test('gazetteer: alternate spellings share one GeoNames id; keys normalise', () => {
  const g = gazetteer();
  const id = (name: string): number | null => {
    const hit = g.lookup(normalizeName(name));
    return hit ? g.toLocation(hit.refs[0]!).geonameId : null;
  };
  assert.equal(id('Zhanaozen'), id('Novyy Uzen'));
  assert.equal(id('Zhanaozen'), id('Janaozen'));
  assert.equal(id('Baikonur'), id('Baykonur'));
  assert.equal(normalizeName('St. Louis'), 'saint louis');
  assert.equal(normalizeName('Novyy Uzen’'), 'novyy uzen');
  assert.match(g.credit, /GeoNames.*CC BY 4\.0/);
});

/** [text, url, expected "city / admin1 / country" of the first sentence] */
const OUTLET_AND_CONTEXT: Array<[string, string | null, string]> = [
  // Germany named decides the Berlin; a state named decides it too.
  ['A Berlin teen died after a shooting on Sunday, German police said.', 'http://www.example-news.com/story/1', 'Berlin / State of Berlin / DE'],
  ['A Berlin teen died after a shooting on Sunday, New Hampshire State Police said.', 'http://www.example-news.com/story/1', 'Berlin / New Hampshire / US'],
  // A broadcaster's call sign: K west of the Mississippi, W east.
  ['A man was shot in Richmond on Friday.', 'http://www.kxyz.com/news/1', 'Richmond / California / US'],
  ['A man was shot in Richmond on Friday.', 'http://www.wxyz.com/news/1', 'Richmond / Virginia / US'],
  // The address's path names the city when the text does not.
  ['Police said a man was found dead in his car.', 'http://web.archive.org/web/2016/http://www.example.com/news/local/atlanta/man-found-dead', 'Atlanta / Georgia / US'],
  // "in the Austin neighborhood" of a Chicago story is not Austin, Texas.
  ['Chicago police said two men were shot in the Austin neighborhood on Sunday.', null, 'Chicago / Illinois / US'],
  // A county is the city when it is all we know, the way GVA codes it.
  ['Deputies said a boy was shot in Cowley County on Monday.', null, 'Cowley County / Kansas / US'],
  // A dateline town the index lacks keeps its name and its state.
  ['SANBORN, ND – A 12-year-old boy died on Sunday.', null, 'Sanborn / North Dakota / US'],
  // "St. Louis City" is St. Louis.
  ['A man was shot in St. Louis City on Monday, police said.', null, 'St. Louis / Missouri / US'],
  // The address names the country, not a village of that name; a word of another language in the
  // address ("presidente") is no town's alternate name.
  ['Troops were sent there on Friday.', 'https://example.com/news/troops-deployed-in-kazakhstan/', 'null / null / KZ'],
  ['Order has been restored, the president said.', 'https://example.com/notizie/il-presidente-ha-detto/', 'null / null / US'],
  // A small foreign town without a cue ("a silver Honda") does not decide the country.
  ['A man in a silver Honda opened fire, police said. Two people were hurt in Flint.', 'https://example.com/story/1', 'Flint / Michigan / US'],
  // An outlet named after a city is the outlet's home: Campbell near Youngstown, Ohio.
  ['Two people were shot in Campbell, the Youngstown News reported.', null, 'Campbell / Ohio / US'],
  // A small foreign district named without a cue ("on Long Island") does not decide the country.
  ['A teen was shot on Long Island on Tuesday, Nassau police said.', 'https://www.example.com/new-york/teen-shot', 'Nassau / New York / US'],
  // "/news/new-england/" in the address is not England.
  ['Two people were shot outside a high school in Boston on Monday.', 'https://www.example.com/news/new-england/two-shot', 'Boston / Massachusetts / US'],
  // A first name that is also a foreign region ("Brittany's sister") does not decide the country.
  ["Officers said Brittany's sister called 911. Kane County deputies found the car in St. Charles.", 'https://www.example.com/news/1', 'St. Charles / Illinois / US'],
  // A county name of many states, repeated, does not outvote a town that fits one of them.
  ['Pike County deputies said a man was shot on Friday. Pike County officials closed the road. Pike County schools stayed open on Monday. The victim was taken to a hospital in McComb.', null, 'McComb / Mississippi / US'],
  // …while a county of one state, or a known town, stays itself.
  ['Cowley County deputies said a man was shot. Cowley County officials closed the road.', null, 'Cowley County / Kansas / US'],
];

test('locate: outlet priors, address paths, neighbourhoods, counties', () => {
  for (const [text, url, expected] of OUTLET_AND_CONTEXT) {
    const a = analyse({ text, url });
    const l = locate(a, { start: 0, end: text.length });
    assert.equal(`${l?.city} / ${l?.admin1} / ${l?.country}`, expected, `${text} ${url}`);
  }
});

test('regression: the name index is sorted as the binary search compares (names near non-ASCII keys were missed)', () => {
  const g = gazetteer();
  for (const name of ['Grove City', 'Łódź', 'Aarwangen', 'Zürich', 'São Paulo']) {
    assert.ok(g.lookup(normalizeName(name)), name);
  }
});

test('hand tables: every demonym, alias and AP abbreviation resolves to its country or state', async () => {
  const { DEMONYMS, COUNTRY_ALIASES, US_STATE_ABBREVIATIONS, REGION_ALIASES } = await import('../../src/analyse/places/tables.js');
  const g = gazetteer();
  for (const [name, code] of [...Object.entries(DEMONYMS), ...Object.entries(COUNTRY_ALIASES)]) {
    const hit = g.lookup(normalizeName(name));
    assert.ok(hit?.refs.some((r) => (r & 3) === 2 && g.countryOf(r) === code), `${name} → ${code}`);
  }
  for (const [name, code] of Object.entries(US_STATE_ABBREVIATIONS)) {
    const hit = g.lookup(`${normalizeName(name)}.`);
    assert.ok(hit?.refs.some((r) => (r & 3) === 1 && g.admin1[r >> 2]![1] === code), `${name} → ${code}`);
  }
  for (const [name, code] of Object.entries(REGION_ALIASES)) {
    const hit = g.lookup(normalizeName(name));
    assert.ok(hit?.refs.some((r) => (r & 3) === 1 && `${g.countryOf(r)}.${g.admin1[r >> 2]![1]}` === code), `${name} → ${code}`);
  }
});

test('cue words: every cue pattern ends with a word of CUE_LAST_WORDS (recognition tests that word first)', async () => {
  const { CUES_BEFORE, CUE_LAST_WORDS } = await import('../../src/analyse/places/tables.js');
  const phrases = [
    'in the city of ', 'the town of the ', 'the capital of ', 'shots in ', 'In the ', 'near ', 'Near the ', 'outside downtown ',
    'in southwest ', 'in neighbouring ', 'Throughout the ', 'between ', 'east of ', 'the situation of the ', 'from ', 'from neighboring ',
    'flights to ', 'the border with the ', 'residents of ', 'the mayor of ', 'a vote against ', 'by ', 'over the ', 'for ',
  ];
  for (const phrase of phrases) {
    assert.ok(CUES_BEFORE.some(([re]) => re.test(phrase)), `no cue pattern matches ${JSON.stringify(phrase)}`);
    const last = /([A-Za-z]+)\s+$/.exec(phrase)![1]!;
    assert.ok(CUE_LAST_WORDS.has(last), `${JSON.stringify(phrase)}: ${last} missing from CUE_LAST_WORDS`);
  }
  // …and the shortcut changes nothing: a cue is still found, a non-cue still is not.
  assert.equal(analyse({ text: 'Two men were shot near Fresno on Monday.' }).places[0]?.rule, 'locative');
  assert.equal(analyse({ text: 'Officials said Fresno had no comment.' }).places[0]?.rule, 'name');
});

test('word bit table: a word it rules out has no entry, starts no name and is no first name (every word of 1–3 letters)', () => {
  const g = gazetteer();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words: string[] = [];
  for (const a of letters) {
    words.push(a);
    for (const b of letters) {
      words.push(a + b);
      for (const c of letters) words.push(a + b + c);
    }
  }
  let ruledOut = 0;
  for (const lower of words) {
    for (const word of [lower, lower[0]!.toUpperCase() + lower.slice(1), lower.toUpperCase()]) {
      if (g.mayBeNameWord(word)) continue;
      ruledOut++;
      const entry = g.wordEntry(word);
      assert.ok(!entry.hit && entry.words === 1 && !g.isFirstName(word), `${word} ruled out but known`);
    }
  }
  assert.ok(ruledOut > 0);
});

test('word bit table: names, first words of names, hand-table words and first names pass; other characters always pass', () => {
  const g = gazetteer();
  // a place, the first word of "Salt Lake City", "St" of "St. Louis", a demonym, "North" of
  // "North Korean", "A" of "A Coruña", a first name, any case
  for (const word of ['Fresno', 'FRESNO', 'Salt', 'St', 'Ft', 'Kazakh', 'North', 'A', 'Jordan', 'Patrick']) {
    assert.ok(g.mayBeNameWord(word), word);
  }
  for (const word of ["O'Fallon", 'Pa.', 'Zürich', 'U.S.']) assert.ok(g.mayBeNameWord(word), word);
});

test('second-word letters: a name of several words is tried only when the next word may continue one', () => {
  const g = gazetteer();
  const { next } = g.wordEntry('Salt');
  assert.notEqual(next & letterBit('L'.charCodeAt(0)), 0, 'Salt Lake City');
  assert.equal(letterBit('l'.charCodeAt(0)), letterBit('L'.charCodeAt(0)));
  assert.equal(letterBit('É'.charCodeAt(0)), -1, 'anything but an ASCII letter matches every mask');
  // …and the names are still found whole, and the words alone when no name goes on.
  assert.equal(analyse({ text: 'A man was shot in Salt Lake City on Monday.' }).places[0]?.text, 'Salt Lake City');
  assert.equal(analyse({ text: 'Police said the shooting in New Orleans was gang related.' }).places[0]?.text, 'New Orleans');
  assert.equal(analyse({ text: 'Two men were hurt in Fresno on Tuesday night.' }).places[0]?.text, 'Fresno');
});
