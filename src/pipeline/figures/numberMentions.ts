// Every number in a sentence, its value, and why it is not a count of people when it plainly is
// not one (a percentage, money, an age, a date, a year, a time, a duration, an ordinal). Pure.
import { monthNumber } from '../dates/monthNames.ts';
import { digitsValue, isScaleWord, SCALES, wordValue } from './numberWords.ts';
import { isAsciiLetter, isCapitalized, type Token } from './tokens.ts';
import { NON_PERSON_HINT, WEEKDAY_NAMES } from './lexicon.ts';

export interface NumberMention {
  /** Position among the sentence's number mentions. */
  index: number;
  /** Index of the first and one past the last token of the number. */
  from: number;
  to: number;
  value: number;
  start: number;
  end: number;
  /** Why this number is not a count of people, or null when it may be one. */
  excluded: string | null;
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '₪', '¥']);
const CURRENCY_WORDS = new Set([
  'dollars',
  'dollar',
  'shekels',
  'shekel',
  'euros',
  'euro',
  'pounds',
  'dinars',
  'cents',
  'usd',
  'nis',
  'us$',
  'riyals',
  'dirhams',
  'rupees',
  'rupee',
  'rs',
  'inr',
  'pkr',
  'taka',
  'ringgit',
  'baht',
  'yuan',
  'renminbi',
  'yen',
  'rand',
  'naira',
  'shillings',
  'lira',
  'liras',
  'pesos',
  'peso',
  'php',
  'rupiah',
  'idr',
  'egp',
  'aed',
  'sar',
  'qar',
  'francs',
  'chf',
]);
/** Currency codes written against the number: "RM100 million", "P50,000", "Rs1m". */
const CURRENCY_PREFIXES = new Set(['rm', 'p', 'rs', 'tk', 'r']);
const TIME_UNITS = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'weekend',
  'weekends',
]);
const PERCENT_WORDS = new Set(['percent', 'per', 'pct', 'percentage']);
const PARENTS = new Set(['father', 'mother', 'parent', 'parents', 'grandfather', 'grandmother']);
const CLOCK_WORDS = new Set(['a.m', 'am', 'p.m', 'pm', 'gmt', 'utc', "o'clock", 'hrs']);
/** Capitalised words that may stand before a count: "Some 30", "About 200". */
const QUALIFYING_CAPITALS = new Set([
  // "First Three Hostages Freed", "Last 20 Captives Return": an order, not a name.
  'first',
  'last',
  'final',
  'latest',
  'some',
  'about',
  'around',
  'over',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'only',
  'another',
  'all',
  'at',
  'least',
  'more',
  'than',
  'just',
  'up',
  'to',
  'fewer',
  'less',
  'an',
  'estimated',
  'exactly',
]);
/**
 * Verbs a headline in title case sets before its count ("Death Toll Crosses 9,700", "Hamas
 * Frees 13 Israeli Hostages"): capitalised there, but no name around a number.
 */
const HEADLINE_VERBS = new Set(
  `crosses crossed tops topped passes passed hits nears neared reaches reached rises rose climbs
  climbed exceeds exceeded surpasses surpassed jumps jumped surges surged approaches kills killed
  frees freed releases released returns returned rescues rescued hands handed holds hold injures
  injured wounds wounded past beyond kill free release top cross pass reach rise climb exceed
  surpass jump surge return rescue wound injure`.split(/\s+/),
);
const AGE_GROUPS = new Set([
  'men',
  'women',
  'people',
  'those',
  'children',
  'adults',
  'males',
  'females',
  'boys',
  'girls',
  'anyone',
  'aged',
  'ages',
]);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** The words around a range's ends: "between 22 and 40", "from 18 to 35". */
const RANGE_WORDS = new Set(['between', 'from', 'and', 'to']);

const isCapitalizedAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return t !== undefined && isCapitalized(t);
};

/** Words that open a sentence but name no one: "The toll, …, was 70". */
const NO_NAME_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'in',
  'on',
  'of',
  'according',
  'by',
  'as',
  'at',
  'after',
  'since',
  'until',
  'for',
  'overall',
  'total',
  'officially',
]);

/**
 * Whether the number at [from, to) ends its sentence, whose subject is a name set off by a
 * comma ("Judith Haggai, …, was 70."): a name of up to four capitalised words opens it.
 */
