// "The death toll in Gaza has risen to 31,045", "the number of people killed in Israel since
// Saturday's assault has now passed 900", "the tally of soldiers killed stood at 225": a count
// that is the complement of a verb of rising, reaching or standing, whose subject is a toll
// ("toll", "tally", "number of …", "deaths"). What is counted, and the event, come from the
// subject, however long it is: "since …" phrases, asides and places may stand in it. Pure.
import type { Qualifier } from '../../dataset/schema.ts';
import { categoryAt, type Category } from './countedNoun.ts';
import { eventWord } from './eventOfCount.ts';
import { BODY_NOUNS, REPORTING_VERBS, WEEKDAY_NAMES, words, type EventKind } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import {
  countAt,
  inSinceSpan,
  lowerSlice,
  onOtherSide,
  type SentenceView,
} from './sentenceView.ts';
import { stem } from './tokens.ts';

export interface TotalPredicate {
  /** The verb the count completes: "risen", "reached", "stood". */
  verb: number;
  /** The subject's tokens [from, to). */
  subject: [number, number];
  event: EventKind;
  /** The group the subject counts, when it names one ("soldiers", "hostages"). */
  category: Category | null;
  /** The subject names one attack ("the toll from the shooting"): not a running total. */
  incident: boolean;
  /** What the verb says of the number: "exceeded 700" is at least 700, "approached" at most. */
  qualifier: Qualifier | null;
  /** "the figure stood at 32,782": a toll named before the sentence, whose the caller knows. */
  anaphoric?: boolean;
}

/**
 * "The number of bodies returned by Hamas rose to eight", "it brings to eight the number of
 * bodies handed over": a toll of bodies, before the count (its subject) or right after it,
 * counts the dead whatever happened to them.
 */
export function numberOfBodies(
  view: SentenceView,
  mention: NumberMention,
  total: TotalPredicate | null,
): boolean {
  const numberOfBodiesAt = (i: number) =>
    view.tokens[i]?.lower === 'number' &&
    view.tokens[i + 1]?.lower === 'of' &&
    lowerSlice(view, i + 2, i + 4).some((w) => BODY_NOUNS.has(w));
  if (total)
    for (let i = total.subject[0]; i < total.subject[1]; i++) if (numberOfBodiesAt(i)) return true;
  return numberOfBodiesAt(mention.to + (view.tokens[mention.to]?.lower === 'the' ? 1 : 0));
}

/** Verbs whose complement is the new value of a toll. */
const TOTAL_VERBS = words(`
  reached reach reaches reaching rose risen rise rises rising climbed climb climbs climbing
  jumped jumps increased increases grown grew grows soared surged passed passes surpassed
  surpasses exceeded exceeds exceeding topped tops crossed crosses hit hits approached
  approaches approaching neared nears nearing stands stood stand standing amounts amounted
  totals totaled totalled totalling totaling numbered numbers changed fell fallen dropped
  declined climbed revised raised lowered put puts edged went gone doubled tripled
  is are was were be
`);
const MORE_THAN_VERBS = words(
  'passed passes surpassed surpasses exceeded exceeds exceeding topped tops crossed crosses',
);
const NEARLY_VERBS = words('approached approaches approaching neared nears nearing');

/**
 * "surpasses 40,000 martyrs", "neared 2,000 deaths": the hedge a verb of passing or nearing
 * right before the number gives it, whatever noun follows.
 */
export function passingHedge(view: SentenceView, mention: NumberMention): Qualifier | null {
  const verb = view.tokens[mention.from - 1]?.lower ?? '';
  return MORE_THAN_VERBS.has(verb) ? 'at_least' : NEARLY_VERBS.has(verb) ? 'at_most' : null;
}
/** Words that may stand between the verb and the count: "rose to more than 900", "stood at". */
// ("had risen above 15,000", "put the figure at upwards of 1,700")
const COMPLEMENT_GAP = words(`
  to at of about around roughly some nearly almost over more than at least just up beyond past
  approximately an estimated a total down well above upwards
`);
/** Words of an increment or a time before a toll's new value: "by 40 overnight". */
const INCREMENT = words('by overnight today yesterday another further more');
/** Adverbs and auxiliaries between the subject and its verb: "has now risen". */
const VERB_GAP = words(`
  has have had is are was were been be now already since further sharply again officially
  later then also reportedly steadily to believed thought estimated said expected likely
  feared known
`);
/** Nouns that head the subject of a toll. */
const TOLL_HEADS = words(`
  toll tally total count number figure figures deaths fatalities casualties dead killed
  injured wounded injuries killings losses
`);
const KILL_WORDS = words(`
  death deaths dead killed fatalities killings martyrs lives died slain murdered losses
`);
const INJURE_WORDS = words('injured wounded injuries injury hurt');
/** Words that end the subject when reading back from the verb. */
const SUBJECT_STOP = words(`
  that which who whom while whereas but although though because when if unless after
  before as said says told reported added
`);
const ARMY_WORDS = words('army military troop troops idf soldier soldiers');
const ONE_EVENT = words(`
  attack strike airstrike raid shooting stabbing bombing blast explosion massacre ambush
  stampede incident collapse operation
`);

