// One sentence → the figures in it. Composes the figure rules: numbers, what they count, the
// event, the place, then metric, hedge, modality, scope, day and source. Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Modality, Qualifier, Scope } from '../../dataset/schema.ts';
import type { Day } from '../dates/calendar.ts';
import { asOfOf } from './asOf.ts';
import { attributionOf } from './attribution.ts';
import {
  categoryAt,
  countedNoun,
  type Category,
  type CountedNoun,
  type Demonym,
} from './countedNoun.ts';
import { eventOfCount, eventWord, type CountEvent } from './eventOfCount.ts';
import { stem } from './tokens.ts';
import {
  AUXILIARIES,
  CAMPAIGN_NOUNS,
  CLAUSE_BREAKERS,
  EVENT_WORDS,
  REPORTING_VERBS,
  HOSTAGE_NOUNS,
  INCIDENT_NOUNS,
  INJURED_NOUNS,
  KILLED_NOUNS,
  PRISON_PLACES,
  PRISON_VERBS,
  PRISONER_NOUNS,
  SOLDIER_NOUNS,
} from './lexicon.ts';
import { metricOf } from './metricOf.ts';
import { modalityOf } from './modality.ts';
import { MAY_HOLD_NUMBER } from './numberWords.ts';
import type { NumberMention } from './numberMentions.ts';
import { qualifierOf } from './qualifier.ts';
import { bringTarget, scopeOf } from './scope.ts';
import {
  countAt,
  inSinceSpan,
  previousCounting,
  stretchOf,
  viewSentence,
  type SentenceView,
} from './sentenceView.ts';
import { totalPredicateOf } from './totalPredicate.ts';
import { victimLocation, type PlaceCue } from './victimLocation.ts';

export interface SentenceFigure {
  metric: MetricId;
  value: number;
  text: string;
  qualifier: Qualifier;
  modality: Modality;
  scope: Scope;
  asOf: Day | null;
  attribution: string | null;
  start: number;
  end: number;
}

const CAPTIVITY_WORDS = new Set([
  'hostage',
  'hostages',
  'captive',
  'captives',
  'captivity',
  'abducted',
  'abductees',
  'kidnapped',
  'prison',
  'prisons',
  'jail',
  'jails',
  'detention',
  'custody',
]);
/** Where the bodies of the day's dead are brought or found: "taken to hospitals", "rubble". */
const ARRIVAL_PLACES = new Set(['hospital', 'hospitals', 'morgue', 'morgues', 'rubble', 'debris']);

/** "held in Gaza", "held by Hamas": people held there are captives. */
const CAPTORS = new Set(['gaza', 'hamas', 'militants', 'gunmen', 'islamic', 'the']);

function speaksOfCaptivity(view: SentenceView): boolean {
  return view.tokens.some(
    (t, i) =>
      CAPTIVITY_WORDS.has(t.lower) ||
      (t.lower === 'held' &&
        ['in', 'by'].includes(view.tokens[i + 1]?.lower ?? '') &&
        CAPTORS.has(view.tokens[i + 2]?.lower ?? '') &&
        (view.tokens[i + 2]?.lower !== 'the' || view.tokens[i + 3]?.lower === 'gaza')),
  );
}

const RATE_WORDS = [
  ['per'],
  ['a', 'day'],
  ['each', 'day'],
  ['every', 'day'],
  ['daily'],
  ['a', 'week'],
];
const FORCE_WORDS = new Set([
  'military',
  'army',
  'troops',
  'forces',
  'idf',
  'soldiers',
  'commandos',
]);
const DEMOGRAPHIC = new Set([
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
]);
const SHARE_WORDS = new Set([
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
  '%',
  'fraction',
  'tenth',
]);
const TOLL_SOLDIER_WORDS = new Set([
  'troop',
  'troops',
  'military',
  'soldier',
  'soldiers',
  'army',
  'idf',
]);

/** "two-thirds", "three-quarters", "one-fifth": a share written as one word. */
const FRACTION = /-(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/;

/** The lower-case words of tokens [from, to). */
function lowerSlice(view: SentenceView, from: number, to: number): string[] {
  return view.tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.lower);
}

/** Who a toll's subject counts, when it says: "the Palestinian death toll". */
function subjectDemonym(view: SentenceView, [from, to]: [number, number]): Demonym | null {
  for (let i = from; i < to; i++) {
    const w = view.tokens[i]?.lower ?? '';
    if (/^(?:palestinians?|gazans?)$/.test(w) && !inSinceSpan(view, i)) return 'palestinian';
    if (w === 'israelis' && !inSinceSpan(view, i)) return 'israeli';
  }
  return null;
}