function namedSubjectEnds(tokens: readonly Token[], from: number, to: number): boolean {
  if (!(to === tokens.length || (to === tokens.length - 1 && tokens[to]?.text === '.')))
    return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 4 || comma >= from) return false;
  if (NO_NAME_OPENERS.has(tokens[0]?.lower ?? '')) return false;
  return tokens.slice(0, comma).every((t) => t.kind === 'word' && isCapitalized(t));
}

/** Whether the number at `from` is an end of "aged between N and M" / "ages from N to M". */
function agedRange(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1]?.lower ?? '';
  const opener =
    prev === 'between' || prev === 'from'
      ? from - 1
      : isNumberToken(tokens[from - 2]) && /^(?:between|from)$/.test(tokens[from - 3]?.lower ?? '')
        ? from - 3
        : -1;
  return opener > 0 && AGE_WORDS.has(tokens[opener - 1]?.lower ?? '');
}
const TURNED = new Set(['turned', 'turns', 'turning', 'turn']);
/** What may follow the age someone turned: "in captivity", "on Sunday", "years old", "last week". */
const AFTER_TURNED = new Set(
  'in on while during last this that before after since years year and as'.split(' '),
);
const ELDEST = new Set(['eldest', 'oldest', 'youngest']);
/** Names that open with a particle: "al-Qadi", "el-Sisi", "bin Ali", "abu-Salim". */
const NAME_PARTICLE =
  /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ben|abu|ibn|van|von|de|da|di|du|le|la)-[A-Z]/;
/** Hedges that only stand before counts: "nearly 2000 prisoners" is not the year 2000. */
const COUNT_HEDGES = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'than',
  'least',
  'over',
]);
/** People named right after a four-digit number make it a count. */
const PEOPLE_AFTER =
  /^(?:palestinians?|israelis?|people|prisoners|detainees|hostages|soldiers|troops|civilians|children|women|men|gazans)$/;
/** Plural people a list of ages may follow: "the hostages, 84 and 79, …". */
const PEOPLE_BEFORE_AGES = new Set([
  'hostages',
  'captives',
  'women',
  'men',
  'soldiers',
  'prisoners',
  'detainees',
  'children',
  'people',
  'israelis',
  'palestinians',
  'brothers',
  'sisters',
  'victims',
  'reservists',
  'troops',
  'officers',
  'sons',
  'daughters',
  'captives',
  'abductees',
  'residents',
  'civilians',
  'journalists',
  'medics',
  'teenagers',
  'boys',
  'girls',
]);

