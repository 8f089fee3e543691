import type { EventType } from '../../model/index.js';
import type { EventRecord, FigureRecord } from '../store.js';
import type { FlatRow } from './flat.js';

/** ACLED's event type and sub-event type for each of the 30 codes (the five outside ACLED: their own names). */
export const ACLED_TYPES: Readonly<Record<EventType, readonly [string, string]>> = {
  ARMED_CLASH: ['Battles', 'Armed clash'],
  GOV_REGAINS_TERIT: ['Battles', 'Government regains territory'],
  NON_STATE_ACTOR_OVERTAKES_TER: ['Battles', 'Non-state actor overtakes territory'],
  AIR_STRIKE: ['Explosions/Remote violence', 'Air/drone strike'],
  ART_MISS_ATTACK: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  CHEM_WEAP: ['Explosions/Remote violence', 'Chemical weapon'],
  GRENADE: ['Explosions/Remote violence', 'Grenade'],
  REM_EXPLOS: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  SUIC_BOMB: ['Explosions/Remote violence', 'Suicide bomb'],
  ATTACK: ['Violence against civilians', 'Attack'],
  ABDUCT_DISSAP: ['Violence against civilians', 'Abduction/forced disappearance'],
  SEX_VIOL: ['Violence against civilians', 'Sexual violence'],
  PEACE_PROTEST: ['Protests', 'Peaceful protest'],
  PROTEST_WITH_INTER: ['Protests', 'Protest with intervention'],
  FORCE_AGAINST_PROTEST: ['Protests', 'Excessive force against protesters'],
  VIOL_DEMONSTR: ['Riots', 'Violent demonstration'],
  MOB_VIOL: ['Riots', 'Mob violence'],
  AGREEMENT: ['Strategic developments', 'Agreement'],
  ARREST: ['Strategic developments', 'Arrests'],
  CHANGE_TO_GROUP_ACT: ['Strategic developments', 'Change to group/activity'],
  DISR_WEAP: ['Strategic developments', 'Disrupted weapons use'],
  HQ_ESTABLISHED: ['Strategic developments', 'Headquarters or base established'],
  NON_VIOL_TERRIT_TRANSFER: ['Strategic developments', 'Non-violent transfer of territory'],
  PROPERTY_DISTRUCT: ['Strategic developments', 'Looting/property destruction'],
  OTHER: ['Strategic developments', 'Other'],
  DIPLO: ['Outside ACLED', 'Diplomatic event'],
  ATTRIB: ['Outside ACLED', 'Claim of responsibility'],
  ORG_CRIME: ['Outside ACLED', 'Organized crime'],
  NATURAL_DISASTER: ['Outside ACLED', 'Natural disaster'],
  MAN_MADE_DISASTER: ['Outside ACLED', 'Man-made disaster'],
};

/** The ACLED-style columns, in order. */
export const ACLED_COLUMNS = [
  'event_id',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'source',
  'notes',
  'fatalities',
] as const;

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** An ISO 3166-1 alpha-2 code as its English name (ACLED names countries): `KZ` → `Kazakhstan`. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * One event as an ACLED-style row: the first agent as actor1, the place's names and coordinates,
 * the outlet (else URL, else document id) as source, the first evidence sentence as notes, and
 * the largest killed figure of the event (scope other left out) as fatalities.
 */
export function acledRow(event: EventRecord, figures: FigureRecord[], source: string | null): FlatRow {
  const [type, subtype] = ACLED_TYPES[event.type] ?? ['Strategic developments', 'Other'];
  const killed = figures.filter((f) => f.event === event.id && f.kind === 'killed' && f.scope !== 'other').map((f) => f.value);
  return {
    event_id: `${event.document}#${event.id}`,
    event_date: event.date?.start ?? event.reportedAt?.slice(0, 10) ?? null,
    event_type: type,
    sub_event_type: subtype,
    actor1: event.actors.find((a) => a.role === 'agent')?.name ?? null,
    country: countryName(event.location?.country),
    admin1: event.location?.admin1 ?? null,
    location: event.location?.city ?? event.location?.name ?? null,
    latitude: event.location?.lat ?? null,
    longitude: event.location?.lon ?? null,
    source: source ?? event.document,
    notes: event.evidence.map((e) => e.text).join(' ').replace(/\s+/g, ' ').trim() || null,
    fatalities: killed.length ? Math.max(...killed) : 0,
  };
}