/** A soldier named (in the singular too) before the verb, and no other group. */
function soldierBefore(view: SentenceView, verb: number): boolean {
  let soldier = false;
  for (let i = 0; i < verb; i++) {
    const w = stem(view.tokens[i]?.lower ?? '');
    const found = categoryAt(view, i);
    if (found === 'hostage' || found === 'prisoner') return false;
    if ((SINGLE_SOLDIERS.has(w) || found === 'soldier') && !onOtherSide(view, i)) soldier = true;
  }
  return soldier;
}

const SINGLE_SOLDIERS = words('soldier reservist officer sergeant sgt commander troop');

/** A noun of one event at i ("the strike", "the rescue operation"; not "the ground operation"). */
function namesOneEvent(view: SentenceView, i: number): boolean {
  const w = stem(view.tokens[i]?.lower ?? '');
  return ONE_EVENT.has(w) && !(w === 'operation' && view.tokens[i - 1]?.lower === 'ground');
}

/** Verbs that set a toll named as their object: "bringing the toll to 229", "put it at". */
const OBJECT_VERBS = words(`
  bringing bring brings brought raising raise raised raises pushing push pushed pushes taking take took
  takes put puts putting lifting lift lifted lifts
`);

/**
 * The verb before a count, hedges and "to"/"at" aside ("has risen to more than 900"), and
 * where its subject ends; or a verb with the toll as its object ("bringing the total deaths
 * to 22,438"), the object then standing for the subject.
 */
function verbBefore(
  view: SentenceView,
  mention: NumberMention,
): { verb: number; object: [number, number] | null } | null {
  const { tokens } = view;
  let to = -1;
  // "rose by 40 overnight to 37,337", "has doubled since October to 9,500": an increment, a
  // time or a "since" phrase may stand between the verb and its new value.
  for (let i = mention.from - 1; i >= 0 && i >= mention.from - 9; i--) {
    const w = tokens[i]?.lower ?? '';
    if (TOTAL_VERBS.has(w) && !OBJECT_VERBS.has(w)) return { verb: i, object: null };
    // ("bringing the overall toll above 52,800", "pushing the toll past 30,000")
    if (w === 'to' || w === 'at' || ((w === 'above' || w === 'past') && to < 0)) to = i;
    const passable =
      COMPLEMENT_GAP.has(w) ||
      (to >= 0 && (INCREMENT.has(w) || countAt(view, i) !== undefined || inSinceSpan(view, i)));
    if (!passable) break;
  }
  if (to < 0) return null;
  for (let i = to - 1; i >= 0 && i >= to - 24; i--) {
    const w = tokens[i]?.lower ?? '';
    // "bringing the total number of deaths recorded since the ceasefire took effect on
    // October 11, 2025, to 356": a "since" phrase, commas and all, is part of the object.
    if (inSinceSpan(view, i) || view.dates.some((d) => i >= d.from && i <= d.to)) continue;
    if (OBJECT_VERBS.has(w)) return i + 1 < to ? { verb: i, object: [i + 1, to] } : null;
    if (/^[,.;:]$/.test(w) || countAt(view, i)) break;
  }
  return null;
}

/**
 * "… to 22,438 and injuries to 57,614": a second toll that shares the first one's verb.
 * Returns the tokens of its own subject ("injuries") and the first count.
 */