function word(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** What a length in metres is said to be: "700m deep", "500m away". */
const LENGTH_WORDS = new Set([
  'deep',
  'wide',
  'long',
  'high',
  'tall',
  'away',
  'from',
  'inside',
  'into',
]);

/** Words that may end a hyphened number: "two-thousand", "one-hundred". */
const SCALE_ENDS = /-(?:hundred|thousand|million)$/;

/** Whether token k is a hyphen set right against the tokens on both sides. */
function joiningHyphen(tokens: readonly Token[], k: number): boolean {
  const h = tokens[k];
  return h?.text === '-' && tokens[k - 1]?.end === h.start && tokens[k + 1]?.start === h.end;
}

/**
 * "two-thousand-808", "12-thousand-500", "one-thousand-400": figures and number words joined
 * by hyphens, as some broadcasters write them.
 */
function readHyphenedNumber(
  tokens: readonly Token[],
  i: number,
): { to: number; value: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // (Asked of every word and figure: the cheap tests first.)
  const compound =
    t.kind === 'word' && t.lower.length > 8 && t.lower.includes('-')
      ? SCALE_ENDS.test(t.lower)
        ? /^([a-z]+(?:-[a-z]+)?)-(hundred|thousand|million)$/.exec(t.lower)
        : null
      : null;
  if (!compound && (t.kind !== 'digits' || tokens[i + 1]?.text !== '-')) return null;
  let value: number;
  let scale: number;
  let to: number;
  if (compound) {
    const lead = wordValue(compound[1] ?? '');
    if (lead === null) return null;
    scale = SCALES[compound[2] ?? ''] ?? 1;
    value = lead * scale;
    to = i + 1;
  } else if (
    t.kind === 'digits' &&
    /^\d{1,3}$/.test(t.text) &&
    joiningHyphen(tokens, i + 1) &&
    /^(?:hundred|thousand|million)$/.test(tokens[i + 2]?.lower ?? '')
  ) {
    scale = SCALES[tokens[i + 2]?.lower ?? ''] ?? 1;
    value = digitsValue(t.text) * scale;
    to = i + 3;
  } else return null;
  // "…-808": the figures below the scale after one more hyphen.
  const rest = tokens[to + 1];
  if (joiningHyphen(tokens, to) && rest?.kind === 'digits' && /^\d{1,3}$/.test(rest.text)) {
    const below = digitsValue(rest.text);
    if (below < scale) return { to: to + 2, value: value + below };
  }
  return { to, value };
}

/** Reads the number starting at token i, if any: its token span and value. */
function readNumber(tokens: readonly Token[], i: number): { to: number; value: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const hyphened =
    tokens[i + 1]?.text === '-' || t.lower.includes('-') ? readHyphenedNumber(tokens, i) : null;
  if (hyphened) return hyphened;
  if (t.kind === 'digits') {
    let value = digitsValue(t.text);
    let to = i + 1;
    const next = tokens[to];
    if (next && isScaleWord(next.lower) && next.lower !== 'hundred') {
      // Rounded: 4.1 * 1e6 is 4099999.9999999995 in floating point.
      value = Math.round(value * (SCALES[next.lower] ?? 1));
      to++;
    } else if (next && next.start === t.end && /^(m|mn|bn|k)$/i.test(next.text)) {
      // "700m (2,300ft) deep", "500m wide": metres, not millions.
      const after = tokens[to + 1]?.lower ?? '';
      const metres =
        next.lower === 'm' &&
        (LENGTH_WORDS.has(after) ||
          (after === '(' && /^(?:ft|feet)$/.test(tokens[to + 3]?.lower ?? '')));
      if (!metres) {
        const scale = next.lower === 'bn' ? 1e9 : next.lower === 'k' ? 1e3 : 1e6;
        value = Math.round(value * scale);
        to++;
      }
    }
    return { to, value };
  }
  if (t.kind !== 'word') return null;
  let to: number;
  let value: number | null;
  // "a dozen", "a hundred", "a million"
  if ((t.lower === 'a' || t.lower === 'an') && tokens[i + 1]) {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'dozen') return { to: i + 2, value: 12 };
    if (isScaleWord(next)) {
      value = 1;
      to = i + 1;
    } else {
      return null;
    }
  } else {
    value = wordValue(t.lower);
    if (value === null || t.lower === 'dozen') return null;
    to = i + 1;
  }
  // "two hundred and fifty thousand", "three dozen"
  let total = 0;
  let current = value;
  for (;;) {
    const next = word(tokens, to);
    if (isScaleWord(next)) {
      const scale = SCALES[next] ?? 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      to++;
      continue;
    }
    if (next === 'dozen' && current > 0) {
      current *= 12;
      to++;
      continue;
    }
    const after = word(tokens, to + 1);
    const small = wordValue(next === 'and' ? after : next);
    if (small !== null && small < 100 && current % 100 === 0 && (current > 0 || total > 0)) {
      current += small;
      to += next === 'and' ? 2 : 1;
      continue;
    }
    // "Twenty one reservists": tens and a unit written apart, as some outlets print them.
    const tens = current % 100;
    if (next !== 'and' && small !== null && small < 10 && tens >= 20 && tens % 10 === 0) {
      current += small;
      to++;
      continue;
    }
    break;
  }
  return { to, value: total + current };
}

/** The small numbers of a proportion ("one in four", "nine in 10"). */
const RATIO_TERM = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|hundred)$/;
/** What follows "one in four": the people it is a share of, or the end of the phrase. */
const RATIO_AFTER = /^(?:of|people|persons|residents|gazans|palestinians|children|israelis|,|\.|)$/;

