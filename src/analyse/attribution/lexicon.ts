import type { SourceKind } from '../../model/index.js';

/** One row of the source-kind table: a pattern over the lower-cased source name and its kind. */
export interface SourceKindRow {
  pattern: RegExp;
  kind: SourceKind;
}

/** Source kinds, first match wins (so "UN spokesperson X" is international, "Police Department" police). */
export const SOURCE_KINDS_TABLE: readonly SourceKindRow[] = [
  // "CSTO Secretary General Stanislav Zas", "UN spokesperson Jane Doe"
  { pattern: /\b(?:un|united nations|csto|collective security treaty|nato|eu|european union|osce|who|world health organi[sz]ation|unicef|unhcr|ocha|icrc|red cross|red crescent|african union|interpol|world bank|imf)\b/, kind: 'international' },
  // "Human Rights Watch", "the Syrian Observatory for Human Rights", "activists"
  { pattern: /\b(?:human rights|amnesty|watch|ngo|monitor|observatory|activists?|rights group|advocacy|gun violence archive|charity|foundation)\b/, kind: 'ngo' },
  // "Khabar 24 news station", "Sputnik", "Tengrinews.kz", "Kazakh media"
  { pattern: /\b(?:media|news|agency|newspaper|paper|tv|television|radio|broadcaster|station|channel|outlet|press|wire|journal|times|post|herald|tribune|gazette|sputnik|reuters|ap|afp|tass|ria|interfax|bbc|cnn|al jazeera|xinhua|bloomberg|khabar|associated press|nbc|abc|cbs|fox|wsmv|wate|wsb|wgn|kcra)\b|\.[a-z]{2,3}$/, kind: 'media' },
  // "doctors", "the coroner", "hospital officials"
  { pattern: /\b(?:hospital|hospitals|doctors?|medical|coroner|medical examiner|health services?|paramedics|ambulance|morgue|emergency services)\b/, kind: 'medical' },
  // "the Millbrook Police Department", "Sheriff John Doe", "investigators"
  { pattern: /\b(?:police|sheriff|sheriff's|deputies|deputy|officers?|troopers?|constabulary|detectives?|investigators|patrol|law enforcement|sgt|lt|det|cpl|capt|chief|pd)\b/, kind: 'police' },
  // "the army", "Defence Ministry"
  { pattern: /\b(?:army|military|armed forces|defen[cs]e ministry|ministry of defen[cs]e|pentagon|navy|air force|soldiers|troops|commander|general staff)\b/, kind: 'military' },
  // "Interior Ministry", "government", "President Tokayev", "officials"
  { pattern: /\b(?:government|ministry|minister|president|premier|governor|mayor|officials?|authorities|spokes(?:person|man|woman)|cabinet|parliament|prosecutors?|attorney|council|kremlin|white house|administration|department|commission|akimat|interior|state|office|gov|sen|rep|senator|congressman|district attorney)\b/, kind: 'government' },
  // "witnesses", "neighbours", "the victim's family"
  { pattern: /\b(?:witness|witnesses|eyewitness(?:es)?|residents?|neighbou?rs?|family|relatives|friends?|mother|father|brother|sister|wife|husband)\b/, kind: 'witness' },
  // "the company", "the party"
  { pattern: /\b(?:company|party|group|organi[sz]ation|union|university|school|church|club|association|corporation|inc)\b/, kind: 'organisation' },
];

/** Verbs that attribute what a sentence says to their subject: "police said", "X told reporters". */
export const SAY_VERBS =
  'said|says|say|told|tells|reported|reports|report|confirmed|confirms|announced|announces|stated|states|added|adds|noted|notes|estimated|estimates|claimed|claims|tweeted|wrote|quoted|revealed|indicated|explained|stressed|declared|according';

/** Words after a source name that describe what it gave, not who it is: "government figures". */
export const DATA_WORDS = /\s+(?:figures|numbers|data|statistics|stats|estimates|count|tally|tallies|reports?|records|sources|statement|statements|release)$/i;

/** Verbs that pass figures on: "numbers reported by Kazakh media", "figures acquired by Tengrinews.kz". */
export const RELAY_BY = /\s+(?:reported|acquired|obtained|cited|published|released|quoted|relayed|seen|compiled|provided|shared|gathered|confirmed)\s+by\s+/i;

/** Sentence openings that show a sentence goes on with the previous one's source: "Another 56 …". */
export const CONTINUATION = /^(?:[“"]?)(?:another|also|in addition|additionally|of (?:them|those|these|the)|among (?:them|those|these|the)|further|furthermore|moreover|he|she|they|it|the (?:same|figures?|numbers?|ministry|report))\b/i;

/** Pronouns and bare nouns that are no usable source on their own. */
export const NOT_SOURCES: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'which', 'who', 'one', 'the report', 'reports',
  'report', 'it was', 'there', 'what', 'someone', 'some', 'many', 'others',
]);