/** "including 31 children", "among them 3 women": a breakdown of a count already given. */
function isSubset(view: SentenceView, m: NumberMention): boolean {
  const [a, b] = [view.tokens[m.from - 1]?.lower, view.tokens[m.from - 2]?.lower];
  return a === 'including' || (a === 'them' && b === 'among') || (a === 'whom' && b === 'of');
}

/** "including 14 Israelis and three Thais": a breakdown's list goes on after "and". */
function continuesList(
  view: SentenceView,
  m: NumberMention,
  skipped: ReadonlySet<NumberMention>,
): boolean {
  const a = view.tokens[m.from - 1]?.lower;
  if (a !== 'and' && a !== ',') return false;
  const previous = previousCounting(view, m, m.from - 1);
  return previous !== undefined && m.from - previous.to <= 4 && skipped.has(previous);
}

/** A clause boundary between token i and the count: a semicolon, ", and", ", but", "while"… */
function clauseBetween(view: SentenceView, i: number, m: NumberMention): boolean {
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
function isEarlierConflict(view: SentenceView, m: NumberMention): boolean {
  const { tokens } = view;
  const [lo, hi] = stretchOf(view, m);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'digits' || !/^\d{4}$/.test(t.text) || inSinceSpan(view, i)) continue;
    const year = Number(t.text);
    if (year < 1940 || year >= 2023) continue;
    const dash = tokens[i + 1]?.text === '-' || tokens[i + 1]?.text === '–';
    const next = (dash ? tokens[i + 3] : tokens[i + 1])?.lower ?? '';
    const datesAConflict =
      CAMPAIGN_NOUNS.has(next) || INCIDENT_NOUNS.has(next) || next === 'intifada';
    if (datesAConflict && i >= lo && i < hi && !clauseBetween(view, i, m)) return true;
    if (i <= 2) {
      let semicolon = false;
      for (let k = i; k < m.from && !semicolon; k++) semicolon = tokens[k]?.text === ';';
      if (!semicolon) return true;
    }
  }
  return false;
}

const INCLUDE_WORDS = new Set(['included', 'include', 'includes', 'including', 'comprised']);

/** "The dead included 14 children": a breakdown of a toll by who the dead were. */
function isBreakdown(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const before = view.tokens[m.from - 1]?.lower ?? '';
  const head = view.tokens[noun.end - 1]?.lower ?? '';
  const previous = previousCounting(view, m, m.from - 1);
  // "the dead included 14 children"; "the 10 freed on Wednesday included two twins": who
  // were among a count already given (soldiers among the dead are a figure of their own).
  // "said to include a mother and her two children": a list after "include" is who they were.
  const includeBefore = view.tokens
    .slice(Math.max(0, m.from - 6), m.from)
    .findLastIndex((t) => INCLUDE_WORDS.has(t.lower));
  const listedAfterInclude =
    includeBefore >= 0 &&
    view.tokens
      .slice(Math.max(0, m.from - 6) + includeBefore + 1, m.from)
      .every((t) => t.kind === 'word' && !EVENT_WORDS[t.lower] && !AUXILIARIES.has(t.lower));
  if (listedAfterInclude && DEMOGRAPHIC.has(head)) return true;
  if (
    ['included', 'include', 'includes', 'comprised', 'comprise'].includes(before) &&
    (DEMOGRAPHIC.has(head) ||
      (previous !== undefined &&
        !SOLDIER_NOUNS.has(head) &&
        !HOSTAGE_NOUNS.has(head) &&
        !PRISONER_NOUNS.has(head)))
  ) {
    return true;
  }
  // "released 39 prisoners, 24 women and 15 teenagers": who the count just given were.
  return (
    before === ',' && DEMOGRAPHIC.has(head) && previous !== undefined && m.from - previous.to <= 4
  );
}

/** "30 people, one of them a child", "500 wounded, 40 of them seriously": a part, set off. */
function isAsidePart(
  view: SentenceView,
  m: NumberMention,
  noun: CountedNoun,
  event: CountEvent | null,
): boolean {
  return (
    noun.anaphoric && view.tokens[m.from - 1]?.text === ',' && (event === null || event.trust !== 2)
  );
}

