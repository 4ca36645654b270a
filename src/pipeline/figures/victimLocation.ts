// Where the people counted were killed or wounded: Gaza, the West Bank or Israel. Read from who
// they were ("Palestinians", "Israelis") and from the place and attack words nearest the number;
// words inside a "since …" phrase only date the start of a toll and are not used. Pure.
import { isWarStartDay, mayNameWarStart } from '../dates/resolveDate.ts';
import type { CountedNoun } from './countedNoun.ts';
import {
  ATTACK_NOUNS,
  HARD_STOPS,
  HOSTAGE_NOUNS,
  OCTOBER_ATTACK_NOUNS,
  TAKING_PARTICIPLES,
} from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import {
  inSinceSpan,
  lowerSlice,
  sinceClauseAfter,
  sinceSpanTold,
  type SentenceView,
} from './sentenceView.ts';
import { isLetter, isSpace, lowerOf, stem, tokenEnd, tokenize, type Token } from './tokens.ts';

export type Place = 'gaza' | 'west_bank' | 'israel';

const WEST_BANK_PLACES = new Set([
  'jenin',
  'tulkarm',
  'tulkarem',
  'nablus',
  'hebron',
  'ramallah',
  'jericho',
  'bethlehem',
  'qalqilya',
  'tubas',
  'salfit',
  'balata',
  'huwara',
  'sinjil',
  'silwad',
  'yatta',
  'qabatiya',
  'tammun',
  'beita',
  'azzun',
]);
const GAZA_PLACES = new Set([
  'gaza',
  'gazan',
  'gazans',
  'enclave',
  'strip',
  'rafah',
  'jabalia',
  'jabaliya',
  'nuseirat',
  'maghazi',
  'bureij',
  'shujaiya',
  'shejaiya',
  'shejaia',
  'mawasi',
  'al-mawasi',
  'zeitoun',
  'shati',
  'nuseirat',
  'zawaida',
  'abasan',
  'qarara',
  'netzarim',
  'philadelphi',
  'al-shifa',
  'shifa',
]);
const ISRAELI_VICTIM_NOUNS = new Set([
  // places on Israel's side: "treated in Israeli hospitals", "on the Israeli side of the border"
  'hospitals',
  'hospital',
  'side',
  'communities',
  'towns',
  'territory',
  'civilians',
  'people',
  'losses',
  'deaths',
  'casualties',
  'victims',
  'dead',
  'residents',
  'citizens',
  'killed',
  'lives',
  'toll',
  'death',
]);
/** Israeli forces acting: the people they kill or wound are on the other side. */
const ISRAELI_FORCE_NOUNS = new Set([
  'strikes',
  'strike',
  'airstrikes',
  'airstrike',
  'air',
  'bombardment',
  'bombing',
  'bombs',
  'attacks',
  'attack',
  'fire',
  'gunfire',
  'shelling',
  'offensive',
  'raids',
  'raid',
  'forces',
  'military',
  'army',
  'troops',
  'soldiers',
  'tanks',
  'drones',
  'operation',
  'operations',
  'campaign',
  'war',
  'occupation',
  'snipers',
  'settlers',
]);
const SETTLER_ACTS = new Set([
  'attacked',
  'attack',
  'killed',
  'shot',
  'stormed',
  'rampaged',
  'raided',
  'torched',
  'stabbed',
  'beat',
  'opened',
  'set',
]);
/** Words after "the Israeli army" that make it a speaker: "the Israeli army said". */
const SPEAKING = new Set(['said', 'says', 'say', 'spokesman', 'spokesperson', 'statement', 'told']);
const TOLL_WORDS = new Set(['toll', 'tally']);

/**
 * A place outside the metrics (Lebanon, Syria, Yemen…): its dead are counted in none.
 * 'palestinian': the other side of Israel's war, Gaza or the West Bank, as the article's
 * region says ("Palestinians", "the ministry", "Israeli forces").
 */
type CuePlace = Place | 'elsewhere' | 'palestinian';
export type PlaceCue = Place | 'palestinian';

interface Cue {
  place: CuePlace;
  index: number;
  /** Where the body giving the count sits: "the ministry in Ramallah", "officials in Gaza". */
  source?: boolean;
}

/** "according to (the) X": X gives the count. */
const accordingTo = (at: (offset: number) => string) =>
  (at(-1) === 'to' && at(-2) === 'according') ||
  (at(-1) === 'the' && at(-2) === 'to' && at(-3) === 'according');

/** Bodies whose seat a place after "in" or "of" names. */
const SOURCE_BODIES = new Set([
  'ministry',
  'officials',
  'authorities',
  'authority',
  'office',
  'agency',
  'spokesman',
  'spokesperson',
  'government',
  'sources',
  'society',
  // ("the Greek Orthodox Patriarchate of Jerusalem said 18 people were killed")
  'patriarchate',
  'patriarch',
  'diocese',
  'archdiocese',
]);

const MINISTRY_ELSEWHERE = new Set([
  'israel',
  'israeli',
  'foreign',
  'defense',
  'defence',
  'justice',
  'finance',
  'egyptian',
  'qatari',
]);
/** What Israel wages: "in Israel's war on Gaza", "in Israel's offensive". */
const ISRAEL_WAGES = new Set([
  'war',
  'offensive',
  'assault',
  'bombardment',
  'bombing',
  'campaign',
  'onslaught',
  'invasion',
  'aggression',
  'operation',
  'strikes',
  'attacks',
  'airstrikes',
  'blockade',
  'siege',
]);

const ISRAEL_AFTER = new Set([
  'in',
  'inside',
  'within',
  'on',
  'against',
  'into',
  'attacked',
  'invaded',
  'struck',
  'southern',
  'northern',
  'across',
]);
/** "communities near the Gaza border", "kibbutzim along the Gaza border", "towns near Gaza". */
const NEAR = new Set(['near', 'along', 'around', 'by', 'on']);
const communitiesNear = (at: (offset: number) => string) => {
  const k = at(-1) === 'the' ? -2 : -1;
  return NEAR.has(at(k)) && BORDER_COMMUNITIES.has(at(k - 1));
};
/** "the Gaza border communities": places on Israel's side of the line. */
const BORDER_COMMUNITIES = new Set(['communities', 'community', 'towns', 'kibbutzim', 'region']);
const CROSSINGS = new Set(['through', 'breached', 'crossed', 'across']);
const BARRIERS = new Set(['fence', 'barrier', 'wall', 'perimeter', 'cordon', 'blockade']);

/** What is put "on Israel" without anything happening there. */
const BURDENS = new Set([
  'pressure',
  'sanctions',
  'embargo',
  'ban',
  'restrictions',
  'criticism',
  'demands',
  'calls',
  'leverage',
  'influence',
  'blame',
  'onus',
  'spotlight',
  'focus',
]);
/** Verbs of killing right after their subject: "Hamas killed", "Israel's war has killed". */
const PERPETRATION = new Set([
  'killed',
  'killing',
  'kills',
  'attacked',
  'murdered',
  'massacred',
  'slaughtered',
]);
// ("Hamas’s": the curly possessive, which stemming keeps.)
const HAMAS = new Set(['hamas', 'hamas-led', 'hamas’s']);

const wagedBy = (w: string) => ISRAEL_WAGES.has(w) || ISRAELI_FORCE_NOUNS.has(w);
/**
 * "in Israel's offensive", "in Israel's ground offensive", "in Israel's 13-month offensive":
 * what Israel wages, within a few words that qualify it.
 */
