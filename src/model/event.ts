import type { DateValue } from './date.js';
import type { Location } from './place.js';
import type { Evidence } from './span.js';

/** The 30 event types: ACLED's 25 sub-event types plus five common classes outside ACLED. */
export const EVENT_TYPES = [
  // Battles
  'ARMED_CLASH',
  'GOV_REGAINS_TERIT',
  'NON_STATE_ACTOR_OVERTAKES_TER',
  // Explosions / remote violence
  'AIR_STRIKE',
  'ART_MISS_ATTACK',
  'CHEM_WEAP',
  'GRENADE',
  'REM_EXPLOS',
  'SUIC_BOMB',
  // Violence against civilians
  'ATTACK',
  'ABDUCT_DISSAP',
  'SEX_VIOL',
  // Protests
  'PEACE_PROTEST',
  'PROTEST_WITH_INTER',
  'FORCE_AGAINST_PROTEST',
  // Riots
  'VIOL_DEMONSTR',
  'MOB_VIOL',
  // Strategic developments
  'AGREEMENT',
  'ARREST',
  'CHANGE_TO_GROUP_ACT',
  'DISR_WEAP',
  'HQ_ESTABLISHED',
  'NON_VIOL_TERRIT_TRANSFER',
  'PROPERTY_DISTRUCT',
  'OTHER',
  // Outside ACLED
  'DIPLO',
  'ATTRIB',
  'ORG_CRIME',
  'NATURAL_DISASTER',
  'MAN_MADE_DISASTER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Who took part in an event and how. */
export const ACTOR_KINDS = [
  'police',
  'military',
  'security_forces',
  'government',
  'protesters',
  'rioters',
  'civilians',
  'armed_group',
  'peacekeepers',
  'journalists',
  'perpetrator',
  'victim',
  'state',
  'organisation',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  role: 'agent' | 'target';
  name: string;
  kind: ActorKind;
}

/** One real-world event a document reports; `figures` holds the ids of the figures that belong to it. */
export interface Event {
  id: string;
  type: EventType;
  subtype: string | null;
  date: DateValue | null;
  location: Location | null;
  actors: Actor[];
  figures: string[];
  evidence: Evidence[];
  confidence: number;
}
