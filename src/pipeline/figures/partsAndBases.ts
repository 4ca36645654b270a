// Counts that are parts of another count ("including 12 children", "of whom 30") or the
// larger group a part is taken from ("30 of the 136 hostages"), shares and populations. Pure.
import { isAsideMark } from './tokens.ts';
import { countedNoun, type CountedNoun } from './countedNoun.ts';
import type { CountEvent } from './eventOfCount.ts';
import { eventWord } from './eventWord.ts';
import {
  AUXILIARIES,
  COPULAS,
  DISPLACED_WORDS,
  EVENT_WORDS,
  HEDGE_WORDS,
  HOSTAGE_NOUNS,
  PRISONER_NOUNS,
  SOLDIER_NOUNS,
  WEEKDAY_NAMES,
} from './lexicon.ts';
import { monthNumber } from '../dates/monthNames.ts';
import type { NumberMention } from './numberMentions.ts';
import { countAt, lowerSlice, previousCounting, type SentenceView } from './sentenceView.ts';

export const DEMOGRAPHIC = new Set([
  'children',
  'women',
  'men',
  'minors',
  'elderly',
  'boys',
  'girls',
  'babies',
  'infants',
  'teenagers',
  'civilians',
  'journalists',
  'medics',
  'sons',
  'daughters',
  'brothers',
  'sisters',
  'mothers',
  'fathers',
  'parents',
  'siblings',
  'twins',
  'grandchildren',
]);

export const SHARE_WORDS = new Set([
  'most',
  'many',
  'half',
  'all',
  'majority',
  'much',
  'quarter',
  'third',
  'thirds',
  'percent',
  // "per cent"
  'cent',
  '%',
  'fraction',
  'tenth',
]);