function wagedAfter(at: (offset: number) => string): boolean {
  for (let k = 1; k <= 4; k++) {
    const w = at(k);
    if (wagedBy(w)) return true;
    if (w === '' || STOPS_AFTER_ISRAEL.has(w) || (/^\W+$/.test(w) && w !== '-')) return false;
  }
  return false;
}
/** Words after "in Israel" that end its phrase: "killed in Israel and Gaza", "in Israel on …". */
const STOPS_AFTER_ISRAEL = new Set([
  'and',
  'or',
  'on',
  'in',
  'since',
  'during',
  'by',
  'from',
  'the',
  'a',
  'as',
  'at',
  'after',
  'before',
  'when',
  'while',
  'with',
  ',',
  '.',
]);

type Reader = (lower: string, i: number, word: (offset: number) => string) => CuePlace | null;

/** Each reader looks at one token and its neighbours and may name a place. */
const ELSEWHERE = new Set([
  'bekaa',
  'tyre',
  'sidon',
  'nabatieh',
  'baalbek',
  'dahiyeh',
  'hezbollah',
  'houthi',
  'houthis',
  'lebanon',
  'lebanese',
  'syria',
  'syrian',
  'syrians',
  'yemen',
  'yemeni',
  'yemenis',
  'iran',
  'iranian',
  'iranians',
  'iraq',
  'iraqi',
  'beirut',
  'damascus',
  'tehran',
  'sanaa',
  'hodeidah',
  'aden',
  'jordan',
  'egypt',
  'egyptian',
  'egyptians',
  // ("a strike on Hamas leaders in Doha killed six")
  'qatar',
  'qatari',
  'doha',
  // Other wars a story sets beside this one: "more civilians than in Ukraine", "its own
  // confrontation with India, in which 40 civilians died". (Countries only: their demonyms
  // name hostages' nationalities, "a Russian-Israeli hostage".)
  'ukraine',
  'russia',
  'sudan',
  'darfur',
  'india',
  'pakistan',
  'kashmir',
  'afghanistan',
  'myanmar',
  'kyiv',
  'khartoum',
  'islamabad',
  'bosnia',
  'sarajevo',
  'srebrenica',
  'kosovo',
  'rwanda',
  'chechnya',
  'grozny',
  'mariupol',
  'ethiopia',
  'tigray',
  'somalia',
  'libya',
  'mosul',
  'aleppo',
  'fallujah',
]);

/**
 * Towns and cities inside Israel where attacks are reported ("a shooting in Tel Aviv", "a
 * rocket hit Ashkelon"), and the communities of the Gaza border.
 */
const ISRAELI_PLACES = new Set([
  'tel',
  'jaffa',
  'haifa',
  'ashkelon',
  'ashdod',
  'sderot',
  'netivot',
  'ofakim',
  'beersheba',
  "be'er",
  'eilat',
  'netanya',
  'herzliya',
  'holon',
  'hadera',
  'ra’anana',
  "ra'anana",
  'raanana',
  'rehovot',
  'kiryat',
  'nahariya',
  'kibbutz',
  'kibbutzim',
  'moshav',
  're’im',
  "re'im",
  'nir',
  'kfar',
  'metula',
  'galilee',
  'negev',
]);

/** A Gaza place by name: "Gaza", "Rafah", "Khan Younis", "Beit Lahia", "Gaza-based"… */
function isGazaName(w: string, next: () => string): boolean {
  return (
    GAZA_PLACES.has(w) ||
    w.startsWith('gaza-') ||
    w === 'khan' ||
    w === 'deir' ||
    // (The next word is read only after "Beit": most cue words are no Gaza name.)
    (w === 'beit' && /^(lahia|hanoun)$/.test(next()))
  );
}

const READERS: readonly Reader[] = [
  // "in Lebanon" places the dead; "fired from Lebanon" only says where an attack came from.
  // "the Houthi-run ministry", "a Lebanon-based group": the place before the hyphen.
  (w, _i, at) =>
    (ELSEWHERE.has(w) || ELSEWHERE.has(beforeHyphen(w))) && at(-1) !== 'from' ? 'elsewhere' : null,
  // "East Jerusalem" is counted with the West Bank; "Nur Shams" is a West Bank camp.
  (w, _i, at) =>
    (w === 'east' && at(1) === 'jerusalem') || (w === 'nur' && at(1) === 'shams')
      ? 'west_bank'
      : null,
  (w, _i, at) =>
    (w === 'west' && at(1) === 'bank') || WEST_BANK_PLACES.has(w) ? 'west_bank' : null,
  // "Judea and Samaria": the West Bank as Israeli officials and outlets name it.
  (w, _i, at) =>
    (w === 'judea' && at(1) === 'and' && at(2) === 'samaria') ||
    (w === 'samaria' && at(-1) === 'and' && at(-2) === 'judea')
      ? 'west_bank'
      : null,
  // Settlers attack in the occupied West Bank: "settlers attacked a village", "killed by
  // settlers". Settlers named otherwise ("settler violence", "sanctioned four settlers") place
  // no one.
  (w, _i, at) =>
    (w === 'settler' || w === 'settlers') &&
    (SETTLER_ACTS.has(at(1)) ||
      at(-1) === 'by' ||
      // "killed by Israeli troops or settlers"
      ((at(-1) === 'or' || at(-1) === 'and') && [at(-3), at(-4), at(-5)].includes('by')))
      ? 'west_bank'
      : null,
  // "the fence around Gaza": a barrier's place is no victim's.
  (w, _i, at) =>
    isGazaName(w, () => at(1))
      ? (at(-1) === 'around' && BARRIERS.has(at(-2))) ||
        BARRIERS.has(at(1)) ||
        (at(1) === 'border' && BARRIERS.has(at(2)))
        ? null
        : // "crossed the Gaza border", "on the Gaza border": a line, where no one counted is;
          // "the Gaza border communities", "communities near the Gaza border" are Israel's.
          at(1) === 'border'
          ? BORDER_COMMUNITIES.has(at(2)) || communitiesNear(at)
            ? 'israel'
            : null
          : // ("communities near Gaza": Israel's, on its side of the line.)
            communitiesNear(at)
            ? 'israel'
            : 'gaza'
      : w === 'palestinian' || w === 'palestinians'
        ? 'palestinian'
        : null,
  // "the ministry said": the Palestinian health ministry of the article's region unless another
  // is named
  // ("the Ministry of Labour", "the Ministry of Foreign Affairs": another ministry's words.)
  (w, _i, at) =>
    w === 'ministry' &&
    at(-1) === 'the' &&
    !MINISTRY_ELSEWHERE.has(at(-2)) &&
    !(at(1) === 'of' && at(2) !== 'health')
      ? 'palestinian'
      : null,
  // "the health ministry", "health officials", "the Ministry of Health"; Israel's own is Israel's
  (w, _i, at) =>
    (w === 'health' && /^(ministry|authorities|officials)$/.test(at(1))) ||
    (w === 'ministry' && at(1) === 'of' && at(2) === 'health')
      ? at(-1) === 'israel' || at(-1) === 'israeli'
        ? 'israel'
        : // ("the Lebanese health ministry", "the Houthi-run health ministry": another country's.)
          ELSEWHERE.has(at(-1)) || ELSEWHERE.has(beforeHyphen(at(-1)))
          ? 'elsewhere'
          : 'palestinian'
      : null,
  // "Israeli strikes" act on the other side; "Israeli civilians" are the victims; "the Israeli
  // army said" names a source, no place.
  // ("According to the Israeli military, …": a source too.)
  (w, _i, at) =>
    w === 'israeli'
      ? ISRAELI_FORCE_NOUNS.has(at(1)) && !SPEAKING.has(at(2)) && !accordingTo(at)
        ? 'palestinian'
        : ISRAELI_VICTIM_NOUNS.has(at(1))
          ? 'israel'
          : null
      : null,
  // "the Nova music festival": the site of the 7 October massacre.
  (w) => (w === 'israelis' || w === 'festival' ? 'israel' : null),
  // "a stabbing in Tel Aviv", "rockets on Sderot"; "Tel" only as "Tel Aviv".
  (w, _i, at) =>
    (ISRAELI_PLACES.has(w) &&
      (w !== 'tel' || at(1) === 'aviv') &&
      (w !== 'nir' || at(1) === 'oz')) ||
    (w === 'jerusalem' && at(-1) !== 'east')
      ? 'israel'
      : null,
  (w, _i, at) => (HAMAS.has(w) && PERPETRATION.has(at(1)) ? 'israel' : null),
  // "Israel killed", "Israel's offensive has killed": the dead are on the other side ("the
  // attack on southern Israel killed" names the place attacked, read below).
  // ("Israel's military says 1,300 people have been killed in Israel": a speaker, no place.)
  (w, _i, at) =>
    w === 'israel' &&
    !ISRAEL_AFTER.has(at(-1)) &&
    (PERPETRATION.has(at(1)) ||
      (ISRAELI_FORCE_NOUNS.has(at(1)) && !SPEAKING.has(at(2))) ||
      (at(1) === 'has' && PERPETRATION.has(at(2))))
      ? 'palestinian'
      : null,
  // "killed in Israel's war on Gaza": a war or an offensive of Israel's is waged elsewhere;
  // "in Israel" alone is the place.
  // "in Israel's retaliatory campaign", "in Israel's ground offensive": one word may qualify it.
  // "pressure on Israel", "sanctions on Israel": a weight put on the state, no place.
  (w, _i, at) =>
    w === 'israel' && ISRAEL_AFTER.has(at(-1)) && !(at(-1) === 'on' && BURDENS.has(at(-2)))
      ? wagedAfter(at)
        ? 'palestinian'
        : 'israel'
      : null,
  // "Israel's death toll", "Israel's dead": the country's own losses.
  (w, _i, at) =>
    w === 'israel' &&
    (at(1) === 'toll' || at(1) === 'dead' || (at(1) === 'death' && at(2) === 'toll'))
      ? 'israel'
      : null,
  // "killed on October 7", "on 7 October": the day of the attack on Israel.
  (w, _i, at) =>
    ((w === 'october' || w === 'oct') &&
      at(-1) === 'on' &&
      (at(1) === '7' || (at(1) === '.' && at(2) === '7'))) ||
    ((w === 'october' || w === 'oct') && (at(-1) === '7' || at(-1) === '7th') && at(-2) === 'on')
      ? 'israel'
      : null,
  // "broke through the border fence, killing 1,200": the crossing into Israel.
  (w, _i, at) =>
    // "broke through the (Gaza) border fence", "breached the fence"
    (w === 'fence' && [at(-2), at(-3), at(-4)].some((x) => CROSSINGS.has(x))) ||
    (w === 'infiltrated' && at(1) === 'into' && at(2) === 'israel')
      ? 'israel'
      : null,
  // "the Hamas attack", "Hamas's October 7, 2023 assault", "the Oct. 7 attack"
  (w, _i, at) => (OCTOBER_ATTACK_NOUNS.has(w) && namesOctoberAttack(at) ? 'israel' : null),
];

