// One sentence → the figures in it. Composes the figure rules: numbers, what they count, the
// event, the place, then metric, hedge, modality, scope, day and source. Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import { isAsideMark } from './tokens.ts';
import type { Day } from '../dates/calendar.ts';
import type { SentenceFigure } from './sentenceFigure.ts';
import {
  earlierGroup,
  eventOfMetric,
  groupOf,
  isDefiniteBare,
  placeOfMetric,
  refersBack,
  type ArticleContext,
} from './articleMemory.ts';
import { asOfOf } from './asOf.ts';
import { attributionOf } from './attribution.ts';
import {
  contextCategory,
  copulaSubject,
  frontedBase,
  groupNamedBefore,
  opensOnGroupCountedLast,
  subjectDemonym,
} from './contextCategory.ts';
import { countedNoun, type Category, type CountedNoun } from './countedNoun.ts';
import { eventOfCount, type CountEvent } from './eventOfCount.ts';
import { eventWord, LEAVE_WORDS } from './eventWord.ts';
import { cellFigures, labelledFigures } from './factBoxLabels.ts';
import {
  AUXILIARIES,
  BODY_NOUNS,
  CLAUSE_OPENERS,
  COUNTERFACTUAL_MODALS,
  DISPLACED_WORDS,
  EVENT_WORDS,
  HEDGE_WORDS,
  HOSTAGE_NOUNS,
  PRISON_PLACES,
  PRISON_VERBS,
  TAKING_PARTICIPLES,
  type EventKind,
} from './lexicon.ts';
import { ARRIVAL_PLACES, rescueContext, speaksOfCaptivity } from './metricContext.ts';
import { metricOf } from './metricOf.ts';
import { modalityOf } from './modality.ts';
import { bareBaseOf } from './predicateAfter.ts';
import {
  isDisasterToll,
  isEarlierConflict,
  isCareOffered,
  isConditionOfWounded,
  releasesMedia,
  isHomecoming,
  isKilledOrWounded,
  isRate,
  MAX_HOSTAGES,
} from './notCounted.ts';
import { MAY_HOLD_NUMBER } from './numberWords.ts';
import type { NumberMention } from './numberMentions.ts';
import {
  continuesList,
  DEMOGRAPHIC,
  isAsidePart,
  hasOwnPeriod,
  isBase,
  isBreakdown,
  isLargerGroup,
  joinedAlong,
  isOneOfMany,
  isPopulation,
  detentionKindListed,
  isSetOffPart,
  nationalsInBrackets,
  isShareBase,
  isSubset,
  ownEvent,
} from './partsAndBases.ts';
import { qualifierOf } from './qualifier.ts';
import { bringTarget, scopeOf } from './scope.ts';
import {
  lowerSlice,
  previousCounting,
  stretchOf,
  viewSentence,
  type SentenceView,
} from './sentenceView.ts';
import { addsToPrevious, casualtyPair, elliptical, joinedByAnd } from './sharedMeasure.ts';
import { numberOfBodies, passingHedge, totalPredicateOf } from './totalPredicate.ts';
import { inGazaAt, victimLocation, type PlaceCue } from './victimLocation.ts';

export type { ArticleContext } from './articleMemory.ts';
export type { SentenceFigure } from './sentenceFigure.ts';

/**
 * "the release of the 132 hostages still held", "the release of all 50 hostages still in
 * Gaza": a definite count, named by its state, after the noun of a release still to come.
 */
function heldAwaitingRelease(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
  predicate: CountEvent,
): boolean {
  const { tokens } = view;
  if (tokens[predicate.index]?.lower !== 'release' || tokens[predicate.index + 1]?.lower !== 'of')
    return false;
  const after = lowerSlice(view, noun.end, noun.end + 2);
  if (after[0] !== 'still' || (after[1] !== 'held' && after[1] !== 'in')) return false;
  // A release asked for, not one under way ("The release of the 20 … began on Monday").
  const lead = lowerSlice(view, predicate.index - 5, predicate.index);
  // Without "the" or "all" the number may be a deal's ("provides for the release of 33
  // hostages still held"); only a plea names people by their state: "pressing for the
  // release of eight workers still held".
  const before = tokens[mention.from - 1]?.lower ?? '';
  const named = before === 'the' || before === 'all';
  return lead.some((w) => (named ? AWAITING : PLEADING).has(w));
}

/**
 * "to free the 128 Israeli captives it says remain in Gaza": the people a release still to come
 * would free, named by where they still are, are those held.
 */
function heldStillThere(view: SentenceView, mention: NumberMention, noun: CountedNoun): boolean {
  const before = view.tokens[mention.from - 1]?.lower ?? '';
  if (before !== 'the' && before !== 'all') return false;
  const after = lowerSlice(view, noun.end, noun.end + 8);
  let k = after[0] === 'who' || after[0] === 'that' ? 1 : 0;
  if (SAYERS.has(after[k] ?? '') && /^(?:says?|believes?|thinks?)$/.test(after[k + 1] ?? ''))
    k += 2;
  if (k === 0 || !/^(?:remain|remains|are)$/.test(after[k] ?? '')) return false;
  // (They remain where captives are: "in Gaza", "in captivity", "held"; not "in hospital".)
  const rest = after.slice(k + 1).join(' ');
  return /^(?:still )?(?:held|captive|in captivity|(?:in|inside) (?:gaza|the strip|the gaza strip))\b/.test(
    rest,
  );
}
const SAYERS = new Set(['it', 'they', 'israel', 'officials', 'he', 'she']);

/** "2,200 Palestinians and 73 people": a count joined to the one before by "and" alone. */
function joinedTo(view: SentenceView, before: NumberMention | null, m: NumberMention): boolean {
  if (!before || view.tokens[m.from - 1]?.lower !== 'and') return false;
  if (m.from - 1 - before.to > 3) return false;
  for (let i = before.to; i < m.from - 1; i++)
    if (view.tokens[i]?.kind !== 'word' || eventWord(view, i)) return false;
  return true;
}

/** "Of the 28 deceased hostages whose bodies were held in Gaza, …": a group of the dead first. */
function frontedDead(view: SentenceView, mention: NumberMention): boolean {
  const { tokens } = view;
  if (tokens[0]?.lower !== 'of') return false;
  for (let i = 1; i < mention.from && tokens[i]?.text !== ','; i++)
    if (DEAD_WORDS.has(tokens[i]?.lower ?? '')) return true;
  return false;
}
const DEAD_WORDS = new Set(['deceased', 'dead', 'slain', 'fallen']);