function exclusion(
  tokens: readonly Token[],
  sentence: string,
  from: number,
  to: number,
  value: number,
): string | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return 'empty';
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const next = tokens[to];
  const next2 = tokens[to + 1];
  const after = sentence.slice(last.end, last.end + 2);
  const nextWord = next?.lower ?? '';

  if (!Number.isInteger(value) || value <= 0) return 'not a whole count';
  // "nine out of ten", "one in four people": a proportion, not a count. (", out of 251
  // abducted": a whole with no part numbered right before it is a count.)
  if (
    (nextWord === 'out' && next2?.lower === 'of') ||
    (nextWord === 'of' && next2?.lower === 'every') ||
    (prev?.lower === 'of' && prev2?.lower === 'out' && isNumberToken(tokens[from - 3]))
  )
    return 'ratio';
  if (
    (nextWord === 'in' &&
      RATIO_TERM.test(next2?.lower ?? '') &&
      RATIO_AFTER.test(tokens[to + 2]?.lower ?? '')) ||
    (prev?.lower === 'in' && RATIO_TERM.test(prev2?.lower ?? '') && RATIO_AFTER.test(nextWord))
  )
    return 'ratio';
  // "a ratio closer to 1 to 2", "a 1-to-30 ratio": both sides of a ratio named as one.
  if (
    ((nextWord === 'to' && isNumberToken(next2)) ||
      (prev?.lower === 'to' && isNumberToken(prev2))) &&
    [...tokens.slice(Math.max(0, from - 6), from), ...tokens.slice(to, to + 4)].some((t) =>
      /^ratios?$/.test(t.lower),
    )
  )
    return 'ratio';
  // "Between 20 and 21 February", "from 3 to 5 March": the first day of a range of days.
  if (
    (nextWord === 'and' || nextWord === 'to' || next?.text === '-' || next?.text === '–') &&
    next2?.kind === 'digits' &&
    Number(next2.text) <= 31 &&
    value <= 31 &&
    /^[A-Z]/.test(tokens[to + 2]?.text ?? '') &&
    monthNumber(tokens[to + 2]?.text ?? '') !== null
  )
    return 'date';
  // "On October 28 and 29", "March 3-5": the last day of a range of days. (Not "to": "the
  // total since January 19 to 21" is a count.)
  if (
    (prev?.lower === 'and' || prev?.text === '-' || prev?.text === '–') &&
    prev2?.kind === 'digits' &&
    Number(prev2.text) <= 31 &&
    value <= 31 &&
    monthNumber(tokens[from - 3]?.text ?? '') !== null &&
    /^[A-Z]/.test(tokens[from - 3]?.text ?? '') &&
    // (not "on March 18 and 19 others wounded")
    (next === undefined || next.kind === 'punct')
  )
    return 'date';
  // "a father of five", "a mother of three": children a parent has, not people counted.
  if (prev?.lower === 'of' && PARENTS.has(prev2?.lower ?? '')) return 'family size';
  // "12/15/2023", "24/7", "1/3": parts of a date or a fraction, written with a slash.
  if (
    (prev?.text === '/' && prev.end === first.start) ||
    (next?.text === '/' && next.start === last.end)
  )
    return 'date or fraction';
  // (Character tests, not patterns: asked of every number of every sentence.)
  if (first.kind === 'digits' && to === from + 1 && first.text.includes('.')) return 'decimal';
  if (isAsciiLetter(after.charCodeAt(0)) && last.kind === 'digits') return 'ordinal or unit';
  if (after.startsWith('%') || PERCENT_WORDS.has(nextWord)) return 'percentage';
  if ((prev && CURRENCY_SIGNS.has(prev.text)) || CURRENCY_WORDS.has(prev?.lower ?? ''))
    return 'money';
  // "Rs. 1 million": the code with its full stop.
  if (prev?.text === '.' && CURRENCY_WORDS.has(prev2?.lower ?? '')) return 'money';
  if (prev && prev.end === first.start && CURRENCY_PREFIXES.has(prev.lower)) return 'money';
  if (CURRENCY_WORDS.has(nextWord) || CURRENCY_WORDS.has(next2?.lower ?? '')) return 'money';
  if (after.charCodeAt(0) === 45 && isAsciiLetter(after.charCodeAt(1))) return 'unit compound';
  // "a 40- to 70-day truce": a hyphen left hanging until the range's end word.
  if (after === '- ' && /^(?:to|or|and)$/.test(next2?.lower ?? '')) return 'unit compound';
  if (AGE_WORDS.has(prev?.lower ?? '') || (prev?.lower === 'of' && prev2?.lower === 'age'))
    return 'age';
  // "aged between 22 and 40", "ages from 18 to 35": both ends of a range of ages.
  if (value <= 120 && prev && RANGE_WORDS.has(prev.lower) && agedRange(tokens, from)) return 'age';
  // "She turned 13 in captivity", "who turns 20 on Sunday": a birthday's age.
  if (
    TURNED.has(prev?.lower ?? '') &&
    value <= 120 &&
    (next === undefined || next.kind === 'punct' || AFTER_TURNED.has(nextWord))
  )
    return 'age';
  // "the youngest two and the eldest 85", "the oldest of them 84": a person's age.
  // ("The oldest of the freed Israelis was 85 and the youngest was two": after a copula too.)
  if (
    ELDEST.has(prev?.lower ?? '') ||
    (prev?.lower === 'them' &&
      prev2?.lower === 'of' &&
      ELDEST.has(tokens[from - 3]?.lower ?? '')) ||
    (value <= 120 && COPULA_OF_AGE.has(prev?.lower ?? '') && eldestSubject(tokens, from - 2))
  )
    return 'age';
  // ("January 25 – Four soldiers are freed": a dash after a timeline's day, then a count that
  // opens the entry with a capital, is no range.)
  const entryOpens = /^[A-Z]/.test(first.text) && tokens[from - 3]?.kind === 'word';
  if (
    /^[-–]\d/.test(after) ||
    (prev && /^[-–]$/.test(prev.text) && prev2?.kind === 'digits' && !entryOpens)
  ) {
    return 'range';
  }
  if (TIME_UNITS.has(nextWord)) return next2?.lower === 'old' ? 'age' : 'duration';
  // "men over 50", "children under 18"
  if (
    ['over', 'under', 'above', 'below'].includes(prev?.lower ?? '') &&
    AGE_GROUPS.has(prev2?.lower ?? '')
  ) {
    return 'age';
  }
  if (next?.text === ':' && next2?.kind === 'digits') return 'time';
  // "16:40 Health ministry toll": the minutes of a clock time, written with no space.
  if (
    prev?.text === ':' &&
    prev.end === first.start &&
    prev2?.kind === 'digits' &&
    prev2.end === prev.start &&
    /^\d{2}$/.test(first.text) &&
    Number(prev2.text) <= 24
  )
    return 'time';
  if (CLOCK_WORDS.has(nextWord.endsWith('.') ? nextWord.slice(0, -1) : nextWord)) return 'time';
  // "at 7 a.m. on Friday": the clock word may come as its letters and full stops.
  if (
    (nextWord === 'a' || nextWord === 'p') &&
    next2?.text === '.' &&
    tokens[to + 2]?.lower === 'm'
  )
    return 'time';
  // "24 Tevet 5784", "the 24th of Tevet": days and years of the Hebrew calendar.
  if (HEBREW_MONTHS.has(nextWord) || HEBREW_MONTHS.has(next2?.lower ?? '')) return 'date';
  if (HEBREW_MONTHS.has(prev?.lower ?? '') || HEBREW_MONTHS.has(prev2?.lower ?? '')) return 'date';
  // "Ana Costa, 61, was freed", "Qaid Farhan al-Qadi, 52,": a number set off by commas after
  // a name.
  if (
    prev?.text === ',' &&
    prev2 &&
    // ("agony as cousin, 9, still held": a kinsman named by his kin word.)
    (isCapitalized(prev2) ||
      NAME_PARTICLE.test(prev2.text) ||
      (value <= 120 && KIN.has(prev2.lower))) &&
    (next?.text === ',' ||
      next?.text === ')' ||
      next?.lower === 'and' ||
      next?.text === '.' ||
      next?.text === '—' ||
      next?.text === '–' ||
      // "… and Or Levy, 34 - in the fifth exchange", "Eden Yerushalmi, 24; …"
      next?.text === '-' ||
      next?.text === ';')
  ) {
    return 'age';
  }
  if (prev?.text === '(' && next?.text === ')' && prev2 && isCapitalized(prev2)) return 'age';
  // "Avera Mengistu, now 38, was handed over": how old a named person is now.
  if (
    value <= 120 &&
    prev?.lower === 'now' &&
    prev2?.text === ',' &&
    isCapitalizedAt(tokens, from - 3) &&
    (next?.text === ',' || next?.text === '.' || next === undefined)
  )
    return 'age';
  // "a day or two", "a week or two": a span of time, its unit said once.
  if (
    value <= 3 &&
    prev?.lower === 'or' &&
    TIME_UNITS.has(prev2?.lower ?? '') &&
    /^(?:a|an|one)$/.test(tokens[from - 3]?.lower ?? '')
  )
    return 'duration';
  // "Judith Haggai, a hostage whose body was recovered in June, was 70.": a named person's
  // age closes the sentence whose subject the name is.
  if (
    value <= 120 &&
    COPULA_OF_AGE.has(prev?.lower ?? '') &&
    prev2?.text === ',' &&
    namedSubjectEnds(tokens, from, to)
  )
    return 'age';
  // "Oct. 7" is a date; "In November 105 hostages were freed" is a count after a month.
  const monthBefore = prev?.text === '.' ? prev2 : prev;
  const dayLike = first.kind === 'digits' && /^\d{1,2}$/.test(first.text) && value <= 31;
  if (
    monthBefore &&
    dayLike &&
    monthNumber(monthBefore.text) !== null &&
    isCapitalized(monthBefore)
  ) {
    return 'date';
  }
  if (next && monthNumber(next.text) !== null && isCapitalized(next) && value <= 31) return 'date';
  // "nearly 2000 Palestinian prisoners": a hedge before or people after make it a count.
  if (
    first.kind === 'digits' &&
    /^\d{4}$/.test(first.text) &&
    value >= 1900 &&
    value <= 2100 &&
    !(COUNT_HEDGES.has(prev?.lower ?? '') || PEOPLE_AFTER.test(nextWord))
  ) {
    return 'year';
  }
  // "one in every 33 people", "1 in 50 children": a ratio, not a count.
  // ("three out of every four Gazans": "every" after "out of" too.)
  if (prev?.lower === 'every' && (prev2?.lower === 'in' || prev2?.lower === 'of')) return 'ratio';
  if (prev?.lower === 'in' && (prev2?.lower === 'one' || prev2?.text === '1')) return 'ratio';
  if (value === 1 && nextWord === 'in' && (next2?.lower === 'every' || next2?.kind === 'digits'))
    return 'ratio';
  // "a ratio of roughly 10 to one": one side of a ratio ("from 10 to one hundred" counts).
  if (
    nextWord === 'to' &&
    (next2?.lower === 'one' || next2?.text === '1') &&
    !/^(?:hundred|thousand|million)$/.test(tokens[to + 2]?.lower ?? '')
  )
    return 'ratio';
  // "nine in 10 of Gaza's residents", "four in five": a ratio on both sides of "in".
  if (
    prev?.lower === 'in' &&
    prev2 &&
    value <= 100 &&
    (prev2.kind === 'digits' || wordValue(prev2.lower) !== null)
  )
    return 'ratio';
  if (
    nextWord === 'in' &&
    value <= 100 &&
    next2 &&
    (next2.kind === 'digits' || wordValue(next2.lower) !== null)
  )
    return 'ratio';
  // "Goldin, who was 23, was killed": how old the one the clause is about was.
  if (
    value <= 120 &&
    COPULA_OF_AGE.has(prev?.lower ?? '') &&
    prev2?.lower === 'who' &&
    (next === undefined || next.text === ',' || next.text === '.' || next.text === ')')
  )
    return 'age';
  // "+972 Magazine", "+44 20 …": a dialling code, or a name that is one.
  if (prev?.text === '+' && prev.end === first.start) return 'label';
  // '"It is the happiest day of my life," said one displaced man': who speaks after a quote.
  if (SPEAKING_AFTER_QUOTE.has(prev?.lower ?? '') && QUOTE_CLOSES.has(prev2?.text ?? ''))
    return 'speaker';
  if (prev?.lower === 'no' || prev?.lower === 'number' || prev?.lower === 'no.') return 'label';
  // "has not freed a single one", "Not one hostage has been rescued": none.
  if (value === 1 && negatedOne(tokens, from)) return 'none';
  // "in phase two", "stage 2 of the deal", "Day 100 of the war": a number that orders, when no
  // noun of people follows it ("during the first phase 33 hostages" counts).
  if (
    SEQUENCE_NOUNS.has(prev?.lower ?? '') &&
    (!next || next.kind === 'punct' || SEQUENCE_FOLLOWERS.has(nextWord))
  )
    return 'ordinal or unit';
  // "Channel 12 News", "Route 60": a number inside a name.
  if (
    prev &&
    from > 1 &&
    isCapitalized(prev) &&
    !QUALIFYING_CAPITALS.has(prev.lower) &&
    !HEADLINE_VERBS.has(prev.lower) &&
    !WEEKDAY_NAMES.has(prev.lower) &&
    monthNumber(prev.text) === null &&
    (!next || next.kind === 'punct' || isCapitalized(next))
  ) {
    return 'label';
  }
  if (first.lower === 'one' && to === from + 1) {
    // "one" as a pronoun: "no one", "one another", "the one", "one by one".
    if (
      !next ||
      next.kind === 'punct' ||
      // "one family", "one home": a single household, not one person.
      ['another', 'by', 'day', 'time', 'way', 'family', 'household', 'home', 'house'].includes(
        nextWord,
      )
    ) {
      return 'pronoun';
    }
    if (['the', 'this', 'that', 'each', 'any', 'every', 'no'].includes(prev?.lower ?? '')) {
      return 'pronoun';
    }
    // "a truce … is one that ministers should watch": one thing of a kind named before.
    if ((nextWord === 'that' || nextWord === 'which') && COPULA_BEFORE_ONE.has(prev?.lower ?? ''))
      return 'pronoun';
    // "a loved one is being held", "their little one": a person named by what they are to
    // someone.
    if (FOND_ONES.has(prev?.lower ?? '')) return 'pronoun';
    // "the last one to come home", "the only one so far": one of a kind, not one person.
    if (
      ['last', 'first', 'only', 'next', 'latest', 'same'].includes(prev?.lower ?? '') &&
      ['the', 'a', 'her', 'his', 'their', 'its'].includes(tokens[from - 2]?.lower ?? '')
    ) {
      return 'pronoun';
    }
  }
  return null;
}