/**
 * Hamas or 7 October named just before an attack noun, or "by Hamas" after it ("an attack by
 * Hamas last October"); `at` reads the words around the noun, stemmed.
 */
function namesOctoberAttack(at: (offset: number) => string): boolean {
  if (at(1) === 'by' && HAMAS.has(at(2))) return true;
  // The six words before, read one by one (no arrays for a word this common).
  // ("Hamas' initial assault": a possessive's apostrophe is no word.)
  for (let k = 1, words = 1; words <= 6 && k <= 8; k++) {
    const x = at(-k);
    if (x === '' || x === "'" || x === '’') continue;
    if ((words <= 2 && (HAMAS.has(x) || x === '7')) || x === 'oct' || x === 'october') return true;
    words++;
  }
  return false;
}

/**
 * The words a reader above can start from. Most words of a text are none of them, and are
 * passed over without asking each reader (place words are read for whole paragraphs).
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...ELSEWHERE,
  ...WEST_BANK_PLACES,
  ...GAZA_PLACES,
  ...ISRAELI_PLACES,
  ...HAMAS,
  ...OCTOBER_ATTACK_NOUNS,
  ...['east', 'nur', 'west', 'settler', 'settlers', 'khan', 'deir', 'beit', 'palestinian'],
  ...['palestinians', 'ministry', 'health', 'israeli', 'israelis', 'festival', 'jerusalem'],
  ...['israel', 'october', 'oct', 'fence', 'infiltrated', 'judea', 'samaria'],
]);

/** Words that start so may be cues too ("gaza-based"). */
const CUE_PREFIX = 'gaza-';

const mayCue = (w: string) =>
  CUE_WORDS.has(w) || w.startsWith(CUE_PREFIX) || ELSEWHERE.has(beforeHyphen(w));

function beforeHyphen(w: string): string {
  const hyphen = w.indexOf('-');
  return hyphen > 0 ? w.slice(0, hyphen) : '';
}

/**
 * A word's length, first two and last characters, lower case, in one number: a word whose
 * signature no cue word has is no cue word. For plain words (ASCII letters, apostrophes and
 * hyphens, which lower case keeps in place; ’ reads as ').
 */
function signature(text: string, from: number, to: number): number {
  return (
    (((to - from) & 0x7f) << 24) |
    (lowerCode(text, from) << 16) |
    ((to - from > 1 ? lowerCode(text, from + 1) : 0) << 8) |
    lowerCode(text, to - 1)
  );
}

const isApostropheCode = (c: number) => c === 39 || c === 0x2019;

function lowerCode(text: string, k: number): number {
  const c = text.charCodeAt(k);
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c & 0xff;
}

const signatures = (words: Iterable<string>): ReadonlySet<number> =>
  new Set([...words].map((w) => signature(w, 0, w.length)));
const CUE_SIGNATURES = signatures(CUE_WORDS);
const ELSEWHERE_SIGNATURES = signatures(ELSEWHERE);

/** The longest cue word: a longer word is none. */
const LONGEST_CUE = Math.max(...[...CUE_WORDS].map((w) => w.length));

/**
 * Whether some cue word of a length starts and ends with two letters (a-z), for plain words of
 * lower-case ASCII ends: most words are ruled out by it before their signature is looked up.
 */
const CUE_ENDS = new Uint8Array((LONGEST_CUE + 1) * 26 * 26);
const endsAt = (length: number, first: number, last: number) =>
  (length * 26 + (first - 97)) * 26 + (last - 97);
for (const w of CUE_WORDS) {
  const [first, last] = [w.charCodeAt(0), w.charCodeAt(w.length - 1)];
  if (first >= 97 && first <= 122 && last >= 97 && last <= 122)
    CUE_ENDS[endsAt(w.length, first, last)] = 1;
}