/** "eight of the 33": the bare base right after a partitive count. */
function trailingBase(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): NumberMention | undefined {
  const base = view.mentions.find((m) => m.index > mention.index && m.excluded === null);
  return base && bareBaseOf(view, noun, base) ? base : undefined;
}

/** Rooms and buildings captives are kept in. */
const HOLDING_PLACES = new Set(
  'apartment apartments flat flats building buildings block blocks house houses home homes tunnel tunnels room rooms compound shaft cell cells basement'.split(
    ' ',
  ),
);

/**
 * "The other three were held together in a second apartment", "the four had been held in two
 * apartment blocks": where some people were kept, told in the past, is no count of those held
 * now.
 */
function heldWhereOnce(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  if (tokens[at]?.lower !== 'held') return false;
  const before = lowerSlice(view, at - 2, at);
  if (!(before[1] === 'were' || before[1] === 'was' || before.join(' ') === 'had been'))
    return false;
  let k = at + 1;
  if (/^(?:together|separately|captive|hostage|alone)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(?:in|inside|at|under)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let i = k + 1; i <= k + 4; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') return false;
    if (HOLDING_PLACES.has(t.lower)) return true;
  }
  return false;
}

const PLEADING = new Set(
  'demand demands demanded demanding urged urges urging press presses pressed pressing call calls called calling push pushing appeal appeals appealed appealing'.split(
    ' ',
  ),
);

/**
 * "Of the 251 hostages seized by militants, 97 …", "release 50 of the roughly 240 hostages it
 * seized", "120 remain, out of 250 taken": the larger group a part is taken from, told by how
 * its people were taken.
 */
function takenBase(view: SentenceView, mention: NumberMention, noun: CountedNoun): boolean {
  let k = mention.from - 1;
  while (
    k > 0 &&
    /^(?:roughly|about|some|around|nearly|approximately)$/.test(view.tokens[k]?.lower ?? '')
  )
    k--;
  // ("out of 250 taken on Oct. 7": "out of" names the whole without "the".)
  const outOf = view.tokens[k]?.lower === 'of' && view.tokens[k - 1]?.lower === 'out';
  // ("50 women and children among the roughly 240 hostages it seized")
  const whole = view.tokens[k - 1]?.lower === 'of' || view.tokens[k - 1]?.lower === 'among';
  if (!outOf && (view.tokens[k]?.lower !== 'the' || !whole)) return false;
  const after = lowerSlice(view, noun.end, noun.end + 3);
  const at = after.findIndex((w) => TAKING_PARTICIPLES.has(w));
  // Right after the noun, or after its taker: "hostages it seized", "captives Hamas took".
  return at === 0 || (at === 1 && /^(?:it|they|hamas|militants)$/.test(after[0] ?? ''));
}

/** Far above any toll of this war's dead or wounded (tens of thousands). */
const MAX_CASUALTIES = 500_000;

