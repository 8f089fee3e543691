import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../src/model/index.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { CUES, findCues } from '../../src/extract/events/cues.js';
import { decide } from '../../src/extract/events/decide.js';
import { DECISIONS, FAMILY } from '../../src/extract/events/decisions.js';
import { ACTOR_LEXICON, actorMentions } from '../../src/extract/events/actors.js';
import { extractEvents } from '../../src/extract/events/index.js';
import { gateOf, GatedPatterns, innerGateOf, wordBeginnings } from '../../src/extract/events/gate.js';
import { subtypesCompatible } from '../../src/extract/events/merge.js';

function analyse(text: string, ignored: { start: number; end: number }[] = []) {
  const doc = prepareDocument({ id: 't', text, publishedAt: '2022-01-08' });
  doc.ignored.push(...ignored);
  return { doc, sentences: splitSentences(doc), dates: [], places: [] };
}

test('every cue matches its own example', () => {
  for (const cue of CUES) {
    assert.ok(findCues(cue.example, []).some((m) => m.tag === cue.tag), `${cue.tag}: ${cue.example}`);
  }
});

test('every cue keeps its gate: the example passes the prefilter', () => {
  for (const cue of CUES) {
    const gate = gateOf(cue.pattern);
    if (!gate) continue;
    const beginnings = wordBeginnings(cue.example);
    assert.ok(gate.some((g) => beginnings.has(g)), `${cue.tag}: ${cue.example}`);
  }
});

test('cues tried at their gate positions find what a scan of the whole sentence finds', () => {
  // invented sentences (no background phrase) with repeated and overlapping cue words, at the start, middle and end
  const sentences = [
    'Shelling and more shelling: rebels shelled the town, then artillery and rockets hit it.',
    'Airstrikes, air strikes and an air raid hit the camp; jets struck again at dawn.',
    'He was shot, and she was shot twice; the shooting range stayed open. Shooting',
    'A rocket-propelled grenade and a hand grenade were thrown; grenades exploded.',
    'Protesters clashed with police, who fired tear gas; clashes went on. clash',
  ];
  for (const text of sentences) {
    const got = findCues(text, []);
    for (const cue of CUES) {
      if (cue.onlyWith) continue;
      const re = new RegExp(cue.pattern.source, 'gi');
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        assert.ok(got.some((c) => c.tag === cue.tag && c.start === start && c.end === end), `${cue.tag} at ${start} in: ${text}`);
      }
    }
  }
});

test('every decision line types its own example', () => {
  for (const d of DECISIONS) {
    assert.ok(decide(findCues(d.example, [])).some((c) => c.type === d.type), `${d.type}: ${d.example}`);
  }
});

test('every actor entry matches its example', () => {
  for (const a of ACTOR_LEXICON) assert.ok(new RegExp(a.pattern.source, 'i').test(a.example), a.example);
});

test('a pattern starting with an optional word is gated by the word after it', () => {
  const table: [RegExp, string[] | null][] = [
    [/\b(?:\w+ )?peace-?keep/, ['peace']],
    [/\b(?:\w+ |the )?(?:troops|army)\b/, ['army', 'troop']],
    [/(?<=x)(?:\w+ )?peace/, null], // no \b: "xpeace" holds no word starting with "peace"
    [/\b(?:\w+)?peace/, null], // "unpeaceful": the word may be glued on
    [/\b(?:\w+ )?peace|war/, null],
  ];
  for (const [re, gate] of table) assert.deepEqual(innerGateOf(re)?.sort() ?? null, gate);
  // the peace-keeper actor, gated so, still takes the word before it
  const text = 'Russian peacekeepers arrived; CSTO peace-keeping forces left, and peacekeepers stayed.';
  const names = actorMentions(text, { start: 0, end: text.length }).filter((m) => m.kind === 'peacekeepers').map((m) => m.name);
  assert.deepEqual(names, ['Russian peacekeepers', 'CSTO peace-keeping forces', 'and peacekeepers']);
});

test('actors tried at their gate positions find what a scan of the whole sentence finds', () => {
  // invented sentences: one-letter "a" at the start, the middle and before a longer "a…" word
  const sentences = [
    'A man was shot and a woman was hurt, police said.',
    'Officers found a 7-year-old boy and the girl at an apartment.',
    'An aide and a manager spoke; the teenager and the child were safe. A boy',
  ];
  const victim = ACTOR_LEXICON.find((a) => a.kind === 'victim')!;
  for (const text of sentences) {
    const found = actorMentions(text, { start: 0, end: text.length }).filter((m) => m.kind === 'victim').map((m) => m.name);
    const expected = [...text.matchAll(new RegExp(victim.pattern.source, 'gi'))].map((m) => m[0]);
    assert.ok(expected.length > 0, text);
    assert.deepEqual(found, expected, text);
  }
});