const HEBREW_MONTHS = new Set([
  'tishrei',
  'tishri',
  'cheshvan',
  'heshvan',
  'marcheshvan',
  'kislev',
  'tevet',
  'teveth',
  'shevat',
  'shvat',
  'adar',
  'nisan',
  'iyar',
  'iyyar',
  'sivan',
  'tammuz',
  'tamuz',
  'elul',
]);

const SEQUENCE_NOUNS = new Set([
  'phase',
  'stage',
  'round',
  'part',
  'wave',
  'day',
  'week',
  'month',
  'batch',
  'gate',
  'article',
  'chapter',
  'section',
  'step',
  'level',
  'season',
  'episode',
  // places numbered within a place: "ward 7", "Building 3", "Hall 2"
  'ward',
  'room',
  'building',
  'block',
  'bed',
  'floor',
  'hall',
  'platform',
  'terminal',
]);
const SEQUENCE_FOLLOWERS = new Set([
  'of',
  'in',
  'on',
  'at',
  'and',
  'or',
  'is',
  'was',
  'will',
  'would',
  'could',
  'should',
  'began',
  'begins',
  'ended',
  'ends',
  'starts',
  'started',
  'to',
  'under',
  'talks',
  'negotiations',
  'deal',
  // "Alert Level 2 remains in place", "phase two has stalled": the numbered thing is the
  // subject of a verb of its own ("remains" is no body here).
  'remains',
  'remained',
  'stays',
  'stayed',
  'continues',
  'continued',
  'lasts',
  'lasted',
  'has',
  'had',
]);

