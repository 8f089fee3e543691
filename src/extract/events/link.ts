import type { EventType, FigureKind } from '../../model/index.js';

const HARM: EventType[] = [
  'ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER',
  'AIR_STRIKE', 'ART_MISS_ATTACK', 'CHEM_WEAP', 'GRENADE', 'REM_EXPLOS', 'SUIC_BOMB',
  'ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL', 'FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER', 'VIOL_DEMONSTR', 'MOB_VIOL',
  'PROPERTY_DISTRUCT', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER',
];

/**
 * Which event types a figure of each kind can belong to: casualties to violence and disasters,
 * detentions to arrests and broken-up protests, troops to deployments, crowds to demonstrations.
 */
export const LINKABLE: Record<FigureKind, EventType[]> = {
  killed: HARM,
  injured: HARM,
  casualties: HARM,
  hospitalized: HARM,
  critical: HARM,
  missing: [...HARM],
  detained: ['ARREST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL', 'ORG_CRIME', 'DISR_WEAP', 'OTHER'],
  abducted: ['ABDUCT_DISSAP', 'ATTACK', 'ORG_CRIME'],
  displaced: [...HARM, 'OTHER', 'AGREEMENT'],
  evacuated: [...HARM, 'OTHER', 'AGREEMENT'],
  participants: ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL'],
  troops: ['CHANGE_TO_GROUP_ACT', 'HQ_ESTABLISHED', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'ARMED_CLASH', 'NON_VIOL_TERRIT_TRANSFER'],
  other: [],
};