function gapped(
  view: SentenceView,
  mention: NumberMention,
): { subject: [number, number]; first: NumberMention } | null {
  const { tokens } = view;
  let to = -1;
  for (let i = mention.from - 1; i >= 0 && i >= mention.from - 4; i--) {
    const w = tokens[i]?.lower ?? '';
    if (w === 'to' || w === 'at') {
      to = i;
      break;
    }
    if (!COMPLEMENT_GAP.has(w)) return null;
  }
  for (let i = to - 1; to > 0 && i >= 0 && i >= to - 5; i--) {
    if (tokens[i]?.lower !== 'and') continue;
    const first = countAt(view, i - 1);
    return first && i + 1 < to ? { subject: [i + 1, to], first } : null;
  }
  return null;
}

export function totalPredicateOf(
  view: SentenceView,
  mention: NumberMention,
): TotalPredicate | null {
  const { tokens } = view;
  const second = gapped(view, mention);
  if (second) {
    const first = totalPredicateOf(view, second.first);
    if (!first) return null;
    const own = readSubject(view, second.subject);
    return own ? { ...first, ...own, subject: second.subject, qualifier: null } : null;
  }
  const found = verbBefore(view, mention);
  if (found === null) return null;
  const { verb } = found;
  const verbWord = tokens[verb]?.lower ?? '';
  let subject: [number, number];
  // ", with the death toll rising to 74": a toll in an absolute clause is the main clause's.
  let mainClauseEvent = false;
  if (found.object) {
    subject = found.object;
  } else {
    let end = verb;
    while (end > 0 && VERB_GAP.has(tokens[end - 1]?.lower ?? '')) end--;
    // "The ministry's total death toll, before Tuesday's strikes, stood at 48,500": an aside
    // between commas stands between the subject and its verb.
    if (tokens[end - 1]?.text === ',') {
      for (let k = end - 2; k >= 1 && k >= end - 9; k--) {
        if (countAt(view, k) || /^[;:.]$/.test(tokens[k]?.text ?? '')) break;
        if (tokens[k]?.text === ',') {
          const head = [1, 2, 3, 4].some((d) => TOLL_HEADS.has(tokens[k - d]?.lower ?? ''));
          if (head) end = k;
          break;
        }
      }
    }
    let from = end;
    for (let i = end - 1; i >= 0 && end - i <= 30; i--) {
      const t = tokens[i];
      if (!t) break;
      if (t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!') break;
      // Words in a "since …" phrase belong to it, whatever they are.
      if (inSinceSpan(view, i)) {
        from = i;
        continue;
      }
      if (SUBJECT_STOP.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
      // ", with the death toll rising to 74": an absolute clause has its own subject.
      if (t.lower === 'with' && tokens[i - 1]?.text === ',') {
        for (let k = i - 2; k >= 0 && !mainClauseEvent; k--) {
          if (/^[.;:]$/.test(tokens[k]?.text ?? '')) break;
          mainClauseEvent = namesOneEvent(view, k);
        }
        break;
      }
      // Another count before the subject belongs to another clause.
      if (countAt(view, i)) break;
      from = i;
    }
    subject = [from, end];
  }
  const read = readSubject(view, subject);
  // ("…, bringing the total to 59": a total some verb brings is the caller's to read.)
  if (!read || (read.anaphoric && found.object)) return null;
  // "A reservist was killed in Gaza, the IDF announced, raising the toll to 299": with no group
  // in the toll's own words, a soldier named before the verb is whose toll it is.
  // ("raised the toll from the assault to 1,300 people killed": the count says who they were.)
  const ownPeople = /^(?:people|persons|civilians|israelis|palestinians)$/.test(
    tokens[mention.to]?.lower ?? '',
  );
  if (!read.category && found.object && !ownPeople && soldierBefore(view, verb))
    read.category = 'soldier';
  return {
    verb,
    subject,
    ...read,
    incident: read.incident || mainClauseEvent,
    qualifier: MORE_THAN_VERBS.has(verbWord)
      ? 'at_least'
      : NEARLY_VERBS.has(verbWord)
        ? 'at_most'
        : null,
  };
}

/** Words of an exchange whose running total counts those freed. */
const DEAL_WORDS = new Set([
  'truce',
  'deal',
  'ceasefire',
  'agreement',
  'exchange',
  'swap',
  'swaps',
]);

/** "toll for the day", "that day's toll", "Monday's toll", "daily toll": the toll of one day. */
const DAY_TOLL = new RegExp(
  `\\b(?:toll|tally) (?:for|of) (?:the|that) day\\b|\\b(?:day|today|yesterday|${[...WEEKDAY_NAMES].join('|')})'s (?:death )?(?:toll|tally)\\b|\\bdaily (?:death )?(?:toll|tally)\\b`,
);

/** Heads of a subject that points back at a toll: "the figure", "that count". */
const POINTING_HEADS = words('figure count total tally');
const POINTERS = words('the that this');

/** What a toll's subject counts: its head ("toll", "number of …"), event and group. */
function readSubject(
  view: SentenceView,
  [lo, hi]: [number, number],
): Pick<TotalPredicate, 'event' | 'category' | 'incident' | 'anaphoric'> | null {
  const { tokens } = view;
  let head = -1;
  for (let i = lo; i < hi; i++) {
    if (TOLL_HEADS.has(stem(tokens[i]?.lower ?? '')) && !inSinceSpan(view, i)) {
      head = i;
      break;
    }
  }
  if (head < 0) return null;
  let event: EventKind | null = null;
  let category: Category | null = null;
  let incident = false;
  // The event is named in the head's own phrase: "death toll", "number of soldiers killed",
  // "toll of the dead"; words further on ("… including those recovered") are asides.
  for (let i = Math.max(lo, head - 3); i < Math.min(hi, head + 9); i++) {
    if (inSinceSpan(view, i)) continue;
    const t = tokens[i];
    if (!t || (i > head && /^[,;:(—–]$/.test(t.text))) break;
    const w = stem(t.lower);
    if (KILL_WORDS.has(w)) event ??= 'kill';
    else if (INJURE_WORDS.has(w)) event ??= 'injure';
    else if (w !== 'toll' && i > head) event ??= eventWord(view, i);
  }
  // "the army's death toll", "the military toll", "the troop death toll": soldiers'.
  for (let i = Math.max(lo, head - 3); i < head; i++) {
    if (ARMY_WORDS.has(stem(tokens[i]?.lower ?? ''))) category = 'soldier';
  }
  for (let i = lo; i < hi; i++) {
    if (inSinceSpan(view, i)) continue;
    const w = stem(tokens[i]?.lower ?? '');
    // "killed by soldiers": the killers, not the group counted.
    if (w === 'by') break;
    const found = categoryAt(view, i);
    if (found === 'soldier' || found === 'hostage' || found === 'prisoner') category ??= found;
    if (i > head && namesOneEvent(view, i)) incident = true;
  }
  // "the army's death toll for the day", "the daily toll": one day's toll, not the war's.
  const around = lowerSlice(view, Math.max(lo, head - 2), Math.min(hi, head + 4)).join(' ');
  if (DAY_TOLL.test(around)) incident = true;
  // "the number of captives freed on Friday": a subject that names its day counts that day.
  if (
    view.dates.some(
      (d) => d.kind !== 'vague' && d.from > head && d.to <= hi && !inSinceSpan(view, d.from),
    )
  )
    incident = true;
  // A bare "toll" is a death toll.
  if (!event && tokens[head]?.lower === 'toll') event = 'kill';
  // "brings the total under the truce so far to seven hostages": a deal's total is of those
  // it freed.
  // (Not "the total since the ceasefire": a "since" phrase only dates the total.)
  if (!event) {
    for (let i = lo; i < hi && !event; i++)
      if (DEAL_WORDS.has(tokens[i]?.lower ?? '') && !inSinceSpan(view, i)) event = 'release';
  }
  // "By Easter the figure stood at 32,782", "that figure has climbed to 69,169": a bare
  // "figure" that points back at a toll told before.
  if (
    !event &&
    !category &&
    POINTING_HEADS.has(tokens[head]?.lower ?? '') &&
    head === hi - 1 &&
    POINTERS.has(tokens[head - 1]?.lower ?? '')
  )
    return { event: 'kill', category: null, incident: false, anaphoric: true };
  if (!event) {
    // "the number of hostages has fallen to 101", "the number of detainees … exceeds 9,900".
    if (category === 'hostage') event = 'hold';
    else if (category === 'prisoner') event = 'imprison';
    else return null;
  }
  return { event, category, incident };
}