/** The shortest and longest place outside the metrics: where a hyphen after one may stand. */
const ELSEWHERE_LENGTHS = [...ELSEWHERE].map((w) => w.length);
const SHORTEST_ELSEWHERE = Math.min(...ELSEWHERE_LENGTHS);
const LONGEST_ELSEWHERE = Math.max(...ELSEWHERE_LENGTHS);

/**
 * The first two letters (a-z) of the places outside the metrics and of CUE_PREFIX: a word that
 * starts otherwise is neither "Lebanon-based" nor "Gaza-based" (its hyphen is not looked for).
 */
const HYPHENED_STARTS = new Uint8Array(26 * 26);
const startAt = (first: number, second: number) => (first - 97) * 26 + (second - 97);
for (const w of [...ELSEWHERE, CUE_PREFIX]) {
  const [first, second] = [w.charCodeAt(0), w.charCodeAt(1)];
  if (first >= 97 && first <= 122 && second >= 97 && second <= 122)
    HYPHENED_STARTS[startAt(first, second)] = 1;
  else throw new Error(`not a plain word: ${w}`);
}

/**
 * Whether the plain word text[from, to) may be a cue word, stemmed as tokenCues stems it,
 * without cutting it out: false only when it surely is none (mayCue's three tests, by
 * signature).
 */
function mayCueAt(text: string, from: number, to: number): boolean {
  // A word token ends in a letter: stem() can only take off a possessive "'s".
  const s = text.charCodeAt(to - 1);
  // (The apostrophe is read only inside the word: a read before the text's start would send
  // optimized code back to the interpreter.)
  const possessive =
    to - from > 2 && (s === 115 || s === 83) && isApostropheCode(text.charCodeAt(to - 2));
  const end = possessive ? to - 2 : to;
  const length = end - from;
  const first = lowerCode(text, from);
  const plainFirst = first >= 97 && first <= 122;
  if (length <= LONGEST_CUE) {
    const last = lowerCode(text, end - 1);
    if (
      (!plainFirst || last < 97 || last > 122 || CUE_ENDS[endsAt(length, first, last)] === 1) &&
      CUE_SIGNATURES.has(signature(text, from, end))
    )
      return true;
  }
  if (length < SHORTEST_ELSEWHERE) return false;
  const second = lowerCode(text, from + 1);
  if (plainFirst && second >= 97 && second <= 122 && HYPHENED_STARTS[startAt(first, second)] === 0)
    return false;
  // "Houthi-run", "Lebanon-based": a place outside the metrics before the first hyphen (a
  // hyphen sooner or later than such a place ends is passed over: it ends none).
  let hyphen = from + SHORTEST_ELSEWHERE;
  const last = Math.min(end, from + LONGEST_ELSEWHERE + 1);
  while (hyphen < last && text.charCodeAt(hyphen) !== 45) hyphen++;
  if (hyphen < last && ELSEWHERE_SIGNATURES.has(signature(text, from, hyphen))) return true;
  if (end - from < CUE_PREFIX.length) return false;
  for (let k = 0; k < CUE_PREFIX.length; k++) {
    const c = text.charCodeAt(from + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== CUE_PREFIX.charCodeAt(k)) return false;
  }
  return true;
}

/** Letters beyond ASCII, which lower case may not keep in place: such text is read in full. */
const WIDE_LETTER = /[\u00C0-\u024F]/;

// The sentence last read and its place words: a sentence's counts are read one after another,
// so one entry serves them all (a WeakMap's entries cost more).
let cuedView: SentenceView | undefined;
let cuedFound: Cue[] = [];

/** Every place word of a sentence, read once per sentence. */
function sentenceCues(view: SentenceView): Cue[] {
  if (view !== cuedView) {
    // Plain text's words are told from cue words by their signature first, as textCues does.
    cuedFound = tokenCues(view.tokens, WIDE_LETTER.test(view.text) ? undefined : view.text);
    cuedView = view;
  }
  return cuedFound;
}

/**
 * The place words of a run of tokens: all a paragraph's place needs (no numbers or dates).
 * `plain`: the text the tokens were read from, when it has no letters beyond ASCII.
 */
function tokenCues(tokens: readonly Token[], plain?: string): Cue[] {
  const found: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') continue;
    if (plain !== undefined && !mayCueAt(plain, t.start, t.end)) continue;
    const lower = stem(t.lower);
    if (!mayCue(lower)) continue;
    // The look-around is made for cue words only (and, passed as it is made, bears no name
    // for a loader's keep-names wrapper to set at every sentence).
    const cue = readCue(lower, i, (offset) => stem(tokens[i + offset]?.lower ?? ''));
    if (cue) found.push(cue);
  }
  return found;
}

/** What the first reader to name a place says of the word at i, as a cue. */
function readCue(lower: string, i: number, at: (offset: number) => string): Cue | null {
  for (const read of readersOf(lower)) {
    const place = read(lower, i, at);
    if (place) {
      // "the health ministry said", "the ministry in Ramallah": who counts, not where.
      const before = at(-1);
      const source =
        lower === 'ministry' ||
        lower === 'health' ||
        ((before === 'in' || before === 'of' || before === 'based') && SOURCE_BODIES.has(at(-2)))
          ? true
          : undefined;
      return source ? { place, index: i, source } : { place, index: i };
    }
  }
  return null;
}

/**
 * The readers that may name a place for a word, in order. A reader reads only the word and its
 * neighbours: one that gives nothing for the word without looking at a neighbour gives nothing
 * for it whatever the neighbours, and is not asked (most readers start from other words).
 */
const READERS_BY_WORD = new Map<string, readonly Reader[]>();

function readersOf(lower: string): readonly Reader[] {
  let readers = READERS_BY_WORD.get(lower);
  if (!readers) {
    if (READERS_BY_WORD.size >= 4096) READERS_BY_WORD.clear();
    readers = READERS.filter((read) => mayRead(read, lower));
    READERS_BY_WORD.set(lower, readers);
  }
  return readers;
}

/** Whether a reader looks past the word at a neighbour, or names a place from the word alone. */
function mayRead(read: Reader, lower: string): boolean {
  const asked = { neighbour: false };
  const place = read(lower, 0, () => {
    asked.neighbour = true;
    return '';
  });
  return asked.neighbour || place !== null;
}

function cues(view: SentenceView, mention: NumberMention): readonly Cue[] {
  // Most sentences have no "since" phrase: their cues are all used, as read.
  if (view.sinceSpans.length === 0) return sentenceCues(view);
  // "since an attack by Hamas, which killed 1,200": a count told of the event that opens the
  // span, in a clause hung on it, has that event's place.
  if (sinceSpanTold(view, mention)) return sentenceCues(view);
  return sentenceCues(view).filter((c) => !inSinceSpan(view, c.index, mention));
}

/**
 * Where a paragraph's victims are, from all its place words: the fallback for a sentence that
 * names no place ("the ministry said 14 people had been killed"). Null unless one place
 * clearly leads (at least two mentions and twice the next).
 */
export function paragraphPlace(paragraph: string): PlaceCue | 'elsewhere' | null {
  return paragraphPlaceOf(placeCounts(paragraph));
}

export function paragraphPlaceOf(counts: PlaceCounts): PlaceCue | 'elsewhere' | null {
  // "… killed in Lebanon since October 2023. More than 1.2 million people were displaced": a
  // paragraph that names only places outside the metrics is about them.
  if (counts.size === 1 && counts.has('elsewhere')) return 'elsewhere';
  return leadingPlace([counts], 2);
}