/** "killed or wounded": a count of casualties of both kinds, in no one metric. */
function isKilledOrWounded(view: SentenceView, eventIndex: number): boolean {
  const [joiner, next] = [
    view.tokens[eventIndex + 1]?.lower ?? '',
    view.tokens[eventIndex + 2]?.lower ?? '',
  ];
  const [before, prev] = [
    view.tokens[eventIndex - 1]?.lower ?? '',
    view.tokens[eventIndex - 2]?.lower ?? '',
  ];
  const injured = (w: string) => INJURED_NOUNS.has(w) || w === 'injuring' || w === 'wounding';
  const killed = (w: string) => KILLED_NOUNS.has(w) || w === 'killing';
  const word = view.tokens[eventIndex]?.lower ?? '';
  if (!killed(word) && !injured(word)) return false;
  return (
    ((joiner === 'or' || joiner === 'and') && injured(next)) ||
    ((before === 'or' || before === 'and') && killed(prev))
  );
}

/** "a population of 2.2 million", "home to 2.3 million", "most of Gaza's 2.3 million people". */
function isPopulation(view: SentenceView, m: NumberMention): boolean {
  const before = lowerSlice(view, m.from - 4, m.from);
  return before.includes('population') || before.slice(-2).join(' ') === 'home to';
}

/**
 * "most of Gaza's 2.3 million people have been displaced": the count is the whole of which a
 * share is meant. "Most of the 1,100 people killed on Oct. 7" still counts the dead: an event
 * word right after the phrase makes it a figure.
 */