const COPULA_OF_AGE = new Set(['was', 'is', 'were']);
const COPULA_BEFORE_ONE = new Set(['is', 'was', 'be', 'remains', 'as']);
const SPEAKING_AFTER_QUOTE = new Set(['said', 'says', 'told', 'added', 'recalled', 'asked']);
const QUOTE_CLOSES = new Set(['"', '”', '’', "'"]);

/** "The oldest of the freed Israelis was": a superlative of age heads the copula's subject. */
function eldestSubject(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k >= 0 && k >= end - 5; k--) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== "'") || t.kind === 'digits') return false;
    if (ELDEST.has(t.lower)) return tokens[k - 1]?.lower === 'the';
  }
  return false;
}

/** Words for someone dear: "a loved one", "her little one". */
const FOND_ONES = new Set(['loved', 'little', 'dear', 'beloved', 'young', 'precious']);

export function findNumberMentions(tokens: readonly Token[], sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readNumber(tokens, i);
    if (!read) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[read.to - 1];
    if (first && last) {
      mentions.push({
        index: mentions.length,
        from: i,
        to: read.to,
        value: read.value,
        start: first.start,
        end: last.end,
        excluded: exclusion(tokens, sentence, i, read.to, read.value),
      });
    }
    i = read.to;
  }
  markAgeLists(tokens, mentions);
  markSharedUnits(tokens, mentions);
  shareRangeScale(tokens, mentions);
  return mentions;
}