/**
 * Where an article's victims are when it is clearly about one place: the fallback for a
 * sentence, and a paragraph, that name none ("Total killed: 44,056"). Stricter than a
 * paragraph's: at least three place words and twice the next.
 */
export function articlePlace(
  paragraphs: readonly string[],
  countsOf: (paragraph: number) => PlaceCounts = (p) => placeCounts(paragraphs[p] ?? ''),
): PlaceCue | null {
  // (A loop, not a map: an optimized map's array is of another kind, and leadingPlace's loop
  // over it would fall back to unoptimized code.)
  const counts: PlaceCounts[] = [];
  for (let p = 0; p < paragraphs.length; p++) counts.push(countsOf(p));
  return leadingPlace(counts, 3);
}

/** How often a text names each place; an article reads each paragraph's once. */
export type PlaceCounts = ReadonlyMap<CuePlace, number>;

export function placeCounts(text: string): PlaceCounts {
  return countCues(textCues(text));
}

/** placeCounts read the long way, from all of a text's tokens (textCues must agree: tests). */
export function tokenPlaceCounts(tokens: readonly Token[]): PlaceCounts {
  return countCues(tokenCues(tokens));
}

function countCues(cues: readonly Cue[]): PlaceCounts {
  const counts = new Map<CuePlace, number>();
  for (const cue of cues) counts.set(cue.place, (counts.get(cue.place) ?? 0) + 1);
  return counts;
}

/**
 * tokenCues(tokenize(text)) for a whole paragraph, at a fraction of the cost: the tokens are
 * found where tokenize finds them, but only cue words, and the words their readers look at,
 * are cut out and lower-cased (most words are told from cue words by their signature).
 */
function textCues(text: string): Cue[] {
  if (WIDE_LETTER.test(text)) return tokenCues(tokenize(text));
  const starts: number[] = [];
  const ends: number[] = [];
  const candidates: number[] = [];
  for (let p = 0; p < text.length;) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) {
      p++;
      continue;
    }
    const end = tokenEnd(text, p);
    if (isLetter(c) && mayCueAt(text, p, end)) candidates.push(starts.length);
    starts.push(p);
    ends.push(end);
    p = end;
  }
  const found: Cue[] = [];
  if (candidates.length === 0) return found;
  const words: TextWords = {
    text,
    starts,
    ends,
    stems: new Array<string | undefined>(starts.length),
  };
  // As tokenCues reads its words.
  for (const i of candidates) {
    const lower = stemAt(words, i);
    if (!mayCue(lower)) continue;
    const cue = readCue(lower, i, (offset) => stemAt(words, i + offset));
    if (cue) found.push(cue);
  }
  return found;
}

/** A text's tokens as textCues finds them, lower-cased and stemmed on first need. */
interface TextWords {
  text: string;
  starts: readonly number[];
  ends: readonly number[];
  stems: (string | undefined)[];
}

/** Token k's lower case, stemmed ('' outside the text). Module-level: no closure per text. */
function stemAt(words: TextWords, k: number): string {
  if (k < 0 || k >= words.starts.length) return '';
  return (words.stems[k] ??= stem(lowerOf(words.text.slice(words.starts[k], words.ends[k]))));
}

function leadingPlace(parts: readonly PlaceCounts[], least: number): PlaceCue | null {
  const counts = new Map<CuePlace, number>();
  for (const part of parts)
    for (const [place, n] of part) counts.set(place, (counts.get(place) ?? 0) + n);
  // "Palestinians" and "the ministry" side with the one territory the paragraph names.
  // …or with the one named three times or more when the other is named once (a West Bank
  // raid in a paragraph of a Gaza story).
  const [g, w] = [counts.get('gaza') ?? 0, counts.get('west_bank') ?? 0];
  const dominates = (a: number, b: number) => a > 0 && (b === 0 || (a >= 3 && b <= 1));
  const territory = dominates(g, w) ? 'gaza' : dominates(w, g) ? 'west_bank' : null;
  const side = counts.get('palestinian');
  if (side && territory) {
    counts.set(territory, (counts.get(territory) ?? 0) + side);
    counts.delete('palestinian');
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < least || (second && first[1] < 2 * second[1])) return null;
  return first[0] === 'elsewhere' ? null : first[0];
}

/**
 * Names of the West Bank (captured) and of Gaza, for an article's region: one pass finds both,
 * as no name of one shares a word with a name of the other (their matches cannot overlap).
 */
const TERRITORY_NAME =
  /\b(?:(west bank|jenin|tulkarm|tulkarem|nablus|hebron|ramallah|jericho|bethlehem|qalqilya|tubas|salfit|east jerusalem)|gaza|rafah|khan younis|jabalia|jabaliya|nuseirat|deir al-balah|beit lahia|beit hanoun|maghazi|bureij)\b/gi;

/**
 * Which Palestinian territory an article is about: the West Bank when it names the West Bank
 * and its towns more often than Gaza and its towns, else Gaza. It places victims that a
 * sentence calls only "Palestinians" or counts of "the ministry" and "Israeli forces".
 */
export function articleRegion(texts: readonly string[]): 'gaza' | 'west_bank' {
  let westBank = 0;
  let gaza = 0;
  // exec, not matchAll: matchAll copies the pattern for every text.
  for (const text of texts) {
    TERRITORY_NAME.lastIndex = 0;
    for (let m = TERRITORY_NAME.exec(text); m; m = TERRITORY_NAME.exec(text)) {
      if (m[1] === undefined) gaza++;
      else westBank++;
    }
  }
  return westBank > gaza ? 'west_bank' : 'gaza';
}

/** A Gaza place by name ("Gaza", "Rafah", "Khan Younis"), not a cue read from other words. */
/** Words that may stand between "in" or "from" and a Gaza name: "from the northern Strip". */
const GAZA_NAME_GAP = new Set([
  'the',
  'northern',
  'southern',
  'central',
  'eastern',
  'western',
  'north',
  'south',
]);

/** "in Gaza", "in the Strip", "in northern Gaza": a phrase placing something in Gaza, at k. */
export function inGazaAt(view: SentenceView, k: number): boolean {
  if (view.tokens[k]?.lower !== 'in') return false;
  let at = k + 1;
  while (GAZA_NAME_GAP.has(view.tokens[at]?.lower ?? '')) at++;
  return namesGaza(view, at);
}

export function namesGaza(view: SentenceView, i: number): boolean {
  return isGazaName(stem(view.tokens[i]?.lower ?? ''), () => stem(view.tokens[i + 1]?.lower ?? ''));
}

export function victimLocation(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
  fallback: () => PlaceCue | 'elsewhere' | null = () => null,
  region: () => 'gaza' | 'west_bank' = () => 'gaza',
): Place | 'elsewhere' | null {
  const place = victimCue(view, mention, noun, fallback);
  return place === 'palestinian' ? region() : place;
}

/** Words that open a clause of its own after a comma: ", as …", ", and as …", ", while …". */
// (", which Israel launched after gunmen stormed across the border": a clause on the event
// that tells where it came from, not where the count's people were.)
const CLAUSE_AFTER = new Set(['as', 'while', 'whereas', 'which']);

/** Where a clause of its own opens after the count (its comma or semicolon), or -1. */
function laterClause(view: SentenceView, mention: NumberMention): number {
  const { tokens } = view;
  for (let i = mention.to; i < tokens.length; i++) {
    const t = tokens[i]?.text;
    if (t === ';') return i;
    if (t !== ',') continue;
    const next = tokens[i + 1]?.lower ?? '';
    const opener = next === 'and' ? (tokens[i + 2]?.lower ?? '') : next;
    if (CLAUSE_AFTER.has(opener)) return i;
  }
  return -1;
}

