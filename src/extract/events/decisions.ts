import type { EventType } from '../../model/index.js';
import type { Tag } from './cue.js';

/**
 * One line of the decision table: when a sentence holds these tags, it reports an event of this
 * type. The table is read top to bottom; a line that fires uses up its tags, so that later lines
 * cannot read them again ("protest" + "tear gas" is one protest with intervention, not also a
 * peaceful protest), and each type and each family fires at most once per sentence.
 */
export interface Decision {
  type: EventType;
  /** Every one of these tags must be present. */
  all: Tag[];
  /** At least one of these too, when given. */
  any?: Tag[];
  /** None of these may be present (still unused). */
  none?: Tag[];
  /** Tags that add to the score when present, and are used up with the rest. */
  extra?: Tag[];
  /** The nearest actor named before the first `all` cue must be of this kind. */
  agentBefore?: 'gov_actor' | 'nonstate_actor';
  example: string;
}

/** Types that exclude each other within one sentence: one of each family per sentence. */
export const FAMILY: Partial<Record<EventType, string>> = {
  PEACE_PROTEST: 'demonstration', PROTEST_WITH_INTER: 'demonstration', FORCE_AGAINST_PROTEST: 'demonstration',
  VIOL_DEMONSTR: 'demonstration', MOB_VIOL: 'demonstration',
  AIR_STRIKE: 'explosion', ART_MISS_ATTACK: 'explosion', CHEM_WEAP: 'explosion', GRENADE: 'explosion',
  REM_EXPLOS: 'explosion', SUIC_BOMB: 'explosion',
  ARMED_CLASH: 'fighting', ATTACK: 'fighting',
  GOV_REGAINS_TERIT: 'territory', NON_STATE_ACTOR_OVERTAKES_TER: 'territory', NON_VIOL_TERRIT_TRANSFER: 'territory',
};