/** "between 2 and 3 million", "1.5 to 2 million": a range's first end takes the second's scale. */
function shareRangeScale(tokens: readonly Token[], mentions: NumberMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const low = mentions[k];
    const high = mentions[k + 1];
    if (!low || !high || high.from !== low.to + 1) continue;
    if (!['and', 'to', 'or'].includes(tokens[low.to]?.lower ?? '')) continue;
    const scale = SCALES[tokens[high.to - 1]?.lower ?? ''];
    const lowScaled = SCALES[tokens[low.to - 1]?.lower ?? ''] !== undefined;
    if (!scale || lowScaled || low.value >= 1000 || low.value * scale > high.value) continue;
    low.value = Math.round(low.value * scale);
  }
}

/** Numbers joined by commas and "and" into one list: "28, 24 and 31". */
function listAfter(tokens: readonly Token[], mentions: NumberMention[], k: number): number {
  let last = k;
  for (let n = k + 1; n < mentions.length; n++) {
    const between = tokens.slice(mentions[last]?.to ?? 0, mentions[n]?.from ?? 0);
    if (
      between.length === 0 ||
      !between.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or')
    )
      break;
    last = n;
  }
  return last;
}

/**
 * "displaced five, six, seven times", "after 12, 15 and 20 days": a list that ends on a unit
 * counts that unit with every number in it, not people.
 */
