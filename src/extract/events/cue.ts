/**
 * A cue: a word or phrase that signals part of an event ("tear gas", "suicide bomber", "took
 * control of"). Cues carry a tag, not a type: the decision table (decisions.ts) turns the set of
 * tags found in a sentence into event types, so that "protest" + "tear gas" is one protest with
 * intervention rather than two events.
 */
export interface Cue {
  tag: Tag;
  /** What to match; compiled once, case-insensitive and global. */
  pattern: RegExp;
  weight: number;
  /** Subtype this cue gives the event it ends up in (state_of_emergency, phone_call, …). */
  subtype?: string;
  /** Run only on sentences where a cue of one of these tags (listed before this one) was found. */
  onlyWith?: Tag[];
  /** A statement about another event ("condemned the attack", "claimed responsibility for"):
   * the other events of the sentence are only mentioned, not reported. */
  frame?: boolean;
  /** One real-world-like input the cue must match (checked by the tests). */
  example: string;
}

/** The tags cues emit; decisions.ts combines them into event types. */
export const TAGS = [
  // protests and riots
  'protest', 'protest_people', 'topic', 'protest_deaths', 'riot', 'protester_violence', 'intervention', 'repression', 'mob',
  // fighting and attacks
  'clash', 'armed_attack', 'attacker', 'shooting', 'killing', 'armed_target', 'civilian_target',
  // territory
  'capture', 'withdraw', 'gov_actor', 'nonstate_actor',
  // explosions and remote violence
  'air', 'shelling', 'chemical', 'grenade', 'suicide', 'ied', 'blast', 'bomb', 'site', 'loss',
  // violence against civilians
  'abduct', 'sexual',
  // strategic developments
  'arrest', 'weapons_seized', 'hq', 'deploy', 'group_change', 'agreement', 'property', 'emergency',
  // outside ACLED
  'diplo', 'diplo_weak', 'attrib', 'crime', 'natural', 'manmade',
] as const;
export type Tag = (typeof TAGS)[number];