function isShareBase(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const before = lowerSlice(view, m.from - 4, m.from);
  const share = before.some(
    (w, i) => (SHARE_WORDS.has(w) || FRACTION.test(w)) && before[i + 1] === 'of',
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
function isBase(view: SentenceView, m: NumberMention): boolean {
  const before = lowerSlice(view, m.from - 2, m.from);
  const withThe = before.join(' ') === 'of the';
  const of = withThe ? m.from - 2 : before.at(-1) === 'of' ? m.from - 1 : -1;
  const count = of > 0 ? countAt(view, of - 1) : undefined;
  return count !== undefined && (withThe || count.value !== 1) && !describesItself(view, m);
}

/** A base's own phrase names a state or event: "deceased", "bodies", "held", "taken". */
function describesItself(view: SentenceView, m: NumberMention): boolean {
  const noun = countedNoun(view, m);
  if (noun.event !== null || noun.category === 'body') return true;
  const after = lowerSlice(view, noun.end, noun.end + 2);
  return after.some((w) => BASE_STATES.has(w));
}

const BASE_STATES = new Set([
  'held',
  'taken',
  'abducted',
  'kidnapped',
  'seized',
  'buried',
  'remaining',
]);

/** The mention is the larger group of a partitive: "30 of (the) N …". */
function isLargerGroup(view: SentenceView, m: NumberMention): boolean {
  let k = m.from - 1;
  while (
    k > 0 &&
    ['the', 'original', 'initial', 'its', 'their'].includes(view.tokens[k]?.lower ?? '')
  )
    k--;
  return view.tokens[k]?.lower === 'of' && countAt(view, k - 1) !== undefined;
}

/** What a larger group's own phrase says of it: "the original 250", "28 deceased hostages". */
function ownEvent(view: SentenceView, m: NumberMention, noun: CountedNoun): CountEvent | null {
  if (noun.event) return { kind: noun.event, index: m.from, trust: 1 };
  const before = lowerSlice(view, m.from - 2, m.from);
  if (before.includes('original') || before.includes('initial'))
    return { kind: 'take', index: m.from, trust: 3 };
  const next = view.tokens[noun.end]?.lower === 'still' ? noun.end + 1 : noun.end;
  const kind = EVENT_WORDS[view.tokens[next]?.lower ?? ''];
  return kind ? { kind, index: next, trust: 3 } : null;
}

/**
 * ", with 68,000 wounded" just after the previous figure (its day may stand between: "stood
 * at 36,000 on Sunday, with …"): an absolute clause adding to it, unless it gives a time of
 * its own ("with 40 killed since Sunday").
 */
function addsToPrevious(view: SentenceView, m: NumberMention, previousEnd: number): boolean {
  const { tokens } = view;
  let comma = -1;
  for (let i = m.from - 1; i >= 1 && i >= m.from - 4; i--) {
    if (tokens[i]?.lower === 'with' && tokens[i - 1]?.text === ',') comma = i - 1;
  }
  if (comma < 0) return false;
  const previous = tokens.findLastIndex((t, i) => i < comma && t.end <= previousEnd);
  if (previous < 0 || comma - previous > 5 || (tokens[previous]?.end ?? 0) !== previousEnd)
    return false;
  for (let i = m.to; i < tokens.length && !/^[,.;:]$/.test(tokens[i]?.text ?? ''); i++) {
    if (OWN_TIME.has(tokens[i]?.lower ?? '') || view.dates.some((d) => d.from === i)) return false;
  }
  return true;
}

/** The count follows the previous figure's phrase after "and", with at most two words between. */
function joinedByAnd(view: SentenceView, m: NumberMention, previousEnd: number): boolean {
  const between = view.tokens.filter((t) => t.start >= previousEnd && t.end <= m.start);
  return (
    between.length >= 1 &&
    between.length <= 3 &&
    between.at(-1)?.lower === 'and' &&
    between.every((t) => t.kind === 'word')
  );
}

/** The dead and the wounded of one place: "killed 12, with 30 others wounded". */
function casualtyPair(a: MetricId, b: MetricId): boolean {
  const place = (m: MetricId) => m.replace(/_(?:killed|injured)$/, '');
  return a !== b && place(a) === place(b) && /_(?:killed|injured)$/.test(a + ' ' + b);
}

/** Words that give a "with" clause a time of its own: "with 143 wounded over the past day". */
const OWN_TIME = new Set(['since', 'past', 'last', 'previous', 'overnight', 'yesterday', 'alone']);

/** Far above the about 250 people abducted on 7 October 2023. */
const MAX_HOSTAGES = 1000;

/** "returned to Gaza", "returning home": going back somewhere, not being handed back. */
function isHomecoming(view: SentenceView, eventIndex: number): boolean {
  const word = view.tokens[eventIndex]?.lower ?? '';
  const next = view.tokens[eventIndex + 1]?.lower ?? '';
  return /^return/.test(word) && (next === 'to' || next === 'home');
}

/** "one of 15 hostages": one person of a group, not a count of its own. */
function isOneOfMany(view: SentenceView, m: NumberMention): boolean {
  return (
    m.value === 1 && view.tokens[m.to]?.lower === 'of' && countAt(view, m.to + 1) !== undefined
  );
}

function isRate(view: SentenceView, end: number): boolean {
  const after = lowerSlice(view, end, end + 2);
  return RATE_WORDS.some((r) => r.every((w, i) => after[i] === w));
}

/** The group and event of a "the number of <group> <event> … rose to N" subject left of N. */
function numberOfSubject(
  view: SentenceView,
  m: NumberMention,
): { category: Category; event?: CountEvent } | null {
  for (let i = m.from - 2; i >= 0 && i >= m.from - 16; i--) {
    if (countAt(view, i)) return null;
    if (view.tokens[i]?.lower !== 'number' || view.tokens[i + 1]?.lower !== 'of') continue;
    for (let g = i + 2; g < Math.min(i + 6, m.from); g++) {
      // "killed by soldiers": the killers, not the group counted.
      if (view.tokens[g]?.lower === 'by') return null;
      const found = categoryAt(view, g);
      // "the number of Palestinians killed": people are the group.
      if (found === 'person') return { category: 'person' };
      if (found !== 'soldier' && found !== 'hostage' && found !== 'prisoner') continue;
      const category: Category = found;
      for (let e = g + 1; e < Math.min(g + 5, m.from); e++) {
        const kind = eventWord(view, e);
        if (kind) return { category, event: { kind, index: e, trust: 3 } };
      }
      return { category };
    }
    return null;
  }
  return null;
}

/** "Of those still held, …", "Of the hostages taken, …": the group a sentence opens with. */
function frontedGroup(view: SentenceView, m: NumberMention): Category | null {
  const { tokens } = view;
  if (tokens[0]?.lower !== 'of') return null;
  for (let i = 1; i < m.from && i < 12; i++) {
    const w = stem(tokens[i]?.lower ?? '');
    if (tokens[i]?.text === ',') return null;
    if (HOSTAGE_NOUNS.has(w) || CAPTIVITY_WORDS.has(w) || w === 'held') return 'hostage';
    if (PRISONER_NOUNS.has(w)) return 'prisoner';
    if (SOLDIER_NOUNS.has(w)) return 'soldier';
  }
  return null;
}

/** Who an elided count is: from the count it is coordinated with, a "number of" phrase, a toll. */
function contextCategory(
  view: SentenceView,
  m: NumberMention,
  earlier: readonly { mention: NumberMention; category: Category; noun: CountedNoun }[],
): { category: Category; noun?: CountedNoun; event?: CountEvent } {
  const previous = earlier.at(-1);
  // "230 abducted" after "900 people were killed"; "bringing the toll to 229" after
  // "two more soldiers were killed": the same people as the count before.
  const bringing = bringTarget(view) === m;
  if (previous && (m.from - previous.noun.end <= 4 || bringing)) {
    return { category: previous.category, noun: previous.noun };
  }
  // "the number of hostages killed in captivity has risen to 41": the group is the one the
  // subject counts, named after "number of", and what happened to them follows it (the verb
  // after the group is theirs, not a killer's).
  const subject = numberOfSubject(view, m);
  if (subject) return subject;
  // "Of those still in captivity, 116 remain…", "Of the hostages taken, 105 were released":
  // a group named at the head of the sentence.
  const fronted = frontedGroup(view, m);
  if (fronted) return { category: fronted };
  // "all Palestinian prisoners, estimated at 7,000": a group named just before without a number.
  // Only a plural names a group ("hostage rescue operation" uses the noun as a modifier), and
  // not the subject of a verb: in "Israeli troops killed 40" the troops are the killers.
  for (let i = m.from - 1; i >= 0 && i >= m.from - 10; i--) {
    const w = view.tokens[i]?.lower ?? '';
    const after = view.tokens[i + 1]?.lower ?? '';
    if (
      !w.endsWith('s') ||
      EVENT_WORDS[after] ||
      AUXILIARIES.has(after) ||
      REPORTING_VERBS.has(after)
    )
      continue;
    if (PRISONER_NOUNS.has(w)) return { category: 'prisoner' };
    if (HOSTAGE_NOUNS.has(w)) return { category: 'hostage' };
    if (SOLDIER_NOUNS.has(w)) return { category: 'soldier' };
  }
  const right = lowerSlice(view, m.to, m.to + 8);
  const numberOf = right.findIndex((w, i) => w === 'number' && right[i + 1] === 'of');
  if (numberOf >= 0) {
    const noun = right.slice(numberOf + 2, numberOf + 6);
    if (noun.some((w) => SOLDIER_NOUNS.has(w))) return { category: 'soldier' };
    if (noun.some((w) => HOSTAGE_NOUNS.has(w))) return { category: 'hostage' };
    if (noun.some((w) => PRISONER_NOUNS.has(w))) return { category: 'prisoner' };
  }
  // "the army's death toll in the Gaza ground offensive rose to 330": whose toll it is.
  const start = Math.max(0, m.from - 12);
  const left = lowerSlice(view, start, m.from);
  const toll = left.lastIndexOf('toll');
  if (
    toll >= 0 &&
    lowerSlice(view, Math.max(0, start + toll - 3), start + toll).some((w) =>
      TOLL_SOLDIER_WORDS.has(stem(w)),
    )
  ) {
    return { category: 'soldier' };
  }
  return { category: 'person' };
}

function rescueContext(view: SentenceView, eventIndex: number, countFrom: number): boolean {
  const after = lowerSlice(view, eventIndex + 1, eventIndex + 8);
  const byForces = after[0] === 'by' && after.slice(1, 4).some((w) => FORCE_WORDS.has(w));
  const operation = after.some(
    (w, i) =>
      RAID_WORDS.has(w) ||
      (w === 'operation' && ['rescue', 'military', 'special'].includes(after[i - 1] ?? '')),
  );
  // "Israeli special forces in a dramatic overnight raid freed two captives": the clause's
  // subject, read back from the verb past a phrase of place or manner.
  if (eventIndex < countFrom) {
    for (let k = eventIndex - 1; k >= 0 && k >= eventIndex - 12; k--) {
      const t = view.tokens[k];
      if (!t || /^[;:,]$/.test(t.text) || REPORTING_VERBS.has(t.lower)) break;
      if (CLAUSE_BREAKERS.has(t.lower) || t.lower === 'that') break;
      if (FORCE_WORDS.has(t.lower) || RAID_WORDS.has(t.lower)) return true;
    }
  }
  // "special forces freed two captives": forces as the subject of the release (only adverbs
  // and auxiliaries between; "the army said Hamas freed" names a source, not the freer).
  let k = eventIndex - 1;
  while (k >= 0 && SUBJECT_GAP.test(view.tokens[k]?.lower ?? '')) k--;
  // The verb comes before the count it frees: in "4 female soldiers released" the soldiers
  // are the ones freed.
  const forcesFreed = eventIndex < countFrom && FORCE_WORDS.has(view.tokens[k]?.lower ?? '');
  return byForces || operation || forcesFreed;
}

const SUBJECT_GAP = /^(?:has|have|had|were|was|\w+ly)$/;
/** A military raid frees captives: "freed in a raid", "a commando raid freed". */
const RAID_WORDS = new Set(['raid', 'raids', 'commando', 'commandos']);

/** What a sentence may need from the rest of its article. */
export interface ArticleContext {
  /** Where the paragraph's victims mostly are, for a sentence that names no place. */
  place?: () => PlaceCue | null;
  /** The Palestinian territory the article is about, for "Palestinians" named nowhere. */
  region?: () => 'gaza' | 'west_bank';
  /** The sentence is the article's headline, written in headlinese ("7 soldiers killed"). */
  headline?: boolean;
  /** The figures found so far in the article, oldest first: groups a count may refer back to. */
  earlier?: () => readonly Pick<SentenceFigure, 'metric' | 'value'>[];
}

/** Who a figure's metric counts, as a group a later count may refer back to. */
function groupOf(metric: MetricId): { category: Category; noun: CountedNoun } {
  const category: Category = metric.startsWith('hostages_')
    ? 'hostage'
    : metric.startsWith('prisoners_')
      ? 'prisoner'
      : metric === 'soldiers_killed'
        ? 'soldier'
        : 'person';
  const demonym: Demonym | null = /^(?:gaza|west_bank)_/.test(metric)
    ? 'palestinian'
    : metric.startsWith('israel_')
      ? 'israeli'
      : null;
  return {
    category,
    noun: {
      category,
      end: 0,
      event: null,
      demonym,
      prisonerHint: false,
      anaphoric: false,
      bodiesOfPalestinians: false,
    },
  };
}

/** The group of the latest earlier figure (of that value, when one is given). */
function earlierGroup(
  earlier: readonly Pick<SentenceFigure, 'metric' | 'value'>[] | undefined,
  value?: number,
): { category: Category; noun: CountedNoun } | undefined {
  const found = earlier?.findLast((f) => value === undefined || f.value === value);
  return found ? groupOf(found.metric) : undefined;
}

/** "the seven", "all four", "both", "those 12": a count with a determiner and no noun. */
function isDefiniteBare(view: SentenceView, m: NumberMention): boolean {
  const before = view.tokens[m.from - 1]?.lower ?? '';
  const next = view.tokens[m.to];
  return (
    /^(?:the|all|those|these|both)$/.test(before) &&
    (next === undefined ||
      next.kind !== 'word' ||
      AUXILIARIES.has(next.lower) ||
      !!EVENT_WORDS[next.lower])
  );
}

/** "Palestinians killed: More than 44,000, according to …": a label, a colon, then the count. */
const LABELLED = /^([^:]{3,60}?):\s+/;

/**
 * Fact-box lines name what is counted before the number. They are read as the sentence they
 * stand for ("More than 44,000 Palestinians killed, according to …") and the figures' positions
 * mapped back onto the line as written.
 */
function labelledFigures(
  sentence: string,
  published: Day | null,
  context: ArticleContext,
): SentenceFigure[] | null {
  const label = LABELLED.exec(sentence);
  if (!label?.[1] || label[1].split(/\s+/).length > 8) return null;
  // "JERUSALEM: Israel's announcement …": a dateline in capitals, not a label.
  if (!/[a-z]/.test(label[1])) return null;
  // The label names what is counted; a count of its own ("Gaza: 30 killed") makes it no label,
  // and so does a speaker ("Officials said: …") or a quotation after the colon.
  const labelView = viewSentence(label[1]);
  if (labelView.mentions.some((m) => m.excluded === null)) return null;
  if (labelView.tokens.some((t) => REPORTING_VERBS.has(t.lower))) return null;
  const restStart = label[0].length;
  const rest = sentence.slice(restStart);
  if (/^["“‘']/.test(rest)) return null;
  const view = viewSentence(rest);
  const first = view.mentions.find((m) => m.excluded === null);
  if (!first || first.from > 3) return null;
  // "The Latest: 7 Israeli soldiers killed in Gaza": the number names its own people, and the
  // words before the colon are a rubric, not what is counted.
  if (countedNoun(view, first).category !== 'unknown') return null;
  const inserted = ` ${label[1].trim()}`;
  const rewritten = rest.slice(0, first.end) + inserted + rest.slice(first.end);
  const toOriginal = (i: number) =>
    restStart + (i >= first.end + inserted.length ? i - inserted.length : i);
  const figures = extractFromSentence(rewritten, published, context).map((f) => ({
    ...f,
    start: toOriginal(f.start),
    end: toOriginal(f.end),
    attribution: attributionOf(sentence),
  }));
  return figures.length > 0 ? figures : null;
}

export function extractSentenceFigures(
  sentence: string,
  published: Day | null,
  context: ArticleContext = {},
): SentenceFigure[] {
  if (!MAY_HOLD_NUMBER.test(sentence)) return [];
  return (
    labelledFigures(sentence, published, context) ??
    extractFromSentence(sentence, published, context)
  );
}

function extractFromSentence(
  sentence: string,
  published: Day | null,
  articleContext: ArticleContext,
): SentenceFigure[] {
  const view = viewSentence(sentence);
  if (view.mentions.every((m) => m.excluded !== null)) return [];
  // Per-sentence facts, worked out when the first figure needs them.
  let attribution: string | null | undefined;
  let captivity: boolean | undefined;
  let arrivals: boolean | undefined;
  const accepted: { mention: NumberMention; category: Category; noun: CountedNoun }[] = [];
  const figures: SentenceFigure[] = [];

  // Breakdowns of a count already given ("including 12 children", "the dead included 14
  // children and nine women"), remembered so that their lists are skipped whole.
  const breakdowns = new Set<NumberMention>();
  for (const mention of view.mentions) {
    if (mention.excluded !== null) continue;
    // "15 Israelis, including four soldiers, have been killed": a part is read like any count
    // and kept only where it belongs to another metric than the whole (below).
    const part = isSubset(view, mention) || continuesList(view, mention, breakdowns);
    if (part) breakdowns.add(mention);
    if (isPopulation(view, mention) || isBase(view, mention) || isOneOfMany(view, mention))
      continue;
    if (isEarlierConflict(view, mention)) continue;
    const noun = countedNoun(view, mention);
    if (noun.category === 'untracked' || noun.category === 'non-person') continue;
    if (isShareBase(view, mention, noun)) continue;
    if (isBreakdown(view, mention, noun)) {
      breakdowns.add(mention);
      continue;
    }
    if (isRate(view, noun.end)) continue;
    let category: Category = noun.category;
    let nounForPlace = noun;
    let subjectEvent: CountEvent | undefined;
    // A part names its people only to say who among the whole they are ("including 33 the
    // army says are dead", "24 women and 15 teenagers"): a plain person is of the whole's group.
    // "released another 30 Palestinians, joining 150 others": others of the same group.
    const others = view.tokens[noun.end - 1]?.lower === 'others' ? accepted.at(-1) : undefined;
    const whole = part ? accepted.at(-1) : others;
    if (whole && (category === 'unknown' || category === 'person')) {
      category = whole.category;
      nounForPlace = { ...noun, demonym: noun.demonym ?? whole.noun.demonym };
    }
    // "The death toll in Gaza has risen to 31,045": what is counted is the verb's subject.
    const total =
      noun.event === null && (category === 'unknown' || category === 'person')
        ? totalPredicateOf(view, mention)
        : null;
    if (total) {
      // "two soldiers were killed, bringing its death toll to 229": whose toll, from the count
      // before when the subject does not say.
      const before = total.category ?? contextCategory(view, mention, accepted).category;
      category = before === 'unknown' ? 'person' : before;
      nounForPlace = { ...noun, demonym: noun.demonym ?? subjectDemonym(view, total.subject) };
      subjectEvent = { kind: total.event, index: total.verb, trust: 2 };
    } else if (noun.anaphoric) {
      // "40 of them are dead": the group counted just before, in this sentence or an earlier one.
      const antecedent = accepted.at(-1) ?? earlierGroup(articleContext.earlier?.());
      if (!antecedent) continue;
      category = antecedent.category;
      nounForPlace = { ...noun, demonym: antecedent.noun.demonym };
    } else if (category === 'unknown') {
      const context = contextCategory(view, mention, accepted);
      category = context.category;
      subjectEvent = context.event;
      if (context.noun) nounForPlace = { ...noun, demonym: noun.demonym ?? context.noun.demonym };
      // "the seven were killed", "all four were killed": the group of that size named before.
      const named =
        context.category === 'person' && !context.noun && isDefiniteBare(view, mention)
          ? earlierGroup(articleContext.earlier?.(), mention.value)
          : undefined;
      if (named) {
        category = named.category;
        nounForPlace = { ...noun, demonym: named.noun.demonym };
      }
    }
    const found = eventOfCount(view, mention, noun);
    const { bodies } = found;
    let { event, predicate } = found;
    if (total && subjectEvent) event = predicate = subjectEvent;
    else if (!event && subjectEvent) event = predicate = subjectEvent;
    // "bringing the army's death toll since the invasion began to 240": the toll is the event.
    if (!event && bringTarget(view) === mention) {
      const toll = view.tokens.findLastIndex(
        (t, i) => i < mention.from && (t.lower === 'toll' || t.lower === 'tally'),
      );
      if (toll >= 0) event = predicate = { kind: 'kill', index: toll, trust: 5 };
    }
    // "41 bodies were brought to hospitals": bodies that arrive are the dead, with no verb of
    // killing needed.
    if (!event && (noun.category === 'body' || bodies)) {
      arrivals ??= view.tokens.some((t) => ARRIVAL_PLACES.has(t.lower));
      if (arrivals) event = predicate = { kind: 'kill', index: mention.from, trust: 5 };
    }
    // "130 of the original 250 captives taken by Hamas … are still held": the larger group's
    // own words say what it is ("original" ones were taken); the clause's verb is the part's.
    if (isLargerGroup(view, mention)) {
      const own = ownEvent(view, mention, noun);
      if (own) event = predicate = own;
    }
    if (isAsidePart(view, mention, noun, event)) {
      breakdowns.add(mention);
      continue;
    }
    if (!event || !predicate) continue;
    // "A total of 96 remain in Gaza": people held or freed with no word for who they are, in
    // an article about hostages, are the hostages counted before.
    if (
      category === 'person' &&
      noun.category === 'unknown' &&
      !noun.anaphoric &&
      !total &&
      (event.kind === 'hold' || event.kind === 'release') &&
      !(captivity ??= speaksOfCaptivity(view))
    ) {
      const group = earlierGroup(articleContext.earlier?.());
      if (group?.category === 'hostage' || group?.category === 'prisoner') {
        category = group.category;
      }
    }
    if ((event.kind === 'kill' || event.kind === 'injure') && isKilledOrWounded(view, event.index))
      continue;
    accepted.push({ mention, category, noun: nounForPlace });
    // "held in Israeli jails", "Israel's prisons now hold about 9,500": prison words on either side.
    const prisonContext = [
      ...lowerSlice(view, Math.max(mention.from - 5, stretchOf(view, mention)[0]), mention.from),
      ...lowerSlice(view, noun.end, noun.end + 5),
    ].some((w) => PRISON_PLACES.has(w) || PRISON_VERBS.has(w));
    const metric = metricOf({
      category,
      noun: nounForPlace,
      event: event.kind,
      bodies,
      bodiesOfTheDead: (arrivals ??= view.tokens.some((t) => ARRIVAL_PLACES.has(t.lower))),
      prisonContext: prisonContext && nounForPlace.demonym !== 'israeli',
      captivityContext: (captivity ??= speaksOfCaptivity(view)),
      rescueContext: rescueContext(view, event.index, mention.from),
      place: victimLocation(
        view,
        mention,
        nounForPlace,
        articleContext.place,
        articleContext.region,
      ),
    });
    if (!metric) continue;
    // A part of the count before it in the same metric is a breakdown ("including 12
    // children"); in another metric it is a figure when it names another group ("including
    // four soldiers") or has a predicate of its own ("including 33 the army says are dead").
    if (part) {
      const ownPredicate = predicate.index > mention.to && predicate.trust <= 2;
      const otherGroup = whole !== undefined && whole.category !== category;
      if (!whole || figures.at(-1)?.metric === metric || !(ownPredicate || otherGroup)) continue;
    }
    // "450,000 people have returned to northern Gaza": people going back, not a release.
    if (category !== 'hostage' && isHomecoming(view, event.index)) continue;
    // Hostage counts of this war are in the hundreds; a larger one is a misreading.
    if (metric.startsWith('hostages_') && mention.value > MAX_HOSTAGES) continue;
    const modality = modalityOf(view, metric, predicate);
    const previous = figures.at(-1);
    // "… has passed 45,000, with more than 107,000 injured": another measure of the same toll,
    // added in a "with" clause, is a total of the same day. ("110 have been released, with 105
    // of them traded during the truce" is a part of the same count, with its own scope.)
    // "left 12 dead and 30 wounded", "killing 40 people and injuring 100": the other measure
    // of the same event, joined by "and", shares its scope and day.
    const addsTo =
      previous !== undefined &&
      previous.modality === modality &&
      previous.metric !== metric &&
      (((casualtyPair(previous.metric, metric) || previous.scope === 'total') &&
        addsToPrevious(view, mention, previous.end)) ||
        joinedByAnd(view, mention, previous.end))
        ? previous
        : undefined;
    const scope = addsTo
      ? addsTo.scope
      : total && metric !== 'hostages_held'
        ? total.incident
          ? 'incident'
          : 'total'
        : scopeOf(view, mention, metric, modality, predicate, bodies, articleContext.headline);
    const hedge = qualifierOf(view, mention);
    figures.push({
      metric,
      value: mention.value,
      text: sentence.slice(mention.start, mention.end),
      qualifier: hedge === 'exact' && total?.qualifier ? total.qualifier : hedge,
      modality,
      scope,
      asOf: addsTo
        ? addsTo.asOf
        : asOfOf(view, mention, scope, modality, view.dates, published, metric),
      attribution:
        attribution === undefined
          ? (attribution = attributionOf(sentence, view.tokens))
          : attribution,
      start: mention.start,
      end: mention.end,
    });
  }
  return figures;
}
