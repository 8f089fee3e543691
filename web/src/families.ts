import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/** A family of event types: one colour and one map symbol each (the ACLED groups plus "other"). */
export interface Family {
  id: string;
  label: string;
  color: string;
  symbol: SymbolType;
  types: readonly string[];
}

/** The families in legend order. Colours are distinguishable for the common colour blindnesses. */
export const FAMILIES: readonly Family[] = [
  { id: 'battles', label: 'Battles', color: '#8c2d04', symbol: symbolCross, types: ['ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'] },
  { id: 'explosions', label: 'Explosions', color: '#e6550d', symbol: symbolStar, types: ['AIR_STRIKE', 'ART_MISS_ATTACK', 'CHEM_WEAP', 'GRENADE', 'REM_EXPLOS', 'SUIC_BOMB'] },
  { id: 'violence', label: 'Violence against civilians', color: '#c51b7d', symbol: symbolTriangle, types: ['ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL'] },
  { id: 'protests', label: 'Protests', color: '#2171b5', symbol: symbolCircle, types: ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST'] },
  { id: 'riots', label: 'Riots', color: '#6a51a3', symbol: symbolSquare, types: ['VIOL_DEMONSTR', 'MOB_VIOL'] },
  { id: 'strategic', label: 'Strategic developments', color: '#4d9221', symbol: symbolWye, types: ['AGREEMENT', 'ARREST', 'CHANGE_TO_GROUP_ACT', 'DISR_WEAP', 'HQ_ESTABLISHED', 'NON_VIOL_TERRIT_TRANSFER', 'PROPERTY_DISTRUCT', 'OTHER'] },
  { id: 'other', label: 'Other', color: '#525252', symbol: symbolDiamond, types: ['DIPLO', 'ATTRIB', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER'] },
];

const BY_TYPE = new Map(FAMILIES.flatMap((f) => f.types.map((t) => [t, f] as const)));

/** The family of an event type ("other" for anything unknown). */
export function familyOf(type: string): Family {
  return BY_TYPE.get(type) ?? FAMILIES[FAMILIES.length - 1]!;
}

/** A readable label for a type code: `VIOL_DEMONSTR` → "Viol demonstr" is poor, so a table. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {
  ARMED_CLASH: 'Armed clash', GOV_REGAINS_TERIT: 'Government regains territory', NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor takes territory',
  AIR_STRIKE: 'Air strike', ART_MISS_ATTACK: 'Shelling / missile attack', CHEM_WEAP: 'Chemical weapon', GRENADE: 'Grenade', REM_EXPLOS: 'Remote explosive', SUIC_BOMB: 'Suicide bomb',
  ATTACK: 'Attack', ABDUCT_DISSAP: 'Abduction / disappearance', SEX_VIOL: 'Sexual violence',
  PEACE_PROTEST: 'Peaceful protest', PROTEST_WITH_INTER: 'Protest with intervention', FORCE_AGAINST_PROTEST: 'Excessive force against protesters',
  VIOL_DEMONSTR: 'Violent demonstration', MOB_VIOL: 'Mob violence',
  AGREEMENT: 'Agreement', ARREST: 'Arrests', CHANGE_TO_GROUP_ACT: 'Change to group / deployment', DISR_WEAP: 'Weapons seized', HQ_ESTABLISHED: 'Headquarters established',
  NON_VIOL_TERRIT_TRANSFER: 'Non-violent territory transfer', PROPERTY_DISTRUCT: 'Property destruction', OTHER: 'Other development',
  DIPLO: 'Diplomatic act', ATTRIB: 'Claim of responsibility', ORG_CRIME: 'Organised crime', NATURAL_DISASTER: 'Natural disaster', MAN_MADE_DISASTER: 'Man-made disaster',
};

/** The label of a type code. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** Figure kinds drawn as history charts, in order. */
export const HISTORY_KINDS = ['killed', 'injured', 'detained'] as const;