/**
 * "Israel puts its own dead at 1,400": the place named as the subject of the clause whose
 * "its own" dead (toll, casualties) the count is.
 */
function ownersDead(view: SentenceView, mention: NumberMention): PlaceCue | 'elsewhere' | null {
  const { tokens } = view;
  let its = -1;
  for (let k = mention.from - 1; k >= Math.max(0, mention.from - 6); k--)
    if (tokens[k]?.lower === 'its' && tokens[k + 1]?.lower === 'own') its = k;
  if (its < 0) return null;
  // The clause's subject: the last country named between the clause's start and "its".
  for (let k = its - 1; k >= 0 && !/^[;.:]$/.test(tokens[k]?.text ?? ''); k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'israel') return 'israel';
    if (ELSEWHERE.has(w)) return 'elsewhere';
  }
  return null;
}

// (Module-level, not made at each count: a loader that keeps names names every closure made.)
/** Whether a cue names where an attack came from: "from Gaza", "from the Gaza Strip". */
function isOrigin(view: SentenceView, c: Cue): boolean {
  let k = c.index - 1;
  // "from the Gaza Strip": every word of the name is part of the origin.
  while (k > 0 && (GAZA_NAME_GAP.has(view.tokens[k]?.lower ?? '') || namesGaza(view, k))) k--;
  return view.tokens[k]?.lower === 'from';
}

/** How far a cue is from the count (a place before a coordinated count is two words further). */
function cueDistance(c: Cue, mention: NumberMention, coordinated: boolean): number {
  return c.index < mention.from
    ? mention.from - c.index + (coordinated ? 2 : 0)
    : c.index - mention.to;
}

function victimCue(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
  fallback: () => PlaceCue | 'elsewhere' | null,
): PlaceCue | 'elsewhere' | null {
  // "a rocket barrage from Gaza wounded 16 in southern Israel": where an attack came from
  // gives way to any other place the sentence names.
  // The seat of the body that counts ("the ministry in Ramallah said") places the victims only
  // when nothing else does.
  // "… kills 6 Palestinians as Gaza toll passes 30,600": a place that names a later toll is
  // that toll's, when the count has a place of its own ("71 killed …, bringing the Gaza toll to
  // 49,617": theirs too).
  // "251 were dragged into Gaza as hostages": where captives were taken is no victim's place.
  // "… wounded since October 7, when gunmen stormed southern Israel": that day's place.
  const toldFrom = view.sinceSpans.length > 0 ? sinceClauseAfter(view, mention) : undefined;
  const cued = cues(view, mention).filter(
    (c) =>
      !isCaptivesDestination(view, c) &&
      !setAside(view, c) &&
      (toldFrom === undefined || c.index < toldFrom) &&
      !(c.place === 'elsewhere' && inComparison(view, c)),
  );
  // "… said killed 53 people on Saturday, and as Israel's military continues an operation in
  // the West Bank": a clause of its own after the count places other events, when the count's
  // own words name a place.
  const clause = cued.length > 1 ? laterClause(view, mention) : -1;
  const before = clause < 0 ? cued : cued.filter((c) => c.index < clause);
  const every = before.length > 0 ? before : cued;
  const ownCues = every.filter(
    (c) => !(c.index > mention.to && TOLL_WORDS.has(view.tokens[c.index + 1]?.lower ?? '')),
  );
  const seen = ownCues.length > 0 ? ownCues : every;
  const own = seen.filter((c) => !c.source);
  const all = own.length > 0 ? own : seen;
  const found = all.some((c) => !isOrigin(view, c)) ? all.filter((c) => !isOrigin(view, c)) : all;
  // ("The Greek Orthodox Patriarchate of Jerusalem said 18 people were killed", after a
  // paragraph on a church hit in Gaza City: the seat of who counts yields to the place the
  // paragraph or the article is about.)
  // ("Israel's health ministry said" names whose ministry, and stays.)
  if (
    found.length > 0 &&
    found.every((c) => c.source && /^(?:of|in|based)$/.test(view.tokens[c.index - 1]?.lower ?? ''))
  ) {
    const around = fallback();
    if (around) return around;
  }
  // "Gaza death toll tops 44,280 as Lebanon truce holds": the place that names the toll the
  // count is the number of is the count's, whatever the sentence names after it.
  const tollPlace = placeOfOwnToll(view, found, mention);
  if (tollPlace) return tollPlace;
  // "…; Israel puts its own dead at 1,400": "its own" dead are those of the clause's subject.
  const owners = ownersDead(view, mention);
  if (owners) return owners;
  // "Death toll in Gaza passes 1,100 as Israel counts 1,200 dead": the dead a country counts,
  // mourns or buries as the subject of its own clause are its own.
  if (
    OWN_DEAD_VERBS.has(view.tokens[mention.from - 1]?.lower ?? '') &&
    /^israel$/.test(view.tokens[mention.from - 2]?.lower ?? '')
  )
    return 'israel';
  const westBank = found.some((c) => c.place === 'west_bank');
  // "killed in Gaza and 423 in the West Bank": a place before a coordinated count is its
  // neighbour's; the count's own place comes after it.
  const coordinated = view.tokens[mention.from - 1]?.lower === 'and';
  if (noun.demonym === 'palestinian') {
    // Palestinians are in Gaza unless the West Bank is named (or the article is about it);
    // where both are named, the nearer wins ("killed 3 Palestinians in Gaza as settlers
    // rampaged").
    if (!westBank) return found.some((c) => c.place === 'gaza') ? 'gaza' : 'palestinian';
    const named = found.filter(
      (c) => c.place === 'west_bank' || (c.place === 'gaza' && namesGaza(view, c.index)),
    );
    const nearest = named.sort(
      (a, b) => cueDistance(a, mention, coordinated) - cueDistance(b, mention, coordinated),
    )[0];
    return nearest?.place === 'gaza' ? 'gaza' : 'west_bank';
  }
  if (noun.demonym === 'israeli') return 'israel';
  // "Israel's offensive was launched after the attack, in which about 1,200 people were killed":
  // a count in a clause that hangs on the attack on Israel is its dead, whatever the words
  // before the attack say of Israel's war.
  if (noun.demonym === null && inOctoberAttackClause(view, mention)) return 'israel';
  // "More than 40 Thai workers have been killed since the war began", "Thirty-nine Thais were
  // killed in the assault": the farmhands and carers who came from Asia to work in Israel
  // were killed there, unless the count's own words place them in Gaza.
  if (noun.demonym === 'other' && isMigrantWorkerCount(view, mention, noun)) {
    const inGaza = found.some((c) => c.index >= noun.end && c.place === 'gaza');
    if (!inGaza) return 'israel';
  }
  // "an Israeli strike killed two people in southern Lebanon": a country outside the metrics
  // in the count's own place phrase, right after it, is where its people were.
  const ownPlace = found.find(
    (c) =>
      c.index >= noun.end &&
      c.index - noun.end <= 3 &&
      view.tokens.slice(noun.end, c.index).some((t) => t.lower === 'in'),
  );
  if (ownPlace?.place === 'elsewhere') return 'elsewhere';
  // "68 journalists killed across Gaza, Israel and Lebanon": a count over several fronts, one
  // of them outside the metrics, is no one place's.
  if (severalFronts(view, found, noun.end)) return 'elsewhere';
  // "In southern Lebanon, Israeli strikes killed 12": a country outside the metrics named as
  // the place outweighs words that only say who struck.
  if (
    found.some((c) => c.place === 'elsewhere') &&
    !found.some(
      (c) =>
        c.place === 'west_bank' ||
        c.place === 'israel' ||
        (c.place === 'gaza' && namesGaza(view, c.index)),
    )
  )
    return 'elsewhere';
  // "abducted by the group during the attack that left 1,400 dead": an attack in which people
  // were taken hostage is the one on Israel.
  if (found.length === 0 && attackWithAbductions(view)) return 'israel';
  // "1,139 people were killed in the attack and 250 taken captive, 100 of whom are still in
  // Gaza", "since Oct. 7, when 1,200 were killed and 251 taken": hundreds killed where
  // hostages were taken are the attack on Israel's dead, whatever place the captives went to.
  if (
    mention.value >= 500 &&
    !found.some((c) => c.place === 'palestinian' && !namesAttacker(view, c)) &&
    (attackWithAbductions(view) || (onOctoberSeventh(view) && abductionsIn(view)))
  )
    return 'israel';
  // "About 1,200 people were killed in the Hamas-led operation on October 7, 2023": a toll the
  // size of the attack's, on the day the war began, is Israel's (Gaza's dead that day were a
  // few hundred).
  if (
    mention.value >= 1000 &&
    mention.value <= 1500 &&
    !found.some(
      (c) => c.place === 'west_bank' || (c.place === 'gaza' && namesGaza(view, c.index)),
    ) &&
    onWarStartItself(view)
  )
    return 'israel';
  // "Israel says around 1,200 people were killed and 251 captured": hundreds killed, joined to
  // a count of people carried off, are the dead of the attack on Israel.
  if (
    mention.value >= 500 &&
    !found.some(
      (c) => c.place === 'west_bank' || (c.place === 'gaza' && namesGaza(view, c.index)),
    ) &&
    joinedToAbduction(view, mention)
  )
    return 'israel';
  // "About 1,200 people were killed that day, and 251 were dragged into Gaza": hundreds killed
  // beside an abduction, with no place of their own, are the attack on Israel's dead.
  if (found.length === 0 && mention.value >= 500 && abductionsIn(view)) return 'israel';
  // "About 1,200 people were killed in that attack": no other single attack of this war killed
  // hundreds in one blow but the one on Israel, when no one else is named as its author.
  if (found.length === 0 && mention.value >= 500 && theOneAttack(view)) return 'israel';
  if (found.length === 0) return fallback();
  // The West Bank named, and no Israel and no Gaza place by name: the West Bank.
  if (
    westBank &&
    !found.some((c) => c.place === 'israel' || (c.place === 'gaza' && namesGaza(view, c.index)))
  )
    return 'west_bank';
  const nearest = [...found].sort(
    (a, b) => cueDistance(a, mention, coordinated) - cueDistance(b, mention, coordinated),
  )[0];
  return nearest?.place ?? null;
}