test('gates read word beginnings from expressions', () => {
  const table: [RegExp, string[] | null][] = [
    [/\b(?:riot(?:s|ed)?|unrest)\b/, ['riot', 'riote', 'riots', 'unres']],
    [/\bcurfews?\b/, ['curfe']],
    [/\b(?:\w+ )?peace/, null],
    [/(?<=\bon )strike/, ['strik']],
    // on across the space after a short word, up to eight characters; a one-letter word with its space
    [/\b(?:a|the) (?:man|boy)\b/, ['a boy', 'a man', 'the boy', 'the man']],
    [/\bto protest\b/, ['to prote']],
    [/\b(?:was|were) (?:repelled|pushed back)\b/, ['was push', 'was repe', 'were pus', 'were rep']],
    [/\bin the (?:death|killing) of\b/, ['in the d', 'in the k']],
    // a word that may be any word ends the beginning at its space
    [/\bwas (?:\w+ )?pushed\b/, ['was ', 'was push']],
    // `#` is any digit; a repeated one ends the beginning
    [/\ba \d+-year-old\b/, ['a #']],
    [/\b\d+ killed\b/, null],
    [/\ba\b/, null],
  ];
  for (const [re, gate] of table) assert.deepEqual(gateOf(re)?.sort() ?? null, gate);
});

test('gates across a space or a digit find what a scan of the whole sentence finds', () => {
  // invented patterns and sentences: the words of a gate split by two spaces, a line break, a
  // digit, the end of the sentence, a longer word that starts the same
  const patterns = [
    /\bto protest\b/,
    /\b(?:was|were) (?:repelled|pushed back)\b/,
    /\b(?:a|the) (?:\d+-year-old )?(?:man|boy)\b/,
    /\bin the (?:death|killing) of\b/,
    /\bg7 summit\b/,
  ];
  const sentences = [
    'They came to protest; to  protest again, to\nprotest, top protest, to protests and to protest',
    'The attack was repelled. Was Repelled! It was  pushed back, was pushed back, wasn pushed back.',
    'A man, a 7-year-old boy, the 12-year-old man, a7 man, the boy, a  man, an man and a',
    'Anger in the death of a student; in the killing of two, in the  death of, in thee death of',
    'At the G7 summit, g7  summit, g77 summit and the G7 summits',
  ];
  const gated = new GatedPatterns(patterns);
  for (const text of sentences) {
    const spans = [{ start: 0, end: text.length }];
    gated.scan(text, spans);
    patterns.forEach((re, k) => {
      const found: string[] = [];
      gated.matches(k, text, spans, [], () => true, (_, start, end) => found.push(`${start}:${text.slice(start, end)}`));
      const expected = [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(found, expected, `${re.source} in: ${text}`);
    });
  }
});

test('background mentions do not make events: "killed during the protests"', () => {
  const types = decide(findCues('The president offered condolences to families of those killed during the protests.', [])).map((c) => c.type);
  assert.ok(!types.includes('PEACE_PROTEST'));
});

test('deaths in the protests, no force named, make them violent; a protest about a killing stays peaceful', () => {
  const CASES: [string, string][] = [
    ['At least 164 people have been killed in the protests in the country.', 'VIOL_DEMONSTR'],
    ['Eleven people died during the anti-government demonstrations.', 'VIOL_DEMONSTR'],
    ['Residents marched on Sunday against the killing of a teenager by police.', 'PEACE_PROTEST'],
    ['Hundreds rallied demanding justice for two students killed in a road accident.', 'PEACE_PROTEST'],
    ['Protesters gathered outside the court where the man accused of killing three people appeared.', 'PEACE_PROTEST'],
  ];
  for (const [text, type] of CASES) assert.deepEqual(decide(findCues(text, [])).map((c) => c.type).filter((t) => FAMILY[t] === 'demonstration'), [type], text);
});

test('a statement about an event frames it: condemned the attack', () => {
  const cands = decide(findCues('The foreign ministry condemned the bombing of the market.', []));
  assert.equal(cands.find((c) => c.type === 'DIPLO')?.framed, false);
  assert.equal(cands.find((c) => c.type === 'REM_EXPLOS')?.framed, true);
});

test('one event reported in two sentences is one event with two evidence spans', () => {
  const text = 'Thousands of protesters marched through the capital on Monday. The rally ended peacefully in the evening.';
  const events = extractEvents(analyse(text), []);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'PEACE_PROTEST');
  assert.equal(events[0]!.evidence.length, 2);
  for (const e of events[0]!.evidence) assert.equal(e.text, text.slice(e.start, e.end));
});