/** The decision table, most specific first. */
export const DECISIONS: Decision[] = [
  // Claims of responsibility: "Al-Shabaab claimed responsibility for the bombing"
  { type: 'ATTRIB', all: ['attrib'], example: 'IS claimed responsibility for the attack' },
  // Weapons found before they are used: "explosive devices were found near the school"
  { type: 'DISR_WEAP', all: ['weapons_seized'], none: ['air'], extra: ['grenade', 'ied', 'blast', 'bomb', 'shelling'], example: 'Police defused a bomb planted near the market' },
  // The explosion family, most specific weapon first
  { type: 'CHEM_WEAP', all: ['chemical'], extra: ['shelling', 'air', 'blast'], example: 'The rebels fired shells stuffed with poisonous gas' },
  { type: 'SUIC_BOMB', all: ['suicide'], extra: ['blast', 'ied', 'bomb'], example: 'A suicide bomber blew himself up at a checkpoint' },
  { type: 'GRENADE', all: ['grenade'], extra: ['blast'], example: 'A grenade exploded in the market, wounding four' },
  { type: 'AIR_STRIKE', all: ['air'], extra: ['shelling', 'blast', 'bomb'], example: 'Israeli jets fired two missiles at Hezbollah targets' },
  { type: 'REM_EXPLOS', all: ['ied'], extra: ['blast', 'bomb'], example: 'A roadside bomb hit an army patrol' },
  { type: 'ART_MISS_ATTACK', all: ['shelling'], extra: ['blast'], example: 'Four rockets slammed into the town of Kilis' },
  // Accidents and industrial explosions: "a gas explosion at a factory"
  { type: 'MAN_MADE_DISASTER', all: ['manmade'], extra: ['blast', 'site'], none: ['natural', 'shooting'], example: 'A chemical leak at a plant killed ten people' },
  { type: 'NATURAL_DISASTER', all: ['natural'], extra: ['manmade'], example: 'The earthquake destroyed hundreds of homes' },
  { type: 'MAN_MADE_DISASTER', all: ['blast', 'site'], none: ['bomb', 'attacker', 'armed_attack', 'nonstate_actor', 'clash'], example: 'An explosion ripped through a warehouse of petroleum products' },
  { type: 'REM_EXPLOS', all: ['bomb'], extra: ['blast'], none: ['protest', 'riot', 'air'], example: 'A bomb exploded near the bus station' },
  { type: 'REM_EXPLOS', all: ['blast'], none: ['protest', 'riot'], example: 'A powerful blast rocked the market' },
  // Demonstrations: who uses violence, and against whom
  { type: 'MOB_VIOL', all: ['mob'], none: ['protest'], extra: ['property', 'armed_attack', 'killing'], example: 'An angry mob lynched a man accused of theft' },
  { type: 'VIOL_DEMONSTR', all: ['riot'], extra: ['protest', 'protester_violence', 'clash', 'intervention', 'repression', 'protest_people', 'property'], example: 'Riots broke out after the verdict' },
  { type: 'VIOL_DEMONSTR', all: ['protest', 'protester_violence'], extra: ['clash', 'intervention', 'repression', 'protest_people', 'property'], example: 'Protesters threw stones at police during the march' },
  { type: 'VIOL_DEMONSTR', all: ['protest_people', 'protester_violence'], extra: ['clash', 'intervention', 'repression', 'property'], example: 'Protesters clashed with police in Santiago' },
  { type: 'FORCE_AGAINST_PROTEST', all: ['protest', 'repression'], extra: ['intervention', 'protest_people', 'killing'], example: 'Soldiers violently suppressed a peaceful protest' },
  { type: 'FORCE_AGAINST_PROTEST', all: ['protest_people', 'repression'], extra: ['intervention', 'killing'], example: 'Riot police beat an anti-government protester' },
  { type: 'FORCE_AGAINST_PROTEST', all: ['protest', 'shooting', 'gov_actor'], extra: ['protest_people', 'killing', 'intervention'], example: 'Security forces shot dead four protesters at the rally' },
  { type: 'FORCE_AGAINST_PROTEST', all: ['protest_people', 'shooting', 'gov_actor'], extra: ['killing', 'intervention'], example: 'Police shot and wounded two demonstrators' },
  { type: 'MOB_VIOL', all: ['mob'], extra: ['protest', 'property'], example: 'Mobs of looters rushed through the stores' },
  { type: 'PROTEST_WITH_INTER', all: ['protest', 'intervention'], extra: ['protest_people', 'arrest'], example: 'Police dispersed the demonstration with tear gas' },
  { type: 'PROTEST_WITH_INTER', all: ['protest', 'arrest'], extra: ['protest_people'], example: 'Several activists were detained during an unsanctioned protest' },
  { type: 'PROTEST_WITH_INTER', all: ['protest_people', 'intervention'], extra: ['arrest'], example: 'Police fired tear gas at protesters outside parliament' },
  // deaths in the protests with no force named: the demonstrations were not peaceful
  { type: 'VIOL_DEMONSTR', all: ['protest_deaths'], extra: ['protest', 'protest_people'], example: 'At least 164 people have been killed in the protests' },
  { type: 'PEACE_PROTEST', all: ['protest'], extra: ['protest_people'], example: 'Thousands marched through the capital demanding reforms' },
  // Territory: withdrawal first, then who took it
  { type: 'NON_VIOL_TERRIT_TRANSFER', all: ['withdraw'], none: ['clash', 'air', 'shelling'], extra: ['capture'], example: 'Kurdish forces withdrew from the disputed city of Kirkuk' },
  // A side that loses ground: "the terrorists were pushed back"
  { type: 'GOV_REGAINS_TERIT', all: ['loss'], agentBefore: 'nonstate_actor', extra: ['nonstate_actor', 'clash', 'capture'], example: 'The Nusra terrorists were pushed back from their strongholds' },
  { type: 'NON_STATE_ACTOR_OVERTAKES_TER', all: ['loss'], agentBefore: 'gov_actor', extra: ['gov_actor', 'clash', 'capture'], example: 'The army base fell to the insurgents' },
  { type: 'GOV_REGAINS_TERIT', all: ['capture'], agentBefore: 'gov_actor', extra: ['gov_actor', 'clash'], example: 'Government forces recaptured the port of Mokha' },
  { type: 'NON_STATE_ACTOR_OVERTAKES_TER', all: ['capture'], agentBefore: 'nonstate_actor', extra: ['nonstate_actor', 'clash'], example: 'Taliban militants took control of the district' },
  { type: 'GOV_REGAINS_TERIT', all: ['capture', 'gov_actor'], extra: ['clash'], example: 'The town was recaptured by the army' },
  { type: 'NON_STATE_ACTOR_OVERTAKES_TER', all: ['capture', 'nonstate_actor'], extra: ['clash'], example: 'Militants took control of the base' },
  // Fighting between armed groups, then attacks on civilians
  { type: 'ARMED_CLASH', all: ['clash'], extra: ['armed_target', 'armed_attack', 'attacker', 'shooting', 'killing'], example: 'Soldiers exchanged fire with militants' },
  { type: 'ARMED_CLASH', all: ['armed_target'], any: ['armed_attack', 'shooting', 'nonstate_actor', 'attacker'], extra: ['killing'], example: 'Militants attacked a police checkpoint' },
  { type: 'ATTACK', all: [], any: ['armed_attack', 'shooting'], extra: ['attacker', 'civilian_target', 'killing'], example: 'Gunmen opened fire on villagers' },
  { type: 'ATTACK', all: ['attacker', 'killing'], extra: ['civilian_target'], example: 'Bandits killed 11 people in a bar' },
  { type: 'ABDUCT_DISSAP', all: ['abduct'], example: 'Security forces abducted a man in Zinjibar' },
  { type: 'SEX_VIOL', all: ['sexual'], example: 'Soldiers raped women fleeing the fighting' },
  // Strategic developments
  { type: 'HQ_ESTABLISHED', all: ['hq'], example: 'US forces set up a new military base in Manbij' },
  { type: 'CHANGE_TO_GROUP_ACT', all: [], any: ['deploy', 'group_change'], example: 'Peacekeeping contingents arrived in Kazakhstan' },
  { type: 'ORG_CRIME', all: ['crime'], none: ['shooting'], example: 'Police seized counterfeit notes worth Rs 76 lakh' },
  { type: 'ARREST', all: ['arrest'], example: 'Police arrested three members of the Islamic State' },
  { type: 'AGREEMENT', all: ['agreement'], example: 'Rebels and government forces exchanged prisoners' },
  { type: 'PROPERTY_DISTRUCT', all: ['property'], example: 'Several shops were looted and set alight' },
  { type: 'OTHER', all: ['emergency'], example: 'A state of emergency was declared until January 19' },
  { type: 'DIPLO', all: ['diplo'], extra: ['diplo_weak'], example: 'Somalia severed ties with Kenya and expelled its diplomats' },
];