/** A question about what could have been: "Could these six have come home?" */
function wonderedAbout(view: SentenceView): boolean {
  return (
    /\?["”’]?\s*$/.test(view.text) &&
    view.tokens.some(
      (t, i) =>
        COUNTERFACTUAL_MODALS.has(t.lower) &&
        view.tokens.slice(i + 1, i + 5).some((next) => next.lower === 'have'),
    )
  );
}

/**
 * "Israel believes 24 of them are alive and 35 are dead": a count joined by "and" to a part
 * of "them" is a part of the same group.
 */
function joinedToPartOfThem(view: SentenceView, mention: NumberMention): boolean {
  // (Its hedge aside: "and at least 35".)
  let k = mention.from - 1;
  while (k > 0 && HEDGE_WORDS.has(view.tokens[k]?.lower ?? '')) k--;
  // "Israel believes 23 of them are alive, and that 35 are dead": a second thing said of them.
  const second = view.tokens[k]?.lower === 'that' && view.tokens[k - 1]?.lower === 'and';
  if (second) k--;
  // (", and four were injured" after a comma opens a clause of its own.)
  if (view.tokens[k]?.lower !== 'and' || (!second && view.tokens[k - 1]?.text === ','))
    return false;
  const part = previousCounting(view, mention, k);
  if (!part || mention.from - part.to > 10) return false;
  const after = lowerSlice(view, part.to, part.to + 2);
  return after[0] === 'of' && /^(?:them|whom|these|those)$/.test(after[1] ?? '');
}

/**
 * The figure counted last, or, when the dead and the wounded of one place were counted last
 * as a pair ("stood at 49,547 killed and 112,719 wounded. That figure was 48,388 …"), the one
 * whose size the new number is nearer to.
 */
function nearerOfPair<T extends { metric: MetricId; value: number }>(
  list: readonly T[],
  value: number,
): T | undefined {
  const last = list.at(-1);
  const before = list.at(-2);
  if (!last || !before || !casualtyPair(last.metric, before.metric)) return last;
  const distance = (f: T) => Math.abs(Math.log(f.value / value));
  return distance(before) < distance(last) ? before : last;
}

/** "killed in captivity", "died in Hamas captivity": right after the verb of death at `verb`. */
function diedInCaptivity(view: SentenceView, verb: number): boolean {
  const after = lowerSlice(view, verb + 1, verb + 4);
  return after[0] === 'in' && (after[1] === 'captivity' || after[2] === 'captivity');
}

/**
 * "… and 1,718 detainees from Gaza held without charge": a participle after the count that
 * tells how they were held, in a sentence listing the kinds of a group ("comprised",
 * "included", "among … were"), with nothing saying they are held still.
 */
function kindOfDetention(view: SentenceView, held: number, countFrom: number): boolean {
  if (held <= countFrom || !/^(?:held|detained)$/.test(view.tokens[held]?.lower ?? ''))
    return false;
  const how = lowerSlice(view, held + 1, held + 5);
  if (!how.includes('without') && !(how.includes('during') && how.includes('war'))) return false;
  const words = view.tokens.map((t) => t.lower);
  return (
    words.slice(0, countFrom).some((w) => LISTING_WORDS.has(w)) &&
    !words.some((w) => w === 'remain' || w === 'remains' || w === 'still')
  );
}
const LISTING_WORDS = new Set([
  'comprised',
  'comprise',
  'included',
  'includes',
  'include',
  'among',
]);

const REPATRIATED = new Set(['repatriated', 'repatriate', 'repatriates', 'repatriating']);

/** Words of flying people out: "on two flights", "an evacuation flight", "an airlift". */
const FLIGHT_WORDS = new Set([
  'flight',
  'flights',
  'airlift',
  'airlifted',
  'evacuated',
  'evacuation',
]);

function evacuationFlights(view: SentenceView): boolean {
  return view.tokens.some((t) => FLIGHT_WORDS.has(t.lower));
}

/** "109 hostages are still waiting for their return": those who wait are still held. */
function stillWaiting(view: SentenceView, noun: CountedNoun): boolean {
  const after = lowerSlice(view, noun.end, noun.end + 4);
  const at = after.findIndex((w) => w === 'waiting' || w === 'awaiting');
  return at > 0 && after.slice(0, at).some((w) => w === 'are' || w === 'remain' || w === 'still');
}

/**
 * "all 28 deceased hostages", "the bodies of the 28 dead captives": a whole group of captives
 * named as the dead (not "18 bodies", "the bodies of 18 others" a deal would return).
 */
function deceasedNamed(view: SentenceView, mention: NumberMention): boolean {
  const before = view.tokens[mention.from - 1]?.lower ?? '';
  const after = lowerSlice(view, mention.to, mention.to + 2);
  return (
    (before === 'all' || before === 'the') &&
    (after[0] === 'deceased' || after[0] === 'dead') &&
    HOSTAGE_NOUNS.has(after[1] ?? '')
  );
}

/** Nouns of coming back: "the return of the four hostages". */
const RETURN_NOUNS = new Set(['return', 'release', 'homecoming', 'freeing']);

/** Participles set before a noun to say who its people are: "the four freed hostages". */
const DESCRIBING = new Set(['freed', 'released', 'rescued', 'returned', 'liberated']);

/** Words after a count that say its people are still held: "97 of them are still in Gaza". */
const STILL_HELD = new Set(['still', 'remain', 'remains', 'held', 'captive', 'captivity']);

const AWAITING = new Set(
  'for demand demands demanded demanding urged urges urging seek seeks seeking secure securing including include includes terms until without'.split(
    ' ',
  ),
);

/**
 * "The six, …, were abducted", "All four were abducted": a sentence opened by a number that
 * stands alone for a group named before (the definite bare count that articleMemory reads).
 */
function restatedGroup(view: SentenceView, mention: NumberMention): boolean {
  return (
    isDefiniteBare(view, mention) &&
    lowerSlice(view, 0, mention.from).every((w) => OPENING_DETERMINERS.has(w))
  );
}

/**
 * "Two more were killed on Sunday", "Three more have died": a sentence opened by a count of
 * more, with no noun of its own, before its verb.
 */
function bareMore(view: SentenceView, mention: NumberMention): boolean {
  const next = view.tokens[mention.to + 1]?.lower ?? '';
  return (
    mention.from === 0 &&
    view.tokens[mention.to]?.lower === 'more' &&
    (AUXILIARIES.has(next) || EVENT_WORDS[next] !== undefined)
  );
}

/** What may stand before a number that opens a sentence alone: "The", "All", "All the". */
const OPENING_DETERMINERS = new Set(['the', 'all', 'these', 'those', 'both']);

/**
 * Casualties that name no place of their own, counted beside a casualty figure of the same
 * sentence, are where it is ("69,000 dead and nearly 171,000 wounded"; "… has killed 40,534
 * Palestinians, with 58 people killed in the past 48 hours"), whatever the article is about.
 */
function besideCasualty(kind: EventKind, before: SentenceFigure | undefined): PlaceCue | null {
  if (kind !== 'kill' && kind !== 'injure') return null;
  return before && /_(?:killed|injured)$/.test(before.metric) ? placeOfMetric(before.metric) : null;
}

/** Verbs of giving back, which tell of bodies as of the living. */
const RETURNED = new Set(['returned', 'return', 'returning', 'handed', 'repatriated']);

/** Gaza's health ministry as a sentence names it. */
const GAZA_MINISTRY =
  /\b(?:gaza(?:'s|’s)?|hamas-run) (?:health ministry|ministry of health)\b|\b(?:health ministry|ministry of health) in gaza\b/i;
/** Words for captives or Israelis, whose bodies Gaza's ministry does not count. */
const CAPTIVE_NOUNS = new Set([...HOSTAGE_NOUNS, 'israeli', 'israelis', 'captivity']);

/** Gaza or the West Bank, of a place read from the context. */
function territory(place: PlaceCue | 'elsewhere' | null | undefined): 'gaza' | 'west_bank' | null {
  return place === 'gaza' || place === 'west_bank' ? place : null;
}

function palestinianBeside(
  kind: EventKind,
  before: SentenceFigure | undefined,
): 'gaza' | 'west_bank' | null {
  return territory(besideCasualty(kind, before));
}

const FREEING = new Set([
  'free',
  'freed',
  'freeing',
  'release',
  'released',
  'releasing',
  'exchange',
]);

/** "free some 900 terrorists", "the release of 1,000 terrorists", "in exchange for … terrorists". */
function terroristsFreed(view: SentenceView, mention: NumberMention, noun: CountedNoun): boolean {
  const head = view.tokens[noun.end - 1]?.lower ?? '';
  if (head !== 'terrorists' && head !== 'terrorist') return false;
  return lowerSlice(view, mention.from - 5, mention.from).some((w) => FREEING.has(w));
}

/** A toll of tens of thousands, placed by nothing else, is Gaza's. */
function tollOnlyGazaHas(kind: EventKind, value: number): PlaceCue | null {
  return (kind === 'kill' && value >= GAZA_ONLY_TOLL) ||
    (kind === 'injure' && value >= GAZA_ONLY_WOUNDED)
    ? 'gaza'
    : null;
}

/** A death toll no place but Gaza reached in this war (Israel's, the West Bank's, Lebanon's stayed far lower). */
const GAZA_ONLY_TOLL = 10_000;
/** A count of wounded no place but Gaza reached (Israel's and Lebanon's stayed under 20,000). */
const GAZA_ONLY_WOUNDED = 30_000;

export function extractSentenceFigures(
  sentence: string,
  published: Day | null,
  context: ArticleContext = {},
): SentenceFigure[] {
  if (!MAY_HOLD_NUMBER.test(sentence)) return [];
  return (
    cellFigures(sentence, published, context, extractFromSentence) ??
    labelledFigures(sentence, published, context, extractFromSentence) ??
    extractFromSentence(sentence, published, context)
  );
}

/** "taken to hospital", "taken to Nasser hospital for treatment". */
function takenToCare(view: SentenceView, at: number): boolean {
  return (
    view.tokens[at + 1]?.lower === 'to' &&
    view.tokens
      .slice(at + 2, at + 5)
      .some((t) => /^(?:hospitals?|clinics?|medical|treatment|care)$/.test(t.lower))
  );
}

/**
 * "October 13 – Hamas frees the last 20 hostages. Israel releases 1,968 prisoners.": a later
 * sentence of a timeline's entry, naming no day of its own, tells of the entry's day.
 */
function dayOfEntry(view: SentenceView, context: ArticleContext): string | null {
  const day = context.entryDay?.() ?? null;
  return day !== null && !view.dates.some((d) => d.kind !== 'vague') ? day : null;
}

/** Words that open where or how people were killed: "killed at Alumim", "killed in the attack". */
const KILLED_WHERE = new Set(['at', 'in', 'on', 'during', 'by', 'when', 'while', 'near']);

/** "remain in northern Gaza", "stayed in the Strip": the state verb at i, then a Gaza place. */
function staysInGaza(view: SentenceView, i: number): boolean {
  return STAY_VERBS.has(view.tokens[i]?.lower ?? '') && inGazaAt(view, i + 1);
}
const STAY_VERBS = new Set([
  'remain',
  'remains',
  'remained',
  'remaining',
  'stay',
  'stayed',
  'stays',
]);

/**
 * "More than 10,000 Sri Lankans work in Israel, and two of them … were killed": people this
 * sentence counted before, with no figure of their own, are whom "of them" points at.
 */
function peopleCountedBefore(
  view: SentenceView,
  mention: NumberMention,
): { category: Category; noun: CountedNoun } | undefined {
  const before = view.mentions.findLast((m) => m.to <= mention.from && m.excluded === null);
  if (!before) return undefined;
  const noun = countedNoun(view, before);
  return noun.category === 'person' && noun.demonym !== null
    ? { category: 'person', noun }
    : undefined;
}

/** "They include …", "These included …": a sentence of parts of the group counted before. */
const INCLUDE_OPENER = /^(?:They|These|Those) includ(?:e|es|ed)\b/;

/** Who holds captives in Gaza. */
const CAPTOR_WORDS = new Set([
  'hamas',
  "hamas's",
  'hamas’s',
  'militants',
  'gunmen',
  'captors',
  'qassam',
]);

function extractFromSentence(
  sentence: string,
  published: Day | null,
  articleContext: ArticleContext,
): SentenceFigure[] {
  const view = articleContext.view ? articleContext.view(sentence) : viewSentence(sentence);
  if (view.mentions.every((m) => m.excluded !== null)) return [];
  // Per-sentence facts, worked out when the first figure needs them.
  let attribution: string | null | undefined;
  let entryDay: string | null | undefined;
  let captivity: boolean | undefined;
  let arrivals: boolean | undefined;
  let backwards: boolean | undefined;
  const accepted: { mention: NumberMention; category: Category; noun: CountedNoun }[] = [];
  const figures: SentenceFigure[] = [];
  // "They include 1,167 people detained in Gaza during the war and held in Israel": parts of
  // the group the sentence before counted, whose words tell their past, not what is counted.
  const includedIn = INCLUDE_OPENER.test(view.text) ? articleContext.earlier?.().at(-1) : undefined;
  const includedGroup = includedIn ? earlierGroup([includedIn]) : undefined;

  // Breakdowns of a count already given ("including 12 children", "the dead included 14
  // children and nine women"), remembered so that their lists are skipped whole.
  const breakdowns = new Set<NumberMention>();
  /** The last count of an earlier war: "… killed 2,200 Palestinians and 73 Israelis" share it. */
  let earlierWar: NumberMention | null = null;
  for (const mention of view.mentions) {
    if (mention.excluded !== null) continue;
    // "15 Israelis, including four soldiers, have been killed": a part is read like any count
    // and kept only where it belongs to another metric than the whole (below).
    // A part over a time of its own ("including 346 since the ground offensive began") is
    // kept as a figure, but is still of the whole's group.
    const partOf = isSubset(view, mention) || continuesList(view, mention, breakdowns);
    const part = partOf && !hasOwnPeriod(view, mention);
    if (part) breakdowns.add(mention);
    if (isPopulation(view, mention) || isBase(view, mention) || isOneOfMany(view, mention))
      continue;
    if (isEarlierConflict(view, mention) || joinedTo(view, earlierWar, mention)) {
      earlierWar = mention;
      continue;
    }
    const noun = countedNoun(view, mention);
    // "agreed to free some 900 terrorists": what Israeli outlets call the prisoners a deal
    // frees; fighters counted any other way are in no metric.
    const freedAsTerrorists = noun.category === 'untracked' && terroristsFreed(view, mention, noun);
    if ((noun.category === 'untracked' && !freedAsTerrorists) || noun.category === 'non-person')
      continue;
    if (isShareBase(view, mention, noun)) continue;
    if (isBreakdown(view, mention, noun)) {
      breakdowns.add(mention);
      continue;
    }
    // "30 prisoners per hostage", and "30 for each civilian hostage" with the noun left out.
    if (isRate(view, noun.end) || isRate(view, mention.to)) continue;
    let category: Category = freedAsTerrorists ? 'prisoner' : noun.category;
    let nounForPlace = noun;
    let subjectEvent: CountEvent | undefined;
    // A part names its people only to say who among the whole they are ("including 33 the
    // army says are dead", "24 women and 15 teenagers"): a plain person is of the whole's group.
    // "released another 30 Palestinians, joining 150 others": others of the same group.
    const others = view.tokens[noun.end - 1]?.lower === 'others' ? accepted.at(-1) : undefined;
    const whole = partOf ? accepted.at(-1) : others;
    if (whole && (category === 'unknown' || category === 'person')) {
      category = whole.category;
      nounForPlace = { ...noun, demonym: noun.demonym ?? whole.noun.demonym };
    }
    // "the prisoners freed on Sunday were 39 women": who the copula's subject names.
    if (category === 'person') category = copulaSubject(view, mention) ?? category;
    // "A soldier was killed and four others were wounded": others of a group named without a
    // number before them.
    if (!whole && view.tokens[noun.end - 1]?.lower === 'others' && category === 'person')
      category = groupNamedBefore(view, mention.from) ?? category;
    // "The death toll in Gaza has risen to 31,045": what is counted is the verb's subject.
    const total =
      noun.event === null && (category === 'unknown' || category === 'person')
        ? totalPredicateOf(view, mention)
        : null;
    if (total) {
      // "two soldiers were killed, bringing its death toll to 229": whose toll, from the count
      // before when the subject does not say.
      // "Troops encircle Gaza City as death toll in territory passes 9,000": a toll that is the
      // subject of a clause of its own is no one's named before the clause.
      const ownClause = CLAUSE_OPENERS.has(view.tokens[total.subject[0] - 1]?.lower ?? '');
      const before =
        total.category ??
        (ownClause ? 'person' : contextCategory(view, mention, accepted, true).category);
      category = before === 'unknown' ? 'person' : before;
      nounForPlace = { ...noun, demonym: noun.demonym ?? subjectDemonym(view, total.subject) };
      subjectEvent = { kind: total.event, index: total.verb, trust: 2 };
    } else if (
      noun.anaphoric ||
      (category === 'unknown' &&
        (opensOnGroupCountedLast(view, mention) || joinedToPartOfThem(view, mention)))
    ) {
      // "40 of them are dead", "Of these, 372 have been killed": the group counted just
      // before, in this sentence or an earlier one.
      // "… 251 taken hostage, in which 1,200 were killed. 97 of them are still in Gaza": a
      // group said to be still held is the hostages counted last, not the last count.
      const stillHeld = lowerSlice(view, noun.end, noun.end + 4).some((w) => STILL_HELD.has(w));
      // ("Gaza's 2.1 million people … about 1.9 million of them remain displaced": thousands
      // displaced are people of a place, whoever the article counted last.)
      const displaced =
        mention.value >= 1000 &&
        lowerSlice(view, noun.end, noun.end + 4).some((w) => DISPLACED_WORDS.has(w));
      const antecedent = displaced
        ? { category: 'person' as const, noun }
        : ((stillHeld
            ? (accepted.findLast((a) => a.category === 'hostage') ??
              earlierGroup(
                articleContext.earlier?.().filter((f) => f.metric.startsWith('hostages_')),
              ))
            : undefined) ??
          accepted.at(-1) ??
          peopleCountedBefore(view, mention) ??
          earlierGroup(articleContext.earlier?.()));
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
      // "The army said 188 soldiers had been killed. Two more were killed on Sunday": more of
      // the group counted last.
      const more =
        !named && context.category === 'person' && !context.noun && bareMore(view, mention)
          ? earlierGroup(articleContext.earlier?.())
          : undefined;
      const referred = named ?? more;
      if (referred) {
        category = referred.category;
        nounForPlace = { ...noun, demonym: referred.noun.demonym };
      }
      // "Of the 251, 97 remain in Gaza": a base set before the sentence's counts, with no noun,
      // is the group of that size counted earlier in the article.
      // ("Israel says eight of the 33 are dead": so is a bare base right after the count.)
      const fronted =
        !context.noun && (category === 'person' || category === 'unknown')
          ? (frontedBase(view, mention) ?? trailingBase(view, mention, noun))
          : undefined;
      const group = fronted ? earlierGroup(articleContext.earlier?.(), fronted.value) : undefined;
      if (group) {
        category = group.category;
        nounForPlace = { ...noun, demonym: group.noun.demonym };
      }
    }
    const found = eventOfCount(view, mention, noun);
    // "four hostages whose remains are still in Gaza", "28 whose bodies were still held": the
    // captives counted are the dead.
    // ("Of the 28 deceased hostages …, Hamas has handed over 23": a part of the dead.)
    const bodies =
      found.bodies ||
      (view.tokens[noun.end]?.lower === 'whose' &&
        BODY_NOUNS.has(view.tokens[noun.end + 1]?.lower ?? '')) ||
      // ("the return of 28 hostages' remains": the captives' bodies, by the possessive.)
      (/^['’]$/.test(view.tokens[noun.end]?.text ?? '') &&
        BODY_NOUNS.has(view.tokens[noun.end + 1]?.lower ?? '')) ||
      (noun.category === 'unknown' && category === 'hostage' && frontedDead(view, mention)) ||
      numberOfBodies(view, mention, total);
    let { event, predicate } = found;
    if (includedIn && includedGroup) {
      category = includedGroup.category;
      nounForPlace = { ...noun, demonym: noun.demonym ?? includedGroup.noun.demonym };
      event = predicate = { kind: eventOfMetric(includedIn.metric), index: mention.from, trust: 5 };
    }
    // "The bodies of the 10 students killed at Alumim were repatriated to Nepal": people a
    // participle says were killed, whose bodies are moved, are counted as the dead they were.
    if (
      bodies &&
      category === 'person' &&
      event?.kind === 'return-bodies' &&
      eventWord(view, noun.end) === 'kill' &&
      // (A participle phrase, "killed at Alumim"; not "the three fallen soldiers".)
      KILLED_WHERE.has(view.tokens[noun.end + 1]?.lower ?? '')
    )
      event = predicate = { kind: 'kill', index: noun.end, trust: 3 };
    if (total && subjectEvent) event = predicate = subjectEvent;
    else if (!event && subjectEvent) event = predicate = subjectEvent;
    // "bringing the army's death toll since the invasion began to 240": the toll is the event.
    // ("… to seven hostages and 290 prisoners": a count joined to the target is one too.)
    const target = event ? undefined : bringTarget(view);
    const joinedToTarget =
      target !== undefined &&
      target !== mention &&
      view.tokens[mention.from - 1]?.lower === 'and' &&
      mention.from > target.to &&
      mention.from - target.to <= 3;
    if (!event && (target === mention || joinedToTarget)) {
      const toll = view.tokens.findLastIndex(
        (t, i) => i < mention.from && (t.lower === 'toll' || t.lower === 'tally'),
      );
      // "260 have been killed since Friday, bringing the total to 69,483": a total the count
      // before adds to is of what that count counts.
      const addedTo = figures.at(-1);
      // ("brings the total under the truce so far to seven hostages": what the total's own
      // words count.)
      const own = toll < 0 && !addedTo ? totalPredicateOf(view, mention) : null;
      if (toll >= 0) event = predicate = { kind: 'kill', index: toll, trust: 5 };
      else if (own) event = predicate = { kind: own.event, index: own.verb, trust: 5 };
      else if (addedTo) {
        // (The event stands at the verb that brings the total: "to" before the number is no
        // infinitive.)
        const verb = view.tokens.findLastIndex(
          (t, i) =>
            i < mention.from && /^(?:bringing|brings|brought|raising|raised)$/.test(t.lower),
        );
        event = predicate = {
          kind: eventOfMetric(addedTo.metric),
          index: verb >= 0 ? verb : mention.from,
          trust: 5,
        };
      }
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
    // "… to 303, and to 655 since October 7": a bare count after "and" that only adds a time
    // or a place takes the event and the group of the figure before it.
    const before = figures.at(-1);
    // "… 51 killed since October 7, including 11 on Friday": a part over a time of its own
    // with no verb of its own is counted as the whole is.
    // ("109 were freed, 105 of them during the truce, …": a part set off with no verb of its
    // own is counted as its whole is.)
    if (
      !event &&
      before &&
      ((partOf && !part && noun.category === 'unknown') || isSetOffPart(view, mention, noun))
    ) {
      event = predicate = { kind: eventOfMetric(before.metric), index: mention.from, trust: 5 };
      category = groupOf(before.metric).category;
    }
    if (
      !event &&
      before?.metric === 'hostages_released' &&
      nationalsInBrackets(view, mention, noun)
    ) {
      event = predicate = { kind: 'release', index: mention.from, trust: 5 };
      category = 'hostage';
    }
    const detentionKind =
      figures[0]?.metric === 'prisoners_released' && detentionKindListed(view, mention, noun);
    if (!event && detentionKind) {
      event = predicate = { kind: 'release', index: mention.from, trust: 5 };
      category = 'prisoner';
    }
    if (!event && before && elliptical(view, mention, noun)) {
      event = predicate = { kind: eventOfMetric(before.metric), index: mention.from, trust: 5 };
      category = groupOf(before.metric).category;
    }
    // "released 33 hostages, eight of them dead, along with five Thais": a count joined to the
    // sentence's first by "along with" shares its verb, not the state of a part told between.
    const head = figures[0];
    // ("33 hostages, eight of whom were dead, and five Thais": "and" after such a part too.)
    const afterPart =
      view.tokens[mention.from - 1]?.lower === 'and' && accepted.at(-1)?.noun.anaphoric === true;
    if (event && head && event.index < mention.from && (joinedAlong(view, mention) || afterPart)) {
      const kind = eventOfMetric(head.metric);
      if (kind !== event.kind) {
        event = predicate = { kind, index: mention.from, trust: 5 };
        category = groupOf(head.metric).category;
      }
    }
    // "604 soldiers killed since October 7, 260 of them since the ground operation began": a
    // part over a time of its own shares the event of the whole it is taken from.
    if (!event && before && noun.anaphoric && hasOwnPeriod(view, mention)) {
      event = predicate = { kind: eventOfMetric(before.metric), index: mention.from, trust: 5 };
    }
    if (isAsidePart(view, mention, noun, event)) {
      breakdowns.add(mention);
      continue;
    }
    if (!event || !predicate) continue;
    // "Seven were taken to hospital": patients, not captives.
    // ("32 bodies were taken to hospitals" are the dead, read below.)
    if (
      event.kind === 'take' &&
      !bodies &&
      noun.category !== 'body' &&
      takenToCare(view, event.index)
    )
      continue;
    // "Hamas is believed to be holding about 130 people": people a captor holds are captives.
    if (
      (category === 'person' || category === 'unknown') &&
      event.kind === 'hold' &&
      event.index < mention.from &&
      // (not "had held two of those released": a time over, a part of another group)
      view.tokens[event.index - 1]?.lower !== 'had' &&
      view.tokens[mention.to]?.lower !== 'of' &&
      view.tokens.slice(0, event.index).some((t) => CAPTOR_WORDS.has(t.lower))
    )
      category = 'hostage';
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
    // "including no fewer than 31 who are believed to have been killed in captivity": those
    // who died in captivity were captives.
    if (
      event.kind === 'kill' &&
      (category === 'person' || category === 'unknown') &&
      diedInCaptivity(view, event.index)
    )
      category = 'hostage';
    let metric = metricOf({
      category,
      noun: nounForPlace,
      event: event.kind,
      bodies,
      bodiesOfTheDead: (arrivals ??= view.tokens.some((t) => ARRIVAL_PLACES.has(t.lower))),
      prisonContext: prisonContext && nounForPlace.demonym !== 'israeli',
      captivityContext: (captivity ??= speaksOfCaptivity(view)),
      rescueContext: rescueContext(view, event.index, mention.from, mention.to),
      place: victimLocation(
        view,
        mention,
        nounForPlace,
        () =>
          besideCasualty(event.kind, figures.at(-1)) ??
          articleContext.place?.((backwards ??= refersBack(view))) ??
          tollOnlyGazaHas(event.kind, mention.value),
        // ("… killed 40,534 Palestinians …, with 58 people killed": Palestinians beside a
        // Gaza toll are Gaza's, in an article about the West Bank too.)
        // (…and "the Palestinian health ministry said one man was shot dead" in a paragraph
        // about a West Bank village is the paragraph's.)
        () =>
          palestinianBeside(event.kind, figures.at(-1)) ??
          territory(articleContext.paragraphPlace?.()) ??
          articleContext.region?.() ??
          'gaza',
      ),
    });
    if (!metric) continue;
    // "the figure stood at 32,782": the toll the article counted last, if a toll it was.
    if (total?.anaphoric) {
      const list = figures.length > 0 ? figures : (articleContext.earlier?.() ?? []);
      const told = nearerOfPair(list, mention.value);
      if (!told || !/_(?:killed|injured)$/.test(told.metric)) continue;
      metric = told.metric;
    }
    // "Hamas was to return the remains of 28 deceased hostages. It has so far returned 21 of
    // them": a count with no noun of its own, returned after the dead were counted, is of the
    // dead.
    if (
      metric === 'hostages_released' &&
      (noun.anaphoric || noun.category === 'unknown') &&
      RETURNED.has(view.tokens[event.index]?.lower ?? '') &&
      // ("Of those abducted, 117 have returned alive": the living.)
      !lowerSlice(view, event.index + 1, event.index + 3).includes('alive') &&
      (figures.at(-1) ?? articleContext.earlier?.().at(-1))?.metric === 'hostages_dead'
    )
      metric = 'hostages_dead';
    // (The kinds of prisoner a release is made of are released, whatever their own words say.)
    if (detentionKind) metric = 'prisoners_released';
    // "the bodies of 28 hostages were to be returned, meaning 24 remain in Gaza": those who
    // remain, with no noun of their own, after a count of the dead, are the dead still held.
    if (
      metric === 'hostages_held' &&
      noun.category === 'unknown' &&
      figures.at(-1)?.metric === 'hostages_dead'
    )
      metric = 'hostages_dead';
    if (metric === 'hostages_held' && heldWhereOnce(view, event.index)) continue;
    // "39 Thais were killed and 18 injured in the attack": the wounded joined by "and" to the
    // dead, with no noun of their own, are of the dead's place.
    const dead = figures.at(-1);
    if (
      /_injured$/.test(metric) &&
      noun.category === 'unknown' &&
      view.tokens[mention.from - 1]?.lower === 'and' &&
      (dead?.metric === 'israel_killed' || dead?.metric === 'gaza_killed')
    )
      metric = dead.metric === 'israel_killed' ? 'israel_injured' : 'gaza_injured';
    // "600,000 Palestinians remain in northern Gaza": people who stay there are no prisoners.
    if (metric === 'prisoners_held' && staysInGaza(view, event.index)) continue;
    // "They comprised 250 prisoners serving life terms and 1,718 people detained in Gaza and
    // held without charge": after a release, the kinds of detainee it was made of were
    // released; how they had been held only says which kind.
    if (
      metric === 'prisoners_held' &&
      kindOfDetention(view, event.index, mention.from) &&
      (figures.at(-1) ?? articleContext.earlier?.().at(-1))?.metric === 'prisoners_released'
    )
      metric = 'prisoners_released';
    // A fire's or a flood's dead, in a bulletin that has moved on from the war.
    if (/_(?:killed|injured)$/.test(metric) && isDisasterToll(view)) continue;
    // "It has so far returned 330 bodies, Gaza's health ministry said": the bodies Gaza's
    // ministry receives are Palestinians', not captives'.
    if (
      metric === 'hostages_dead' &&
      (bodies || noun.category === 'body') &&
      GAZA_MINISTRY.test(view.text) &&
      !view.tokens.some((t) => CAPTIVE_NOUNS.has(t.lower))
    )
      continue;
    // "128 people remained in Gaza, 36 of them declared dead": a later "of them" refers to the
    // group the metric found ("people" held in Gaza are hostages).
    const group = groupOf(metric).category;
    const last = accepted.at(-1);
    if (last && (last.category === 'person' || last.category === 'unknown') && group !== 'person')
      last.category = group;
    // A part of the count before it in the same metric is a breakdown ("including 12
    // children"); in another metric it is a figure when it names another group ("including
    // four soldiers") or has a predicate of its own ("including 33 the army says are dead").
    if (part) {
      // "including 41 the army says are dead", "of whom Israel has declared 30 dead".
      // "including 31 who are believed to be dead": a relative clause right after the part
      // that says they died is its own predicate too ("13 who were held in tunnels" only says
      // who they were).
      const deadClause =
        ['who', 'that'].includes(view.tokens[noun.end]?.lower ?? '') && predicate.kind === 'kill';
      // ("251 taken, of whom 97 remain held": a part still held, right after its number, is
      // the held.)
      const stillHeldPart =
        predicate.kind === 'hold' && predicate.index === mention.to && predicate.trust <= 2;
      const ownPredicate =
        (predicate.index > mention.to && (predicate.trust <= 2 || deadClause)) ||
        stillHeldPart ||
        noun.event !== null;
      const otherGroup = whole !== undefined && whole.category !== category;
      // "freed 24 hostages, including 13 Israelis": releases are counted by nationality, as
      // deals and exchanges count them (not "including 13 women", who they were).
      // ("freed 24 hostages held in Gaza, including 13 Israelis": the part is of the release,
      // not of the participle that only describes the hostages.)
      const nationals =
        (metric === 'hostages_released' || figures.at(-1)?.metric === 'hostages_released') &&
        noun.demonym !== null &&
        !DEMOGRAPHIC.has(view.tokens[noun.end - 1]?.lower ?? '');
      // ("freed 1,968 Palestinians: 250 serving long sentences and 1,718 detained during the
      // war": prisoners are counted by how they were held.)
      // ("306 soldiers are among the dead": a group a metric of its own counts, among a
      // toll the sentence does not give, is that metric's figure.)
      const ownMetricGroup = !whole && noun.category === 'soldier';
      if (
        !nationals &&
        !detentionKind &&
        !ownMetricGroup &&
        (!whole || figures.at(-1)?.metric === metric || !(ownPredicate || otherGroup))
      )
        continue;
      if (nationals) metric = 'hostages_released';
    }
    // "450,000 people have returned to northern Gaza": people going back, not a release.
    // ("25 bodies of hostages returned to Israel": remains handed back are no homecoming.)
    if (category !== 'hostage' && category !== 'body' && !bodies && isHomecoming(view, event.index))
      continue;
    if (metric.endsWith('_released') && releasesMedia(view, event.index, mention)) continue;
    // "Brazil repatriated 32 people from Gaza": citizens flown home are no hostages freed,
    // unless the sentence speaks of captivity.
    // ("The embassy has brought home 254 Nepalis on two flights": an evacuation too.)
    if (
      metric === 'hostages_released' &&
      category !== 'hostage' &&
      (REPATRIATED.has(view.tokens[event.index]?.lower ?? '') || evacuationFlights(view)) &&
      !(captivity ??= speaksOfCaptivity(view))
    )
      continue;
    if (
      metric.endsWith('_injured') &&
      (isCareOffered(view, mention) || isConditionOfWounded(view, mention))
    )
      continue;
    // "called for the release of the 132 hostages still held in Gaza": the hostages a demand
    // names by their state are the ones held; no release is counted.
    if (
      metric === 'hostages_released' &&
      (heldAwaitingRelease(view, mention, noun, predicate) ||
        stillWaiting(view, noun) ||
        heldStillThere(view, mention, noun))
    )
      metric = 'hostages_held';
    if (
      (metric === 'hostages_released' || metric === 'hostages_held') &&
      takenBase(view, mention, noun)
    )
      metric = 'hostages_taken';
    // "… out of 28 whose remains were still in the enclave, leaving 24", "the remains of four
    // deceased hostages, out of 28 it was obliged to return": the rest and the whole of a
    // count of the dead are dead too.
    const wholeOrRest =
      LEAVE_WORDS.has(view.tokens[mention.from - 1]?.lower ?? '') ||
      (view.tokens[mention.from - 1]?.lower === 'of' &&
        view.tokens[mention.from - 2]?.lower === 'out');
    if (
      (metric === 'hostages_held' || metric === 'hostages_released') &&
      noun.category === 'unknown' &&
      wholeOrRest &&
      figures.at(-1)?.metric === 'hostages_dead'
    )
      metric = 'hostages_dead';
    // "At the hospital, the four freed hostages …": a group named again by the number counted
    // before, with a participle that only describes it, keeps the earlier count's metric (a
    // rescue is not made a release by the word "freed").
    let namedAgain: Pick<SentenceFigure, 'metric' | 'scope' | 'asOf'> | undefined;
    // (Parts of the group counted before: its scope and day too.)
    if (includedIn?.metric === metric) namedAgain = includedIn;
    // (Each rule below asks for the last figure of the same size counted before.)
    const sameSize = () => articleContext.earlier?.().findLast((f) => f.value === mention.value);
    // ("welcomed the safe return of the four hostages": the return of a group named by its
    // number, after its rescue, is that rescue.)
    if (
      metric === 'hostages_released' &&
      view.tokens[mention.from - 1]?.lower === 'the' &&
      (DESCRIBING.has(view.tokens[mention.to]?.lower ?? '') ||
        (view.tokens[mention.from - 2]?.lower === 'of' &&
          RETURN_NOUNS.has(view.tokens[mention.from - 3]?.lower ?? '')))
    ) {
      const earlier = sameSize();
      // (A release told again is the same release: its scope and day too.)
      if (earlier?.metric === 'hostages_rescued' || earlier?.metric === 'hostages_released')
        [metric, namedAgain] = [earlier.metric, earlier];
    }
    // "relieved that four hostages had been reunited with their families" after their rescue:
    // a reunion tells how those counted before came home, not how they were freed.
    if (metric === 'hostages_released' && view.tokens[predicate.index]?.lower === 'reunited') {
      const earlier = sameSize();
      if (earlier?.metric === 'hostages_rescued') [metric, namedAgain] = [earlier.metric, earlier];
    }
    // "welcomed the safe return of these four people": a group pointed back at is the one of
    // that size counted before, with what happened to it then.
    if (/^(?:these|those)$/.test(view.tokens[mention.from - 1]?.lower ?? '')) {
      const earlier = sameSize();
      if (earlier && groupOf(earlier.metric).category === groupOf(metric).category)
        [metric, namedAgain] = [earlier.metric, earlier];
    }
    // "The six, …, were abducted on Oct. 7", "All four were abducted from the festival": a
    // group already counted, named again by its number alone, tells how its people were
    // taken, not how many were.
    if (metric === 'hostages_taken' && restatedGroup(view, mention)) continue;
    // Hostage counts of this war are in the hundreds; a larger one is a misreading.
    if (metric.startsWith('hostages_') && mention.value > MAX_HOSTAGES) continue;
    // …and no toll of dead or wounded reached half a million: "1.07 million facing famine" is
    // a population, whatever word of death stands near it.
    if (/_(?:killed|injured)$/.test(metric) && mention.value > MAX_CASUALTIES) continue;
    // "Could these six have come home?": a question of what might have been counts no one.
    if (wonderedAbout(view)) continue;
    // "required to return the bodies of all 28 deceased hostages": the dead a deal owes, named
    // by the word for them, are a count of the dead held, whatever the deal asks.
    // ("Hamas handed over the remains of the four dead hostages on Monday": a handover done is
    // one event.)
    const asked = modalityOf(view, metric, predicate);
    const owedDead =
      asked === 'proposed' && metric === 'hostages_dead' && deceasedNamed(view, mention);
    const modality =
      includedIn?.metric === metric ? includedIn.modality : owedDead ? 'reported' : asked;
    const previous = figures.at(-1);
    // "… has passed 45,000, with more than 107,000 injured": another measure of the same toll,
    // added in a "with" clause, is a total of the same day. ("110 have been released, with 105
    // of them traded during the truce" is a part of the same count, with its own scope.)
    // "left 12 dead and 30 wounded", "killing 40 people and injuring 100": the other measure
    // of the same event, joined by "and", shares its scope and day.
    const addsTo =
      previous !== undefined &&
      previous.modality === modality &&
      ((previous.metric !== metric &&
        (((casualtyPair(previous.metric, metric) || previous.scope === 'total') &&
          addsToPrevious(view, mention, previous.end)) ||
          joinedByAnd(view, mention, previous.end))) ||
        elliptical(view, mention, noun) ||
        // (The kinds of prisoner a release is made of are of its time.)
        detentionKind ||
        // "handed over 33 hostages, eight of them dead,": a part set off by commas is of the
        // handover's time.
        (noun.anaphoric &&
          isAsideMark(view.tokens[mention.from - 1]?.text) &&
          isAsideMark(view.tokens[noun.end + 1]?.text)))
        ? previous
        : undefined;
    entryDay ??= dayOfEntry(view, articleContext);
    const scope = owedDead
      ? 'total'
      : addsTo
        ? addsTo.scope
        : // (The taking of hostages is one event whatever tallies it: "put the number of people
          // abducted on Saturday at more than 150".)
          total && metric !== 'hostages_held' && metric !== 'hostages_taken'
          ? total.incident
            ? 'incident'
            : 'total'
          : entryDay !== null && metric !== 'hostages_held'
            ? 'incident'
            : scopeOf(view, mention, metric, modality, predicate, bodies, articleContext.headline);
    // "48 hostages remain, around 20 of them believed to be alive": a part of the same metric
    // and scope as the count it refers to is a breakdown too ("40 of them are dead", "105 of
    // them traded during the truce" are figures).
    const referred = figures.at(-1);
    if (
      noun.anaphoric &&
      accepted.length > 1 &&
      referred?.metric === metric &&
      referred.scope === scope &&
      !hasOwnPeriod(view, mention)
    )
      continue;
    const hedge = qualifierOf(view, mention);
    figures.push({
      metric,
      value: mention.value,
      text: sentence.slice(mention.start, mention.end),
      qualifier:
        hedge === 'exact' ? (total?.qualifier ?? passingHedge(view, mention) ?? hedge) : hedge,
      modality,
      // (The group named again is the earlier count's: its scope and day too.)
      scope: namedAgain?.scope ?? scope,
      asOf: namedAgain
        ? namedAgain.asOf
        : entryDay && modality === 'reported'
          ? entryDay
          : addsTo
            ? addsTo.asOf
            : asOfOf(
                view,
                mention,
                scope,
                modality,
                view.dates,
                published,
                metric,
                published ? null : (articleContext.lastNamedDay?.() ?? null),
                noun.end,
              ),
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