function markSharedUnits(tokens: readonly Token[], mentions: NumberMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const last = listAfter(tokens, mentions, k);
    if (last === k) continue;
    const unit = tokens[mentions[last]?.to ?? 0]?.lower ?? '';
    if (NON_PERSON_HINT.has(unit))
      for (const n of mentions.slice(k, last + 1)) n.excluded ??= 'ordinal or unit';
    k = last;
  }
}

/**
 * Ages come in lists: "aged 28, 24 and 31" are all ages, and so are bare numbers set off by
 * commas after the people they describe ("the two hostages, 84 and 79, were released"); a
 * number followed by a noun of its own ("39 prisoners, 24 women and 15 teenagers") is not.
 */
function markAgeLists(tokens: readonly Token[], mentions: NumberMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m) continue;
    const last = listAfter(tokens, mentions, k);
    const list = mentions.slice(k, last + 1);
    const end = tokens[mentions[last]?.to ?? 0];
    const bare = !end || /^[,.;)]$/.test(end.text);
    const ageLike = list.every((n) => tokens[n.from]?.kind === 'digits' && n.value <= 110);
    const described =
      tokens[m.from - 1]?.text === ',' && PEOPLE_BEFORE_AGES.has(tokens[m.from - 2]?.lower ?? '');
    if ((m.excluded === 'age' || (described && bare && ageLike)) && list.length > 0) {
      for (const n of list) n.excluded = 'age';
      k = last;
    }
  }
}

/** A number in digits or in words: the part of a proportion ("nine out of ten"). */
function isNumberToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'digits' || wordValue(token.lower) !== null);
}

/** Kin and persons named by what they are, whose age may follow them: "cousin, 9,". */
const KIN = new Set(
  'cousin son daughter brother sister mother father grandmother grandfather grandson granddaughter nephew niece uncle aunt wife husband boy girl baby toddler teenager grandma grandpa mum mom dad'.split(
    ' ',
  ),
);

/** Words that make "one" none: "not one", "never a single one", "failed to free even one". */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'failed', 'nor', 'neither']);
/** Words that may stand between a negation and its "one": "not freed a single one". */
const NEGATED_GAP = 4;

function negatedOne(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - NEGATED_GAP; k--) {
    const t = tokens[k];
    if (!t || t.kind === 'punct') return false;
    if (NEGATIONS.has(t.lower)) return true;
  }
  return false;
}