/** "two-thirds", "three-quarters", "one-fifth": a share written as one word. */
export const FRACTION = /-(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/;

/** "including 31 children", "among them 3 women": a breakdown of a count already given. */

/** "22 Americans were among the dead": a part of a toll told elsewhere, by who they were. */
function amongTheDead(view: SentenceView, m: NumberMention): boolean {
  for (let i = m.to; i < view.tokens.length && i < m.to + 5; i++) {
    const w = view.tokens[i]?.lower ?? '';
    if (w !== 'among') continue;
    const next = lowerSlice(view, i + 1, i + 3);
    return next[0] === 'the' && AMONG_TOLLS.has(next[1] ?? '');
  }
  return false;
}

const NATIONALS = new Set(['nationals', 'citizens']);
const AMONG_TOLLS = new Set(['dead', 'killed', 'wounded', 'injured', 'victims', 'casualties']);

export function isSubset(view: SentenceView, m: NumberMention): boolean {
  if (amongTheDead(view, m)) return true;
  // "Among the released prisoners were 36 serving life sentences": a part of the group named.
  if (
    view.tokens[0]?.lower === 'among' &&
    /^(?:were|are|was|is)$/.test(view.tokens[m.from - 1]?.lower ?? '')
  )
    return true;
  // "Thailand said 18 of its nationals had been killed": a country's share of a toll.
  const after = lowerSlice(view, m.to, m.to + 3);
  if (
    after[0] === 'of' &&
    (after[1] === 'its' || after[1] === 'their') &&
    NATIONALS.has(after[2] ?? '')
  )
    return true;
  // "freed 1,968 Palestinians: 250 prisoners serving sentences, and 1,718 detainees": the
  // counts listed after a count and a colon are its parts (the ones after the first go on
  // the list as continuesList reads it).
  if (inListAfterCount(view, m)) return true;
  // "including at least 20", "including some 40": hedges may stand after "including".
  let k = m.from - 1;
  while (k > 0 && HEDGE_WORDS.has(view.tokens[k]?.lower ?? '')) k--;
  const [a, b] = [view.tokens[k]?.lower, view.tokens[k - 1]?.lower];
  if (a === 'including' || (a === 'them' && b === 'among') || (a === 'whom' && b === 'of'))
    return true;
  // "60 hostages, of whom Israel has declared 30 dead": the clause that opens with "of whom"
  // counts a part, wherever in it the number stands, and so does a count joined to that part
  // ("of whom 20 are believed to be alive and 38 are presumed dead").
  let joined = false;
  for (let i = m.from - 2; i >= 1 && i >= m.from - (joined ? 14 : 7); i--) {
    const t = view.tokens[i];
    if (!t || /^[,;:.]$/.test(t.text)) return false;
    if (countAt(view, i)) {
      if (view.tokens[m.from - 1]?.lower !== 'and' || joined) return false;
      joined = true;
      continue;
    }
    if (t.lower === 'whom' && view.tokens[i - 1]?.lower === 'of') return true;
  }
  return false;
}

/** A count at the head of a list after a count and a colon, or further on in it. */
function inListAfterCount(view: SentenceView, m: NumberMention): boolean {
  const { tokens } = view;
  const opener = tokens[m.from - 1]?.text;
  if (opener !== ':' && opener !== 'and' && opener !== ',') return false;
  for (let k = m.from - 1; k >= 1; k--) {
    const t = tokens[k]?.text;
    if (t === ';' || t === '.') return false;
    if (t !== ':') continue;
    for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (countAt(view, i)) return true;
    return false;
  }
  return false;
}

/**
 * "including 38 deaths over the past 24 hours", "260 of them since the ground operation
 * began": a part counted over a time of its own is a figure of its own, not a breakdown.
 */
export function hasOwnPeriod(view: SentenceView, m: NumberMention): boolean {
  const namedAsPart =
    view.tokens[m.from - 1]?.lower === 'including' || view.tokens[m.to]?.lower === 'of';
  let reach = m.to + 8;
  for (let i = m.to; i < view.tokens.length && i < reach; i++) {
    const t = view.tokens[i];
    // ("including 11 people, most of them women and children, in a strike on a house": who
    // they were, set off by commas, is passed over.)
    const aside = t?.text === ',' ? whoTheyWere(view, i) : null;
    if (aside !== null) {
      reach += aside - i;
      i = aside;
      continue;
    }
    if (!t || /^[,;:.]$/.test(t.text) || (i > m.to && countAt(view, i))) return false;
    if (t.lower === 'since') return true;
    // "260 of them in the ground offensive in Gaza": a phase of the war is a time of its own.
    // ("of whom 450 fell after the ground invasion began": so is what came after one began.)
    if (
      (t.lower === 'in' || t.lower === 'during' || t.lower === 'after') &&
      GROUND_PHASE.test(lowerSlice(view, i + 1, i + 5).join(' '))
    )
      return true;
    if (
      OWN_PERIOD_WORDS.has(t.lower) &&
      /^(?:24|day|week|48|72|twenty-four|two|three)$/.test(view.tokens[i + 1]?.lower ?? '')
    )
      return true;
    // "105 of them during the November truce", "including 105 freed in the November truce":
    // a pause of its own.
    if (
      (t.lower === 'during' || (t.lower === 'in' && namedAsPart)) &&
      lowerSlice(view, i + 1, i + 6).some((w) => /^(?:truce|ceasefire|cease-fire|pause)$/.test(w))
    )
      return true;
    // "including 11 on Friday", "including 20 overnight": one day of the whole.
    if (t.lower === 'on' && WEEKDAY_NAMES.has(view.tokens[i + 1]?.lower ?? '')) return true;
    // "including four in June", "four of them in a raid on Nuseirat": a month or one operation
    // of the whole (a part named with "including" or "of them", not an item of a list).
    const next = view.tokens[i + 1];
    if (
      t.lower === 'in' &&
      namedAsPart &&
      ((next && /^[A-Z]/.test(next.text) && monthNumber(next.text) !== null) ||
        ONE_OPERATION.test(lowerSlice(view, i + 1, i + 7).join(' ')))
    )
      return true;
    if (ONE_DAY_WORDS.has(t.lower)) return true;
    // "including 364 at the Nova music festival", "including 101 at one kibbutz": one site
    // of one attack.
    if (
      t.lower === 'at' &&
      namedAsPart &&
      lowerSlice(view, i + 1, i + 6).some((w) => ONE_SITE.has(w))
    )
      return true;
  }
  return false;
}

/** The sites of one attack a part may be named by. */
const ONE_SITE = new Set(['festival', 'kibbutz', 'rave', 'party', 'concert', 'moshav']);

/** ", most of them women and children,": the closing comma of who a count's people were. */
function whoTheyWere(view: SentenceView, comma: number): number | null {
  if (
    !/^(?:most|many|some|all|several|both|mostly|mainly)$/.test(view.tokens[comma + 1]?.lower ?? '')
  )
    return null;
  for (let j = comma + 2; j < view.tokens.length && j < comma + 10; j++) {
    const text = view.tokens[j]?.text ?? '';
    if (text === ',') return j;
    if (/^[;:.]$/.test(text) || countAt(view, j)) return null;
  }
  return null;
}

const OWN_PERIOD_WORDS = new Set(['past', 'last', 'previous', 'preceding']);
// ("including 12 in a strike on a market", "104 of them in a wave of strikes on one night":
// one blow of the war, which its own words date and place.)
const ONE_OPERATION =
  /^(?:an?|one) (?:(?:rescue|military|special|commando|daring|complex|israeli|single|separate|deadly|drone|wave of|series of) )*(?:raid|operation|strikes?|airstrikes?|air strikes?|bombing|attack|shelling|incident|ambush|explosion|blast|(?:night|day) of (?:\w+ )?(?:strikes|airstrikes|bombing|shelling))\b/;
const ONE_DAY_WORDS = new Set(['overnight', 'today', 'yesterday']);

/** "including 14 Israelis and three Thais": a breakdown's list goes on after "and". */
export function continuesList(
  view: SentenceView,
  m: NumberMention,
  skipped: ReadonlySet<NumberMention>,
): boolean {
  // ("including 6,150 children and more than 4,000 women": a hedge may stand before it.)
  let at = m.from - 1;
  while (at > m.from - 4 && HEDGE_WORDS.has(view.tokens[at]?.lower ?? '')) at--;
  const a = view.tokens[at]?.lower;
  if (a !== 'and' && a !== ',') return false;
  const previous = previousCounting(view, m, at);
  return previous !== undefined && at + 1 - previous.to <= 4 && skipped.has(previous);
}

/** "the ground offensive", "the Gaza ground operation", "the land invasion": a phase of the war. */
const GROUND_PHASE =
  /^(?:the )?(?:(?:gaza|israeli|army's|israel's) )?(?:ground|land) (?:operation|offensive|invasion|campaign|incursion|assault|war)s?\b/;

/** "along with five Thais", "as well as 90 prisoners": a count added to the one before. */
export function joinedAlong(view: SentenceView, mention: NumberMention): boolean {
  const [a, b, c] = [3, 2, 1].map((k) => view.tokens[mention.from - k]?.lower ?? '');
  return (
    (b === 'along' && c === 'with') ||
    (b === 'together' && c === 'with') ||
    (a === 'as' && b === 'well' && c === 'as') ||
    c === 'alongside'
  );
}

export const INCLUDE_WORDS = new Set(['included', 'include', 'includes', 'including', 'comprised']);

/** "The dead included 14 children": a breakdown of a toll by who the dead were. */
export function isBreakdown(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const before = view.tokens[m.from - 1]?.lower ?? '';
  const head = view.tokens[noun.end - 1]?.lower ?? '';
  const previous = previousCounting(view, m, m.from - 1);
  // "the dead included 14 children"; "the 10 freed on Wednesday included two twins": who
  // were among a count already given (soldiers among the dead are a figure of their own).
  // "said to include a mother and her two children": a list after "include" is who they were.
  // "The remaining hostages include Israelis and foreigners, men, women, two children": a list.
  const windowStart = Math.max(0, m.from - 16);
  const includeBefore = view.tokens
    .slice(windowStart, m.from)
    .findLastIndex((t) => INCLUDE_WORDS.has(t.lower));
  const listedAfterInclude =
    includeBefore >= 0 &&
    view.tokens
      .slice(windowStart + includeBefore + 1, m.from)
      .every(
        (t) =>
          (t.kind === 'word' && !EVENT_WORDS[t.lower] && !AUXILIARIES.has(t.lower)) ||
          t.text === ',',
      );
  if (listedAfterInclude && DEMOGRAPHIC.has(head)) return true;
  // ("the 24 freed captives included 13 Israelis, 10 Thais and one Filipino": releases are
  // counted by nationality, as the parts after "including" are, below.)
  const nationalsFreed =
    noun.demonym !== null &&
    !DEMOGRAPHIC.has(head) &&
    view.tokens.some((t) => EVENT_WORDS[t.lower] === 'release');
  if (
    ['included', 'include', 'includes', 'comprised', 'comprise'].includes(before) &&
    !nationalsFreed &&
    (DEMOGRAPHIC.has(head) ||
      (previous !== undefined &&
        !SOLDIER_NOUNS.has(head) &&
        !HOSTAGE_NOUNS.has(head) &&
        !PRISONER_NOUNS.has(head)))
  ) {
    return true;
  }
  // "The 90 prisoners freed on Sunday were 69 women and 21 teenage boys": who a group just
  // counted were, told by a copula after the group's own words.
  if (COPULAS.has(before) && DEMOGRAPHIC.has(head) && previous !== undefined) {
    // ("… 90 prisoners on Sunday, who were 69 women and …": a relative clause on the group.)
    let between = view.tokens.slice(previous.to, m.from - 1);
    const relative = between.at(-1)?.lower === 'who';
    if (relative) between = between.slice(0, -1).filter((t) => t.text !== ',');
    if (between.every((t) => t.kind === 'word' && !AUXILIARIES.has(t.lower))) return true;
  }
  // "released 39 prisoners, 24 women and 15 teenagers" (or "— 24 women and 15 teenagers —"):
  // who the count just given were.
  return (
    // (a spaced hyphen sets off an aside as a dash does: "39 prisoners - 24 women and …")
    (before === ',' || before === '—' || before === '–' || before === '-' || before === '(') &&
    DEMOGRAPHIC.has(head) &&
    previous !== undefined &&
    // A dash may close a phrase about the whole first ("39 Palestinians released from
    // Israeli prisons — 24 women and …").
    // ("The 39 Palestinians freed on Friday, 24 women and …": a participle's phrase between.)
    m.from - previous.to <= (before === ',' || before === '(' ? 6 : 8)
  );
}

/** "30 people, one of them a child", "500 wounded, 40 of them seriously": a part, set off. */
export function isAsidePart(
  view: SentenceView,
  m: NumberMention,
  noun: CountedNoun,
  event: CountEvent | null,
): boolean {
  // "33 hostages, eight of them dead": the part's own state is a figure of its own.
  // ("killed 30, 12 of them dead on arrival" is still a part of the dead).
  const ownState =
    event?.kind === 'kill' &&
    event.index === noun.end &&
    !view.tokens.slice(0, m.from).some((t) => EVENT_WORDS[t.lower] === 'kill');
  return (
    noun.anaphoric &&
    !hasOwnPeriod(view, m) &&
    setOff(view, m, noun) &&
    (event === null || event.trust !== 2) &&
    !ownState
  );
}

/**
 * A part set off by a comma, or between two dashes ("33 hostages – eight of them dead – were
 * returned"); a dash with no dash after it opens a breakdown to the end ("117 freed alive - 109
 * of them in exchange deals and eight in military operations").
 */
function setOff(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const before = view.tokens[m.from - 1]?.text;
  if (before === ',') return true;
  if (!isAsideMark(before)) return false;
  for (let k = noun.end; k < view.tokens.length && k <= noun.end + 3; k++)
    if (isAsideMark(view.tokens[k]?.text) && view.tokens[k]?.text !== ',') return true;
  return false;
}

/** "a population of 2.2 million", "home to 2.3 million", "most of Gaza's 2.3 million people". */
export function isPopulation(view: SentenceView, m: NumberMention): boolean {
  const before = lowerSlice(view, m.from - 4, m.from);
  // "90 percent of the population, or 1.9 million people, have fled": the share restated as
  // people is a count.
  if (before.at(-1) === 'or') return false;
  // …and so is "Ninety percent of the population – 1.9 million people – has been displaced".
  if (before.at(-1) === '–' || before.at(-1) === '—') return false;
  // "the densely packed enclave of 2.3 million": a place's size, not people counted in it.
  const placeOf =
    before.at(-1) === 'of' && PLACE_WHOLES.has(before.at(-2) ?? '') && m.value >= 100_000;
  // "a territory whose 2.1 million people": the people of a place named before it.
  // ("The strip, whose 2.1 million people …": a comma may stand between.)
  const placeWhose =
    before.at(-1) === 'whose' &&
    PLACE_WHOLES.has((before.at(-2) === ',' ? before.at(-3) : before.at(-2)) ?? '') &&
    m.value >= 100_000;
  // "1.9 million people in Gaza, out of 2.1 million, have been displaced": the whole a count
  // set before it is taken out of.
  const outOfWhole =
    before.at(-1) === 'of' &&
    before.at(-2) === 'out' &&
    before.at(-3) === ',' &&
    m.value >= 100_000 &&
    view.mentions.some((o) => o.to <= m.from - 3 && o.to >= m.from - 10 && o.value < m.value);
  // ("home to about 2.3 million people": a hedge may stand between.)
  const homeTo = before.includes('home') && homeToBefore(before);
  return (
    placeOf ||
    placeWhose ||
    outOfWhole ||
    before.includes('population') ||
    // (not "home to more than 1.4 million displaced Palestinians": the displaced counted.)
    (homeTo && !displacedAfter(view, m)) ||
    // "out of the Strip's 2.3 million population": the number of a population.
    view.tokens[m.to]?.lower === 'population' ||
    amongResidents(view, m)
  );
}

/** "home to (about) 2.3 million": the words before a count, its hedge aside. */
function homeToBefore(before: readonly string[]): boolean {
  const bare = before.filter((w) => !HEDGE_WORDS.has(w));
  return bare.at(-2) === 'home' && bare.at(-1) === 'to';
}

/** "1.4 million displaced Palestinians": the count's own words say they were displaced. */
function displacedAfter(view: SentenceView, m: NumberMention): boolean {
  return lowerSlice(view, m.to, m.to + 3).some((w) => DISPLACED_WORDS.has(w));
}

/** People named as those who live in a place: "people", "residents", "inhabitants". */
const DWELLERS = new Set(['people', 'residents', 'inhabitants', 'gazans', 'palestinians']);

/**
 * "displacement among the 2.3 million people in the enclave": millions named by "the" as the
 * people who live in a place are its population, whatever befalls some of them.
 */
function amongResidents(view: SentenceView, m: NumberMention): boolean {
  if (m.value < 1_000_000 || view.tokens[m.from - 1]?.lower !== 'the') return false;
  const after = lowerSlice(view, m.to, m.to + 6);
  const place = [2, 3].find((k) => PLACE_WHOLES.has(after[k] ?? '') || after[k] === 'gaza');
  // (Not "the 1.7 million people in the strip who fled their homes": a group described; "the
  // Gaza Strip" ends at "Strip".)
  const end = place !== undefined && after[place + 1] === 'strip' ? place + 1 : place;
  return (
    DWELLERS.has(after[0] ?? '') &&
    (after[1] === 'in' || after[1] === 'of') &&
    end !== undefined &&
    !/^(?:who|that|which|displaced|uprooted)$/.test(after[end + 1] ?? '')
  );
}

const PLACE_WHOLES = new Set([
  'enclave',
  'strip',
  'territory',
  'city',
  'country',
  'nation',
  'region',
  'area',
]);

/**
 * "most of Gaza's 2.3 million people have been displaced": the count is the whole of which a
 * share is meant. "Most of the 1,100 people killed on Oct. 7" still counts the dead: an event
 * word right after the phrase makes it a figure.
 */
export function isShareBase(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const before = lowerSlice(view, m.from - 4, m.from);
  // ("nine out of ten of Gaza's 2.2 million": a proportion is a share too.)
  const share = before.some(
    (w, i) =>
      (SHARE_WORDS.has(w) ||
        FRACTION.test(w) ||
        view.mentionAt[m.from - before.length + i]?.excluded === 'ratio') &&
      before[i + 1] === 'of',
  );
  // "two-thirds of its 2.3 million people homeless": a possessive makes it a population.
  const possessed = /^(?:its|their|his|her)$|'s?$/.test(before.at(-1) ?? '');
  return (
    share &&
    (possessed || (noun.event === null && !EVENT_WORDS[view.tokens[noun.end]?.lower ?? '']))
  );
}

/**
 * "30 of the 136 hostages": 136 is the base the count is taken from ("one of 15 hostages" is
 * not). A base that says what its people are ("seven of 28 known deceased hostages", "21 of
 * the 28 bodies of hostages", "of the original 250 captives") is a figure of its own.
 */
export function isBase(view: SentenceView, m: NumberMention): boolean {
  const before = lowerSlice(view, m.from - 2, m.from);
  // "1.7 million of Gaza's 2.4 million people": a possessor before the base.
  const possessed = /['’]s?$/.test(before.at(-1) ?? '') && before.at(-2) === 'of';
  // "1.9 million of the Strip's 2.4 million people": the possessor with its article.
  // ("1.7 million of the Gaza Strip's 2.4 million people": a name of more than one word.)
  const possessive = /['’]s?$/.test(before.at(-1) ?? '');
  let owner = m.from - 2;
  while (
    possessive &&
    owner > 0 &&
    owner > m.from - 5 &&
    /^\p{Lu}/u.test(view.tokens[owner]?.text ?? '')
  )
    owner--;
  const possessedThe =
    possessive && view.tokens[owner]?.lower === 'the' && view.tokens[owner - 1]?.lower === 'of';
  // "eight of those 33 are dead": a demonstrative names the base as "the" does.
  const withThe = ['of the', 'of those', 'of these'].includes(before.join(' ')) || possessed;
  const of = possessedThe
    ? owner - 1
    : withThe
      ? m.from - 2
      : before.at(-1) === 'of'
        ? m.from - 1
        : -1;
  const count = of > 0 ? countAt(view, of - 1) : undefined;
  // "some of the 33 hostages are dead": a part told without a number; the 33 are its base.
  // ("Most of the 1,200 people killed on Oct. 7": the base's own participle makes it a count.)
  const vaguePart =
    of > 0 &&
    withThe &&
    VAGUE_PARTS.has(view.tokens[of - 1]?.lower ?? '') &&
    !OWN_EVENTS.has(view.tokens[countedNoun(view, m).end]?.lower ?? '');
  return (
    ((count !== undefined && (withThe || possessedThe || count.value !== 1)) || vaguePart) &&
    !describesItself(view, m)
  );
}

const OWN_EVENTS = new Set([
  'killed',
  'wounded',
  'injured',
  'freed',
  'released',
  'rescued',
  'dead',
  // ("many of the 1.7 million people displaced by the war have sought refuge")
  'displaced',
]);

/** Parts told without a number: "some of the 33", "most of the 250". ("all of the 33" is all.) */
// ("a number of the 33 are no longer alive": "number" after "a" is a vague part too.)
const VAGUE_PARTS = new Set([
  'some',
  'many',
  'most',
  'several',
  'few',
  'none',
  'half',
  'dozens',
  'number',
]);

/** A base's own phrase names a state or event: "deceased", "bodies", "held", "taken". */
export function describesItself(view: SentenceView, m: NumberMention): boolean {
  const noun = countedNoun(view, m);
  if (noun.event !== null || noun.category === 'body') return true;
  const after = lowerSlice(view, noun.end, noun.end + 2);
  return after.some((w) => BASE_STATES.has(w));
}

export const BASE_STATES = new Set([
  'held',
  'taken',
  'abducted',
  'kidnapped',
  'seized',
  'buried',
  'remaining',
]);

/** The mention is the larger group of a partitive: "30 of (the) N …". */
export function isLargerGroup(view: SentenceView, m: NumberMention): boolean {
  let k = m.from - 1;
  while (
    k > 0 &&
    ['the', 'original', 'initial', 'its', 'their'].includes(view.tokens[k]?.lower ?? '')
  )
    k--;
  return view.tokens[k]?.lower === 'of' && countAt(view, k - 1) !== undefined;
}

/** What a larger group's own phrase says of it: "the original 250", "28 deceased hostages". */
export function ownEvent(
  view: SentenceView,
  m: NumberMention,
  noun: CountedNoun,
): CountEvent | null {
  if (noun.event) return { kind: noun.event, index: m.from, trust: 1 };
  const before = lowerSlice(view, m.from - 2, m.from);
  if (before.includes('original') || before.includes('initial'))
    return { kind: 'take', index: m.from, trust: 3 };
  const next = view.tokens[noun.end]?.lower === 'still' ? noun.end + 1 : noun.end;
  // ("of the 251 hostages taken on October 7": "taken" is read with its neighbours.)
  const kind = EVENT_WORDS[view.tokens[next]?.lower ?? ''] ?? eventWord(view, next);
  return kind ? { kind, index: next, trust: 3 } : null;
}

/** "one of 15 hostages": one person of a group, not a count of its own. */
export function isOneOfMany(view: SentenceView, m: NumberMention): boolean {
  if (m.value !== 1 || view.tokens[m.to]?.lower !== 'of') return false;
  // "one of 30 hostages", and "a relative of one of the hostages", "one of them": a person
  // among a group, not a count of one.
  const next = view.tokens[m.to + 1]?.lower ?? '';
  return (
    countAt(view, m.to + 1) !== undefined ||
    /^(?:the|them|those|these|its|their|his|her)$/.test(next)
  );
}

/** "109 hostages were freed, 105 of them during the truce, …": a part of "them" set off by a comma. */
export function isSetOffPart(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): boolean {
  return noun.anaphoric && view.tokens[mention.from - 1]?.text === ',';
}

/**
 * "released 105 hostages (81 Israelis and 24 foreign nationals)", "105 were freed (81 …)",
 * "24 were freed: 13 Israelis, …": nationals in brackets or after a colon after a count of a release (the caller knows it is one). Releases are
 * counted by nationality; inside the brackets they share the count's event.
 */
export function nationalsInBrackets(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): boolean {
  const head = view.tokens[noun.end - 1]?.lower ?? '';
  if (noun.demonym === null && head !== 'nationals' && head !== 'foreigners') return false;
  // ("two elderly Israeli women": who they were, by age or sex.)
  if (DEMOGRAPHIC.has(head)) return false;
  for (let k = mention.from - 1; k >= 0 && k >= mention.from - 16; k--) {
    const t = view.tokens[k]?.text ?? '';
    if (t === ')') return false;
    // ("24 hostages were freed: 13 Israelis, 10 Thai nationals and one Filipino": after a
    // colon, as in brackets.)
    if (t === '(' || t === ':') return true;
  }
  return false;
}

/** Words that say how a prisoner is held: "serving life sentences", "detained during the war". */
const DETENTION_WORDS = new Set([
  'serving',
  'detained',
  'held',
  'jailed',
  'sentenced',
  'imprisoned',
  'arrested',
]);

/**
 * "freed 1,968 Palestinians: 250 prisoners serving long sentences and 1,718 people detained in
 * Gaza during the war": the kinds of prisoner a release is made of, listed after a colon, each
 * with the words of how they were held. Deals and exchanges count their prisoners so.
 */
export function detentionKindListed(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): boolean {
  let colon = false;
  for (let k = mention.from - 1; k >= 0 && k >= mention.from - 20; k--) {
    const t = view.tokens[k]?.text ?? '';
    if (t === ';' || t === '(' || t === ')') return false;
    if (t === ':') {
      colon = true;
      break;
    }
  }
  if (!colon) return false;
  // ("69 women and 21 minors held in its jails": who they were, by age or sex.)
  if (DEMOGRAPHIC.has(view.tokens[noun.end - 1]?.lower ?? '')) return false;
  const start = Math.max(mention.to, noun.end);
  return lowerSlice(view, mention.to, start + 2).some((w) => DETENTION_WORDS.has(w));
}
