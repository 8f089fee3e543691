import type { EventType } from '../model/index.js';

/**
 * Event-type families for incident matching: two events can be one incident only when their
 * families are compatible (a shooting and the arrest that followed it: yes; a protest and an
 * earthquake: no).
 */
export type Family = 'violence' | 'unrest' | 'conflict' | 'measures' | 'diplomacy' | 'disaster';

/** Each event type's family. */
export const FAMILY: Readonly<Record<EventType, Family>> = {
  ARMED_CLASH: 'conflict', GOV_REGAINS_TERIT: 'conflict', NON_STATE_ACTOR_OVERTAKES_TER: 'conflict',
  AIR_STRIKE: 'conflict', ART_MISS_ATTACK: 'conflict', CHEM_WEAP: 'conflict', GRENADE: 'conflict',
  REM_EXPLOS: 'conflict', SUIC_BOMB: 'conflict',
  ATTACK: 'violence', ABDUCT_DISSAP: 'violence', SEX_VIOL: 'violence', ORG_CRIME: 'violence',
  PEACE_PROTEST: 'unrest', PROTEST_WITH_INTER: 'unrest', FORCE_AGAINST_PROTEST: 'unrest',
  VIOL_DEMONSTR: 'unrest', MOB_VIOL: 'unrest',
  AGREEMENT: 'diplomacy', DIPLO: 'diplomacy', ATTRIB: 'diplomacy',
  ARREST: 'measures', CHANGE_TO_GROUP_ACT: 'measures', DISR_WEAP: 'measures', HQ_ESTABLISHED: 'measures',
  NON_VIOL_TERRIT_TRANSFER: 'measures', PROPERTY_DISTRUCT: 'measures', OTHER: 'measures',
  NATURAL_DISASTER: 'disaster', MAN_MADE_DISASTER: 'disaster',
};

/**
 * Pairs of different families that can be one incident. `measures` (arrests, states of emergency,
 * troop deployments) follow every kind of event, so they go with all.
 */
const COMPATIBLE_PAIRS: readonly [Family, Family][] = [
  // a riot in which people were shot and killed
  ['violence', 'unrest'],
  // an attack by an armed group reported as a clash
  ['violence', 'conflict'],
  // a protest that turned into fighting
  ['unrest', 'conflict'],
  // "Russia condemns the strike": statements about a conflict or a crackdown
  ['diplomacy', 'conflict'],
  ['diplomacy', 'unrest'],
  ['diplomacy', 'violence'],
];

/** True when events of these two types (null: unknown) may be one incident. */
export function compatibleTypes(a: EventType | null, b: EventType | null): boolean {
  if (a === null || b === null) return true;
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  if (fa === fb || fa === 'measures' || fb === 'measures') return true;
  return COMPATIBLE_PAIRS.some(([x, y]) => (x === fa && y === fb) || (x === fb && y === fa));
}