test('two events in one sentence are two events', () => {
  const text = 'The president declared a state of emergency and deployed troops to the province.';
  const types = extractEvents(analyse(text), []).map((e) => e.type).sort();
  assert.deepEqual(types, ['CHANGE_TO_GROUP_ACT', 'OTHER']);
});

test('subtypes and their dates: "until January 19" is an end date of the measure only', () => {
  const events = extractEvents(analyse('Authorities imposed a curfew in the city.'), []);
  assert.equal(events[0]!.subtype, 'curfew');
  assert.ok(subtypesCompatible('statement', 'condemnation'));
  assert.ok(!subtypesCompatible('phone_call', 'statement'));
});

test('ignored spans (a repeated teaser) are not read', () => {
  const text = 'A bomb exploded in the market.\n\nA bomb exploded in the market.';
  const events = extractEvents(analyse(text, [{ start: 0, end: 30 }]), []);
  assert.equal(events.length, 1);
  assert.ok(events[0]!.evidence.every((e) => e.start >= 30));
});

test('actors have roles: the police are the agent, the protesters the target', () => {
  const e = extractEvents(analyse('Police fired tear gas at protesters outside parliament.'), [])[0]!;
  assert.equal(e.type, 'PROTEST_WITH_INTER');
  assert.ok(e.actors.some((a) => a.kind === 'police' && a.role === 'agent'));
  assert.ok(e.actors.some((a) => a.kind === 'protesters' && a.role === 'target'));
});

test('figures link to the event they count, both ways', () => {
  const text = 'A man was shot and killed outside a bar on Friday night. Police arrested two suspects on Saturday.';
  const figure = (id: string, kind: Figure['kind'], start: number, end: number): Figure => ({
    id, event: null, kind, value: 1, low: 1, high: 1, qualifier: 'exact', scope: 'incident', subject: null,
    location: null, attribution: [], evidence: [{ start, end, text: text.slice(start, end) }],
  });
  const killed = figure('f1', 'killed', 0, 5);
  const detained = figure('f2', 'detained', text.indexOf('two'), text.indexOf('two') + 3);
  const events = extractEvents(analyse(text), [killed, detained]);
  assert.equal(events[0]!.type, 'ATTACK');
  assert.equal(killed.event, events[0]!.id);
  assert.deepEqual(events[0]!.figures, ['f1']);
  const arrest = events.find((e) => e.type === 'ARREST')!;
  assert.equal(detained.event, arrest.id);
  assert.equal(events[0]!.date?.start, '2022-01-08');
});

test('a figure in the lead counts the main event, though the lead also reports another', () => {
  const figureAt = (text: string, id: string, kind: Figure['kind'], words: string): Figure => {
    const start = text.indexOf(words);
    return {
      id, event: null, kind, value: 1, low: 1, high: 1, qualifier: 'exact', scope: 'incident', subject: null,
      location: null, attribution: [], evidence: [{ start, end: start + words.length, text: words }],
    };
  };
  // [title, text, words of the figure, type of the event it links to]
  const CASES: [string, string, string, string][] = [
    // in the lead: the main event (the shooting), not the robbery its sentence reports
    ['Man shot dead, guests wounded in shooting at party', 'A gang robbery at a party on Friday left four people wounded. A man later opened fire on the guests. Two guests were shot.', 'four people', 'ATTACK'],
    // the main event's first two sentences: its lead, though later in the text
    ['Man shot dead, guests wounded in shooting at party', 'Neighbours said the street is usually quiet. The council met on Monday to discuss parking. A gunman shot a guest at a party on Friday night. Deputies exchanged gunfire with the man, and four people were wounded.', 'four people', 'ATTACK'],
    // negative: after the lead, the event of its own sentence
    ['Man shot dead, guests wounded in shooting at party', 'A man opened fire on the guests of a party on Friday. Nobody was hurt at first, police said. Later a gang robbery at the party left four people wounded.', 'four people', 'ORG_CRIME'],
  ];
  for (const [title, text, words, type] of CASES) {
    const doc = prepareDocument({ id: 't', title, text, publishedAt: '2022-01-08' });
    const figure = figureAt(text, 'f1', 'injured', words);
    const events = extractEvents({ doc, sentences: splitSentences(doc), dates: [], places: [] }, [figure]);
    assert.equal(events[0]!.type, 'ATTACK', text);
    assert.equal(events.find((e) => e.id === figure.event)?.type, type, text);
  }
});

test('no events in a text that reports none', () => {
  assert.deepEqual(extractEvents(analyse('The council approved the new library budget on Tuesday.'), []), []);
});