/** Words between "beyond" and the place it sets aside: "beyond the occupied Gaza Strip". */
const ASIDE_GAP = new Set(['the', 'occupied', 'besieged', 'gaza']);

/**
 * "Beyond the Strip, 1,000 Palestinians have been killed in the West Bank", "outside Gaza":
 * a place the sentence sets aside is no count's place ("outside Gaza City" is near it).
 */
function setAside(view: SentenceView, c: Cue): boolean {
  let k = c.index - 1;
  while (k >= 0 && ASIDE_GAP.has(view.tokens[k]?.lower ?? '')) k--;
  if (!ASIDE_WORDS.has(view.tokens[k]?.lower ?? '')) return false;
  // (Only a whole territory: "outside Tulkarm", "outside Gaza City" are near them.)
  const name = view.tokens[c.index]?.lower ?? '';
  const next = view.tokens[c.index + 1]?.lower ?? '';
  return (
    TERRITORY_WORDS.has(name) ||
    (name === 'gaza' && next !== 'city') ||
    (name === 'west' && next === 'bank')
  );
}
const ASIDE_WORDS = new Set(['beyond', 'outside', 'besides']);
const TERRITORY_WORDS = new Set(['strip', 'enclave', 'territory', 'israel']);

/** How far back a "than" may stand from the place it compares: "than in three years of war in Ukraine". */
const COMPARISON_REACH = 8;

/** "more children than in Ukraine": the other side of a comparison is no count's place. */
function inComparison(view: SentenceView, c: Cue): boolean {
  for (let k = c.index - 1; k >= 0 && k >= c.index - COMPARISON_REACH; k--) {
    const t = view.tokens[k];
    if (!t || t.kind === 'punct') return false;
    // ("more than 12,000 civilians … in Ukraine": a hedge's "than" compares no places.)
    if (t.lower === 'than') return view.mentionAt[k + 1] === undefined;
  }
  return false;
}

/** Words between a place and its toll: "Gaza death toll", "Gaza's overall casualty toll". */
const TOLL_MODIFIERS = new Set(["'s", '’s', 'death', 'casualty', 'overall', 'total', 'official']);
/** Words between a toll and its number: "toll tops 44,280", "toll has risen to 44,280". */
const TOLL_VERB_GAP = 4;

/** The place right before the toll whose number the count is ("Gaza toll tops 44,280"). */
function placeOfOwnToll(
  view: SentenceView,
  found: readonly Cue[],
  mention: NumberMention,
): CuePlace | null {
  for (const c of found) {
    if (c.index >= mention.from || c.place === 'palestinian') continue;
    let k = c.index + 1;
    while (k < mention.from && TOLL_MODIFIERS.has(view.tokens[k]?.lower ?? '')) k++;
    if (!TOLL_WORDS.has(view.tokens[k]?.lower ?? '') || mention.from - k > TOLL_VERB_GAP) continue;
    // ("the Israeli death toll in Gaza": a toll with a place phrase of its own is read by it;
    // "Israeli" may say who did the killing.)
    if (view.tokens[k + 1]?.lower === 'in' || /^israeli/.test(view.tokens[c.index]?.lower ?? ''))
      continue;
    // Only words of the toll's predicate between it and the number: no clause or other count.
    const between = view.tokens.slice(k + 1, mention.from);
    if (between.some((t) => /^[,;:()]$/.test(t.text) || t.kind === 'digits')) continue;
    return c.place;
  }
  return null;
}

/**
 * Whether the place phrase after the count ("in Gaza and Lebanon", "across Gaza, Israel and
 * Lebanon") lists a place outside the metrics beside others.
 */
function severalFronts(view: SentenceView, found: readonly Cue[], from: number): boolean {
  const sorted = [...found].filter((c) => c.index >= from).sort((a, b) => a.index - b.index);
  const first = sorted[0];
  if (!first || first.index - from > 6) return false;
  const lead = lowerSlice(view, first.index - 2, first.index);
  if (!lead.includes('in') && !lead.includes('across')) return false;
  const places = new Set([first.place]);
  let last = first.index;
  for (const c of sorted.slice(1)) {
    const between = view.tokens.slice(last + 1, c.index);
    // Only the rest of a name, commas, "and" and articles may join the list.
    if (
      between.length > 4 ||
      between.some((t) => !LIST_JOINERS.has(t.lower) && !/^[A-Z]/.test(t.text))
    )
      break;
    places.add(c.place);
    last = c.index;
  }
  return places.size > 1 && places.has('elsewhere');
}

