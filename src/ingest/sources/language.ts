import { franc } from 'franc-min';

/** What `detectLanguage` returns when the text is too short or its language cannot be told. */
export const UNDETERMINED = 'und';

/** Fewer letters than this: too little evidence for a trigram model, the language is `und`. */
export const MIN_LETTERS = 40;

/** How much of a long text is read: the first few paragraphs tell the language as well as the whole. */
const SAMPLE_CHARS = 1000;

/**
 * English function words: when they make up at least {@link ENGLISH_SHARE} of the sample's words
 * (news English runs at 35–45 %, other Latin-script languages below 8 %), the text is English
 * without running the trigram model, which is 20 times slower.
 */
const ENGLISH_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'he', 'she',
  'it', 'from', 'his', 'her', 'were', 'said', 'has', 'have', 'had', 'been', 'they', 'who', 'after', 'an', 'are',
  'not', 'but', 'their', 'this', 'which', 'police', 'when', 'be', 'will', 'or', 'would', 'there', 'into',
]);
const ENGLISH_SHARE = 0.15;
const MIN_WORDS_FOR_SHORTCUT = 20;
const WORD = /[A-Za-z]+/g;
const LONG_SAMPLE_CHARS = 8000;

function looksEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
  }
  return words >= MIN_WORDS_FOR_SHORTCUT && english / words >= ENGLISH_SHARE;
}

/** Whether the text has at least `n` letters (counting stops there). */
function hasLetters(text: string, n: number): boolean {
  LETTER.lastIndex = 0;
  for (let found = 0; found < n; found++) if (!LETTER.test(text)) return false;
  return true;
}

/**
 * ISO 639-3 (what franc-min returns) → ISO 639-1, for every language franc-min knows.
 * Languages without a two-letter code keep their three-letter code.
 */
const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', ron: 'ro',
  pol: 'pl', ces: 'cs', hun: 'hu', swe: 'sv', tur: 'tr', rus: 'ru', ukr: 'uk', bel: 'be',
  bul: 'bg', kaz: 'kk', srp: 'sr', hrv: 'hr', bos: 'bs', arb: 'ar', urd: 'ur', pes: 'fa',
  pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn', ind: 'id', zlm: 'ms', jav: 'jv',
  sun: 'su', vie: 'vi', tgl: 'tl', ceb: 'ceb', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig',
  fuv: 'ff', ckb: 'ku', uzn: 'uz', azj: 'az', run: 'rn', plt: 'mg', qug: 'qu', nya: 'ny',
  zyb: 'za', kin: 'rw', zul: 'zu', lin: 'ln', som: 'so', ilo: 'ilo', koi: 'kv', skr: 'skr',
  mai: 'mai', bho: 'bho', mag: 'mag', mad: 'mad', hms: 'hms', hnj: 'hnj',
  cmn: 'zh', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

const LETTER = /\p{L}/gu;

/**
 * The language of a text as an ISO 639-1 code (`en`, `de`, `ru`; a three-letter code for languages
 * without one), or `und` when the text has fewer than {@link MIN_LETTERS} letters or the model
 * cannot tell. Reads the first 1,000 characters only; common English is recognised by its function words first.
 * @example detectLanguage('Police said three people were killed in the city on Monday.') // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!hasLetters(sample, MIN_LETTERS)) return UNDETERMINED;
  // a page opening with navigation or a photo gallery: the body further down tells
  if (looksEnglish(sample) || (text.length > SAMPLE_CHARS && looksEnglish(text.slice(0, LONG_SAMPLE_CHARS)))) return 'en';
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return UNDETERMINED;
  return ISO639_3_TO_1[code] ?? code;
}
