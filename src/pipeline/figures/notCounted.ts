// Counts of people that belong to no metric here: rates, earlier wars, people killed or
// wounded together, people going home. Pure.
import {
  CAMPAIGN_NOUNS,
  CLAUSE_BREAKERS,
  INCIDENT_NOUNS,
  INJURED_NOUNS,
  KILLED_NOUNS,
} from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { inSinceSpan, lowerSlice, stretchOf, type SentenceView } from './sentenceView.ts';

export const RATE_WORDS = [
  ['per'],
  ['a', 'day'],
  ['each', 'day'],
  ['every', 'day'],
  ['daily'],
  ['a', 'week'],
  // "three prisoners for every hostage released": an exchange rate.
  ['for', 'every'],
  ['for', 'each'],
];

/** A clause boundary between token i and the count: a semicolon, ", and", ", but", "while"… */
export function clauseBetween(view: SentenceView, i: number, m: NumberMention): boolean {
  const [a, b] = i < m.from ? [i, m.from] : [m.to, i];
  for (let k = a; k < b; k++) {
    const t = view.tokens[k];
    if (!t) continue;
    if (t.text === ';' || CLAUSE_BREAKERS.has(t.lower)) return true;
    if (t.text === ',' && ['and', 'but'].includes(view.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "In 2014, the 50-day war killed more than 2,200 Palestinians", "the 2011 deal freed 1,027
 * prisoners": counts of an earlier war or deal, not of this one (which began in 2023). A year
 * before 2023 that opens the sentence speaks for every count up to a semicolon; one that dates
 * a war or deal ("the 2014 war") for the counts beside it. "since 2007" dates nothing counted.
 */
export function isEarlierConflict(view: SentenceView, m: NumberMention): boolean {
  const { tokens } = view;
  const [lo, hi] = stretchOf(view, m);
  // "During Operation Cast Lead, …", "In the last Gaza war, …", "over the past two decades":
  // earlier wars named without a year, at the head of the sentence or in the count's clause
  // ("48 hostages, including the body of a soldier from a previous war" is not one).
  const earlier = earlierWarIn(view);
  // "the highest since the second intifada": an earlier war as the mark a record is set against.
  const benchmark = earlier && /\bsince (?:the )?$/i.test(view.text.slice(0, earlier.index));
  if (earlier && !benchmark) {
    const at = tokens.findIndex((t) => t.start >= earlier.index);
    if (at >= 0 && (at <= 2 || (at >= lo && at < hi && !commaBetween(view, at, m)))) return true;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'digits' || !/^\d{4}$/.test(t.text)) continue;
    const year = Number(t.text);
    if (year < 1940 || year >= 2023) continue;
    const dash = tokens[i + 1]?.text === '-' || tokens[i + 1]?.text === '–';
    // "the 1973 Yom Kippur War", "the 2006 Lebanon war": the war's name between year and noun.
    let noun = dash ? i + 3 : i + 1;
    while (noun < i + 5 && /^\p{Lu}/u.test(tokens[noun]?.text ?? '')) {
      const lower = tokens[noun]?.lower ?? '';
      if (CAMPAIGN_NOUNS.has(lower) || INCIDENT_NOUNS.has(lower)) break;
      noun++;
    }
    const next = tokens[noun]?.lower ?? '';
    // ("the 50-day conflict of 2014": the year after the war's noun.)
    const datesAConflict =
      CAMPAIGN_NOUNS.has(next) ||
      INCIDENT_NOUNS.has(next) ||
      next === 'intifada' ||
      (tokens[i - 1]?.lower === 'of' &&
        // ("the Nakba of 1948, when …": a named event of that year.)
        (CAMPAIGN_NOUNS.has(tokens[i - 2]?.lower ?? '') ||
          /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '')));
    // "…, in which some 2,600 soldiers died", "bodies held since the 2014 war": the war's own
    // counts, told in a clause that hangs on it or counted from it.
    // ("the 2014 Operation Protective Edge, when …": the campaign's name after its noun.)
    let named = noun;
    while (named + 1 < m.from && /^\p{Lu}/u.test(tokens[named + 1]?.text ?? '')) named++;
    const hanging = view.text.slice(tokens[named]?.end ?? 0, tokens[m.from]?.start ?? 0).trim();
    // (", when 13 soldiers were killed": the clause opened by "when" is the one that hangs.)
    const when = /^,?\s*when\b/i.test(hanging)
      ? tokens.findIndex((t, k) => k > named && t.lower === 'when')
      : -1;
    const hangsOn =
      datesAConflict &&
      noun < m.from &&
      (/^,?\s*(?:in|during) which\b/i.test(hanging) ||
        tokens[i - 2]?.lower === 'since' ||
        when >= 0) &&
      !clauseBetween(view, when >= 0 ? when + 1 : noun, m);
    const heldSince =
      datesAConflict &&
      m.to <= i &&
      i - m.to <= 10 &&
      tokens[i - 2]?.lower === 'since' &&
      !commaBetween(view, i, m);
    if (hangsOn || heldSince) return true;
    // "252 deaths since 1967": a toll counted from an earlier year is not this war's ("Gaza,
    // under blockade since 2007," says nothing of the count).
    if (inSinceSpan(view, i)) {
      if (tokens[i - 1]?.lower === 'since' && i >= lo && i < hi && !commaBetween(view, i, m))
        return true;
      continue;
    }
    // ("37,000 killed, far more than in the war of 2014": a war compared with is not the count's.)
    const compared = i > m.to && tokens.slice(m.to, i).some((t) => t.lower === 'than');
    if (datesAConflict && i >= lo && i < hi && !clauseBetween(view, i, m) && !compared) return true;
    // "2,251 Palestinians were killed in 2014": the year the count's own clause happened in, a
    // few words after it.
    const inYear = YEAR_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && i > m.to && i - m.to <= 8;
    if (inYear && i < hi && !commaBetween(view, i, m) && !clauseBetween(view, i, m)) return true;
    // "Westgate in 2013 killed 67": the year of the subject's own event, just before the count.
    const yearBefore =
      YEAR_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && i >= lo && i < m.from && m.from - i <= 6;
    if (yearBefore && !commaBetween(view, i, m) && !clauseBetween(view, i, m)) return true;
    // "During the 51-day war in the summer of 2014, 2,251 …": a year in the phrase that opens
    // the sentence sets the time of what follows.
    const firstComma = tokens.findIndex((x) => x.text === ',');
    if (OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '') && firstComma > i && firstComma < m.from)
      return true;
    if (i <= 2) {
      let semicolon = false;
      for (let k = i; k < m.from && !semicolon; k++) semicolon = tokens[k]?.text === ';';
      if (!semicolon) return true;
    }
    // "killed on August 1, 2014, … in the 50-day conflict, in which 2,200 Palestinians were
    // killed": a war of a year gone by, whose own clause the count is told in.
    if (conflictClauseBefore(view, m)) return true;
  }
  return false;
}

/** "the 50-day conflict, in which …", "that war, during which …", right before the count's clause. */
function conflictClauseBefore(view: SentenceView, m: NumberMention): boolean {
  const { tokens } = view;
  for (let k = m.from - 1; k >= 2 && k >= m.from - 12; k--) {
    if (tokens[k]?.lower !== 'which' || !/^(?:in|during)$/.test(tokens[k - 1]?.lower ?? ''))
      continue;
    const noun = tokens[k - 2]?.text === ',' ? k - 3 : k - 2;
    return CAMPAIGN_NOUNS.has(tokens[noun]?.lower ?? '') && !clauseBetween(view, k, m);
  }
  return false;
}

const YEAR_PREPOSITIONS = new Set(['in', 'during', 'throughout']);
const OPENING_PREPOSITIONS = new Set(['during', 'in', 'throughout', 'after', 'by', 'at', 'before']);

// The sentence last asked about and its earlier war: a sentence's counts are read one after
// another, so one entry serves them all (a WeakMap's entries cost more than the pattern).
let warView: SentenceView | undefined;
let warFound: RegExpExecArray | null = null;

/** An earlier war named in the sentence, read once per sentence (asked for each count). */
function earlierWarIn(view: SentenceView): RegExpExecArray | null {
  if (view !== warView) {
    warFound = MAY_NAME_EARLIER_WAR.test(view.text) ? EARLIER_WAR.exec(view.text) : null;
    warView = view;
  }
  return warFound;
}

/**
 * Words every match of EARLIER_WAR holds, one for each of its alternatives: a sentence with none
 * of them (most) is not searched for an earlier war (its \b and alternatives cost three times as
 * much to try at each character).
 */
const MAY_NAME_EARLIER_WAR =
  /cast lead|protective edge|pillar of|guardian of|breaking dawn|shield and|summer rains|returning echo|(?:last|previous|earlier|prior) (?:major )?(?:gaza )?(?:war|conflict|assault|offensive)|decades|intifada/i;

const EARLIER_WAR =
  /\b(?:Operation )?(?:Cast Lead|Protective Edge|Pillar of (?:Defen[cs]e|Cloud)|Guardian of the Walls|Breaking Dawn|Shield and Arrow|Summer Rains|Returning Echo)\b|\b(?:the|a) (?:last|previous|earlier|prior) (?:major )?(?:Gaza )?(?:war|conflict|assault|offensive)\b|\bover the (?:past|last) (?:two|three|four|several) decades\b|\b(?:first|second) (?:Palestinian )?intifada\b/i;

/** A comma between token i and the count: "Gaza, ruled by Hamas since 2007, has lost …". */
function commaBetween(view: SentenceView, i: number, m: NumberMention): boolean {
  const [a, b] = i < m.from ? [i, m.from] : [m.to, i];
  for (let k = a; k < b; k++) if (view.tokens[k]?.text === ',') return true;
  return false;
}

// (Module-level: made once, not for each count.)
const injured = (w: string) => INJURED_NOUNS.has(w) || w === 'injuring' || w === 'wounding';
const killed = (w: string) => KILLED_NOUNS.has(w) || w === 'killing';

/** "killed or wounded": a count of casualties of both kinds, in no one metric. */
export function isKilledOrWounded(view: SentenceView, eventIndex: number): boolean {
  const [joiner, next] = [
    view.tokens[eventIndex + 1]?.lower ?? '',
    view.tokens[eventIndex + 2]?.lower ?? '',
  ];
  const [before, prev] = [
    view.tokens[eventIndex - 1]?.lower ?? '',
    view.tokens[eventIndex - 2]?.lower ?? '',
  ];
  const word = view.tokens[eventIndex]?.lower ?? '';
  if (!killed(word) && !injured(word)) return false;
  return (
    ((joiner === 'or' || joiner === 'and') && injured(next)) ||
    ((before === 'or' || before === 'and') && killed(prev))
  );
}

/** Far above the about 250 people abducted on 7 October 2023. */
export const MAX_HOSTAGES = 1000;

/** "returned to Gaza", "returning home": going back somewhere, not being handed back. */
export function isHomecoming(view: SentenceView, eventIndex: number): boolean {
  const word = view.tokens[eventIndex]?.lower ?? '';
  const next = view.tokens[eventIndex + 1]?.lower ?? '';
  return /^return/.test(word) && (next === 'to' || next === 'home');
}

export function isRate(view: SentenceView, end: number): boolean {
  const after = lowerSlice(view, end, end + 2);
  return RATE_WORDS.some((r) => r.every((w, i) => after[i] === w));
}

/** Disasters that kill without a war: a fire's, a flood's or an earthquake's dead. */
const DISASTERS = new Set(
  `wildfire wildfires blaze earthquake earthquakes quake floods flooding flood storm storms
  hurricane cyclone typhoon tornado landslide landslides mudslide heatwave avalanche`.split(/\s+/),
);
/** Words that put a sentence in this war: a disaster there ("a storm flooded tents in Gaza") is. */
const WAR_WORDS = new Set(
  `gaza gazans israel israeli israelis palestinian palestinians hamas hezbollah idf west bank
  strike strikes airstrike airstrikes bombardment shelling war hostages hostage`.split(/\s+/),
);

/**
 * "In Texas, the wildfire has killed at least two people": a disaster's toll in a sentence
 * that names nothing of this war (a news bulletin moves from story to story).
 */
export function isDisasterToll(view: SentenceView): boolean {
  const words = view.tokens.map((t) => t.lower);
  return words.some((w) => DISASTERS.has(w)) && !words.some((w) => WAR_WORDS.has(w));
}

const CARE_VERBS = new Set(['treat', 'receive', 'admit', 'host', 'evacuate', 'take', 'welcome']);
const OFFER_MARKS = new Set(['to', 'will', 'would', 'could', 'can', "'ll"]);

/**
 * "ready to treat up to 2,000 wounded Palestinians", "will take in 1,000 injured children": the
 * wounded a country or hospital offers to care for are a capacity, not a count of the wounded.
 */
export function isCareOffered(view: SentenceView, mention: NumberMention): boolean {
  for (let i = Math.max(1, mention.from - 4); i < mention.from; i++) {
    if (!CARE_VERBS.has(view.tokens[i]?.lower ?? '')) continue;
    if (OFFER_MARKS.has(view.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

const CONDITIONS = new Set([
  'serious',
  'critical',
  'stable',
  'moderate',
  'grave',
  'severe',
  'good',
]);
const HURT_WORDS = new Set(['wounded', 'injured', 'hurt', 'injuring', 'wounding']);

/**
 * "Two of the wounded were in serious condition", "five in critical condition": how some of
 * the wounded are, not a count of them ("12 were injured, in serious condition" is).
 */
export function isConditionOfWounded(view: SentenceView, mention: NumberMention): boolean {
  const words = lowerSlice(view, mention.to, mention.to + 10);
  const at = words.indexOf('condition');
  if (at < 1 || !CONDITIONS.has(words[at - 1] ?? '')) return false;
  const hurtBefore = words.slice(0, at).some((w, i) => HURT_WORDS.has(w) && words[i - 1] !== 'the');
  return !hurtBefore;
}

const MEDIA_NOUNS = new Set(
  'video videos footage images photos pictures clip clips recording recordings statement statements list lists names message messages propaganda'.split(
    ' ',
  ),
);

/**
 * "Hamas released videos showing two hostages", "released a list of 33 names": what the verb
 * releases stands between it and the count, and it is no person.
 */
export function releasesMedia(view: SentenceView, verb: number, mention: NumberMention): boolean {
  if (verb >= mention.from || mention.from - verb > 6) return false;
  for (let i = verb + 1; i < mention.from; i++)
    if (MEDIA_NOUNS.has(view.tokens[i]?.lower ?? '')) return true;
  return false;
}