const LIST_JOINERS = new Set([',', 'and', 'the', 'occupied', 'southern', 'northern']);

/** Words after "Palestinian" that make it the attacker's description ("the Palestinian militant group"). */
const ATTACKER_AFTER = new Set([
  'militant',
  'militants',
  'group',
  'islamist',
  'faction',
  'movement',
  'armed',
  'gunmen',
]);

function namesAttacker(view: SentenceView, c: Cue): boolean {
  return ATTACKER_AFTER.has(view.tokens[c.index + 1]?.lower ?? '');
}

/** "dragged into Gaza", "taken to Gaza", "abducted into the Gaza Strip": a captive's destination. */
function isCaptivesDestination(view: SentenceView, c: Cue): boolean {
  let k = c.index - 1;
  // ("into the Gaza Strip": the cue may stand on the name's last word.)
  while (k > 0 && (view.tokens[k]?.lower === 'the' || namesGaza(view, k))) k--;
  const before = view.tokens[k]?.lower ?? '';
  if (before !== 'into' && before !== 'to') return false;
  // ("abducted 251 into Gaza": the verb may stand before its object; "took 150 people captive
  // into Gaza", "taken hostage to Gaza": the captives' noun.)
  return lowerSlice(view, k - 4, k).some(
    (w) => TAKEN.has(w) || ABDUCTION_WORDS.has(w) || HOSTAGE_NOUNS.has(w),
  );
}

/** Words that open a clause on the attack: "the attack, in which …", "the raid that …". */
const ATTACK_CLAUSE_OPENERS = new Set(['which', 'that', 'when']);

/**
 * "the attack, in which about 1,200 people were killed and 250 taken hostage", "Hamas's
 * 7 October atrocities, in which …": the count stands in a clause opened right after an attack
 * noun (no comma between the opener and the count), and that attack is the one on Israel:
 * Hamas or 7 October named just before it, or people taken hostage in the sentence.
 */
function inOctoberAttackClause(view: SentenceView, mention: NumberMention): boolean {
  const words = view.tokens;
  for (let k = mention.from - 1; k >= 2 && k >= mention.from - 14; k--) {
    const w = words[k]?.lower ?? '';
    if (w === ',' || HARD_STOPS.has(w)) return false;
    if (!ATTACK_CLAUSE_OPENERS.has(w)) continue;
    let a = k - 1;
    if (words[a]?.lower === 'in' || words[a]?.lower === 'during') a--;
    if (words[a]?.text === ',') a--;
    if (!OCTOBER_ATTACK_NOUNS.has(words[a]?.lower ?? '')) return false;
    // ("in a daytime raid that Palestinian health officials said killed 210 people in central
    // Gaza": the clause's own words place its dead.)
    if (clauseNamesGaza(view, k)) return false;
    return namesOctoberAttack((o) => stem(view.tokens[a + o]?.lower ?? '')) || abductionsIn(view);
  }
  return false;
}

/** Gaza or Palestinians named after `from`, not as where captives were taken ("into Gaza"). */
function clauseNamesGaza(view: SentenceView, from: number): boolean {
  return view.tokens.some((t, i) => {
    if (i <= from) return false;
    if (t.lower === 'palestinian' || t.lower === 'palestinians') return true;
    if (t.lower !== 'gaza') return false;
    const before = lowerSlice(view, i - 2, i);
    return !before.includes('into') && !before.includes('to');
  });
}

/** Verbs of a country's own dead: "Israel counts 1,200 dead", "Israel mourns 1,200". */
const OWN_DEAD_VERBS = new Set(['counts', 'counted', 'mourns', 'mourned', 'buries', 'buried']);

/** One attack, in the singular: "the attack", "that assault". */
const ONE_ATTACK = new Set([...ATTACK_NOUNS, 'onslaught'].filter((w) => !w.endsWith('s')));
const DEFINITE = new Set(['the', 'that', 'this', 'its', "hamas's", 'hamas’s']);

/** "in that attack", "the assault": one attack named by a definite noun, not Israel's. */
function theOneAttack(view: SentenceView): boolean {
  const words = view.tokens.map((t) => t.lower);
  return words.some(
    (w, i) =>
      ONE_ATTACK.has(w) &&
      (DEFINITE.has(words[i - 1] ?? '') || DEFINITE.has(words[i - 2] ?? '')) &&
      ![words[i - 1], words[i - 2]].some((x) => /^israel(?:i|'s|’s)?$/.test(x ?? '')),
  );
}

const ABDUCTION_WORDS = new Set(['abducted', 'kidnapped', 'abducting', 'kidnapping', 'abductions']);

/** Verbs that, with "hostage" or "captive" after them, tell of an abduction: "were taken hostage". */
const TAKEN = new Set(['taken', 'took', 'seized', 'dragged', 'dragging', 'carried', 'taking']);

function onOctoberSeventh(view: SentenceView): boolean {
  return mayNameWarStart(view.text) && view.dates.some(isWarStartDay);
}

/** "on October 7, 2023", "on Oct. 7": the day itself, not a stretch since it. */
function onWarStartItself(view: SentenceView): boolean {
  return view.dates.some((d) => isWarStartDay(d) && view.tokens[d.from - 1]?.lower === 'on');
}

function abductionsIn(view: SentenceView): boolean {
  const words = view.tokens.map((t) => t.lower);
  return words.some(
    (w, i) =>
      ABDUCTION_WORDS.has(w) ||
      // "were taken hostage", "took around 250 captive"
      // ("took between 100 and 150 people captive": a range before the noun.)
      (HOSTAGE_NOUNS.has(w) && words.slice(Math.max(0, i - 6), i).some((x) => TAKEN.has(x))) ||
      // ("199 people are being held as hostages": held as captives, so taken.)
      (HOSTAGE_NOUNS.has(w) && words[i - 1] === 'as' && words[i - 2] === 'held'),
  );
}

/** "… killed and 251 captured": a count of people carried off, joined to this one by "and". */
function joinedToAbduction(view: SentenceView, mention: NumberMention): boolean {
  return view.mentions.some((m) => {
    if (m.excluded !== null || m.from <= mention.to || m.from - mention.to > 8) return false;
    if (view.tokens[m.from - 1]?.lower !== 'and') return false;
    // ("… and 251 captured", "… and 251 were taken", "… and 251 people were seized")
    const after = lowerSlice(view, m.to, m.to + 3).filter((w) => w !== 'people' && w !== 'were');
    return TAKING_PARTICIPLES.has(after[0] ?? '');
  });
}

function attackWithAbductions(view: SentenceView): boolean {
  return view.tokens.some((t) => ATTACK_NOUNS.has(t.lower)) && abductionsIn(view);
}

/**
 * The nationalities of the migrant workers who live and work in Israel (farmhands and carers
 * from South and Southeast Asia), as news reports name them.
 */
const MIGRANT_WORKER_NATIONS = new Set([
  'thai',
  'thais',
  'nepali',
  'nepalis',
  'nepalese',
  'filipino',
  'filipinos',
  'filipina',
  'filipinas',
  'lankan',
  'lankans',
]);

/** "40 Thai workers", "39 Thais", "ten Nepali students": a count of such nationals. */
function isMigrantWorkerCount(view: SentenceView, mention: NumberMention, noun: CountedNoun) {
  for (let k = mention.to; k < noun.end; k++)
    if (MIGRANT_WORKER_NATIONS.has(view.tokens[k]?.lower ?? '')) return true;
  return false;
}
