// The day a figure describes. A total describes the day its source gave it ("the ministry said
// Thursday") or else the publication date; an incident gets a day only when its sentence pins it
// to one ("On Oct. 7", "on Sunday evening"). Pure.
import type { Modality, Scope } from '../../dataset/schema.ts';
import type { Day } from '../dates/calendar.ts';
import type { DateMention } from '../dates/dateMentions.ts';
import { isWarStartDay, resolveDate, WAR_START } from '../dates/resolveDate.ts';
import type { MetricId } from '../../dataset/metrics.ts';
import {
  CLAUSE_BREAKERS,
  COUNTERFACTUAL_MODALS,
  EVENT_WORDS,
  INCIDENT_NOUNS,
  REPORTING_VERBS,
  words,
} from './lexicon.ts';

const FINITE = words('had has have was were is are will would');
import type { NumberMention } from './numberMentions.ts';
import {
  countAt,
  entryStart,
  inOneDaySpan,
  inSinceSpan,
  isRecordSince,
  isTimelineEntry,
  describesOtherDay,
  stretchOf,
  type SentenceView,
} from './sentenceView.ts';

/**
 * "Israel says 12 freed hostages have left Gaza", "officials say they've released another 30":
 * an event told in the present perfect, or by a source speaking in the present, is news of the
 * day the article was published.
 */
function presentNews(view: SentenceView): boolean {
  return view.tokens.some(
    (t, i) =>
      PRESENT_SOURCES.has(t.lower) ||
      // "Israel is freeing 1,968 Palestinians": what is under way as it is told.
      (PRESENT_BE.has(t.lower) &&
        (view.tokens[i + 1]?.lower.endsWith('ing') ?? false) &&
        EVENT_WORDS[view.tokens[i + 1]?.lower ?? ''] !== undefined) ||
      (PERFECT.has(t.lower) &&
        // "would have released": a release that did not happen is no news of the day.
        !COUNTERFACTUAL_MODALS.has(view.tokens[i - 1]?.lower ?? '') &&
        (EVENT_WORDS[view.tokens[i + 1]?.lower ?? ''] !== undefined ||
          (view.tokens[i + 1]?.lower === 'been' &&
            EVENT_WORDS[view.tokens[i + 2]?.lower ?? ''] !== undefined))),
  );
}

function sinceInStretch(view: SentenceView, mention: NumberMention): boolean {
  const [lo, hi] = stretchOf(view, mention);
  // (Not a record's: "the heaviest bombardment since the truce began".)
  return view.sinceSpans.some(
    ([from]) => from >= lo && from < hi && !isRecordSince(view.tokens, from),
  );
}

const PRESENT_SOURCES = words('says say tells reports announces confirms');
const PERFECT = words("has have 've");
const PRESENT_BE = words('is are');

/** Words that open a clause adding to the one before: "along with", "plus". */
const ADDING = words('along with plus including besides');

// ("Overnight strikes killed 400": the night before the report, counted on its day.)
const PAST_DAY =
  /\b(?:overnight|(?:past|last) (?:24 hours|day|twenty-four hours)|(?:previous|preceding) (?:24|twenty-four) hours|since (?:dawn|daybreak|midnight|this morning|early morning|the early hours))\b/i;

/** A sentence that opens with a time gone by: "Before the truce,", "By the end of October,". */
const PAST_TIME =
  /^(?:Before|By|Until|Prior to|At the (?:start|end|height|time)|Earlier in|In the first|In (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?,)/;

/** The count's predicate is in a past tense: "held", "were", "had counted". */
function pastTense(view: SentenceView, mention: NumberMention): boolean {
  const near = view.tokens.slice(Math.max(0, mention.from - 4), mention.to + 4).map((t) => t.lower);
  return near.some((w) => w === 'were' || w === 'was' || w === 'had' || w === 'held');
}

/** "on Wednesday and Thursday", "Nov. 24–30": a day coordinated with another. */
/** "Wednesday and Thursday", "from Friday through Sunday", "Nov. 24–Dec. 1": two days, no one day. */
const RANGE_LINKS = new Set(['and', 'to', 'through', 'until', 'till', '-', '–', '—']);

function coordinatedDays(view: SentenceView, d: DateMention): boolean {
  const after = view.tokens[d.to]?.lower ?? '';
  const before = view.tokens[d.from - 1]?.lower ?? '';
  const dayAt = (i: number) =>
    view.dates.some((x) => x !== d && x.kind !== 'vague' && x.from === i);
  // "between 1 and 8 June": the first day's month is the second's.
  const bareStart =
    (before === 'and' || before === 'to') &&
    view.tokens[d.from - 2]?.kind === 'digits' &&
    ['between', 'from'].includes(view.tokens[d.from - 3]?.lower ?? '');
  return (
    bareStart ||
    (RANGE_LINKS.has(after) && dayAt(d.to + 1)) ||
    (RANGE_LINKS.has(before) && view.dates.some((x) => x !== d && x.to === d.from - 1))
  );
}

/**
 * "bodies were recovered over the past 24 hours", as the ministry said on Monday: a count of
 * the last day describes the day it was given (or the publication day).
 */
function lastDayOf(
  view: SentenceView,
  mention: NumberMention,
  usable: readonly DateMention[],
  published: Day | null,
): Day | null {
  // The period must be this count's: after it in its stretch, or before it in the same clause
  // ("70 killed in the past day, a day after 95 were …": not the 95's).
  const [lo, hi] = stretchOf(view, mention);
  let start = mention.from;
  for (;;) {
    while (start > lo && view.tokens[start - 1]?.text !== ',') start--;
    // "…over the past 24 hours, along with one injury": a clause that adds to the one before.
    if (start <= lo || !ADDING.has(view.tokens[start]?.lower ?? '')) break;
    start--;
  }
  const from = view.tokens[start]?.start ?? 0;
  const to = view.tokens[hi - 1]?.end ?? view.text.length;
  // "Since dawn, at least 45 were killed": a period that opens the sentence frames all of it.
  const comma = view.tokens.findIndex((t) => t.text === ',');
  const opening =
    comma > 0 && comma < mention.from && !view.mentions.some((m) => m.to <= comma)
      ? view.text.slice(0, view.tokens[comma]?.start ?? 0)
      : '';
  // "killed 20 and wounded 50 in Rafah overnight": a night that ends the sentence is every
  // count's in it, when no clause of its own comes between.
  const closingNight = /\bovernight\.?$/.test(view.text.trim()) && !/[;]/.test(view.text);
  if (!PAST_DAY.test(view.text.slice(from, to)) && !PAST_DAY.test(opening) && !closingNight)
    return null;
  const given = usable.find((d) => isReportingDate(view, d));
  const day = given ? resolveDate(given, published, 'past') : null;
  return day ?? published;
}

/**
 * The hostages of this war were taken in the attack of 7 October 2023, and that attack's dead
 * are counted on its day: an abduction, or a toll of "the Hamas attack", with no day of its own.
 */
function openingDay(view: SentenceView, metric: MetricId | undefined, value: number): Day | null {
  if (metric === 'hostages_taken') return WAR_START;
  if (metric !== 'israel_killed') return null;
  // No other attack of this war killed more than a few dozen in Israel: a toll of hundreds in
  // Israel is the one of 7 October, whatever else the sentence says.
  if (value >= 500) return WAR_START;
  const words = view.tokens.map((t) => t.lower);
  if (words.some((w) => SMALL_ATTACKS.has(w))) return null;
  const opening = words.some(
    (w, i) =>
      (OPENING_NOUNS.has(w) &&
        words.slice(Math.max(0, i - 4), i + 4).some((x) => OPENING_ACTORS.has(x))) ||
      (w === 'hamas' && ['attacked', 'stormed', 'invaded'].includes(words[i + 1] ?? '')) ||
      // "broke through the border fence, killing 1,200"
      (w === 'fence' && words[i - 1] === 'border' && words[i - 3] === 'through'),
  );
  // "abducted during the attack that left 1,400 dead": the attack in which hostages were taken.
  const withAbductions =
    words.some((w) => OPENING_NOUNS.has(w)) && words.some((w) => ABDUCTIONS.has(w));
  if (withAbductions) return WAR_START;
  return opening ? WAR_START : null;
}

const ABDUCTIONS = words('abducted abducting kidnapped kidnapping abductions hostage hostages');
const OPENING_NOUNS = words('attack attacks assault massacre rampage incursion invasion onslaught');
const OPENING_ACTORS = words(
  'hamas hamas-led hamas’s militants gunmen terrorists cross-border surprise october oct',
);
/** Words of the smaller attacks inside Israel since then. */
const SMALL_ATTACKS = words('shooting stabbing ramming bus rocket rockets drone missile bombing');

/**
 * "said Thursday", "said on Thursday", "told CBS News on Monday", "said in a statement on
 * Tuesday": the day a source gave a figure, read back over a few words to the verb.
 */
export function isReportingDate(view: Pick<SentenceView, 'tokens'>, d: DateMention): boolean {
  // "the latest figures from the Health Ministry, released on Sunday": the day data came out.
  const verb = d.from - 1 - (view.tokens[d.from - 1]?.lower === 'on' ? 1 : 0);
  if (PUBLISHING.has(view.tokens[verb]?.lower ?? '')) {
    for (let i = verb - 1; i >= 0 && i >= verb - 10; i--)
      if (DATA_NOUNS.has(view.tokens[i]?.lower ?? '')) return true;
  }
  // "The Department of Foreign Affairs on Monday confirmed that …": the day right before the
  // reporting verb is the report's.
  if (REPORTING_VERBS.has(view.tokens[d.to]?.lower ?? '')) return true;
  // "said the Gaza-based Health Ministry on Thursday": the source may stand between.
  for (let i = d.from - 1; i >= 0 && i >= d.from - 7; i--) {
    const t = view.tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (REPORTING_VERBS.has(t.lower)) return true;
    // "said its troops had rescued on Saturday": the day of the event, not of the report.
    // "said Israeli strikes on Sunday morning killed 19": a day of strikes, not of the saying.
    if (
      EVENT_WORDS[t.lower] ||
      FINITE.has(t.lower) ||
      INCIDENT_NOUNS.has(t.lower.replace(/s$/, ''))
    )
      return false;
  }
  return false;
}

const PUBLISHING = new Set(['released', 'published', 'issued', 'updated', 'posted']);
const DATA_NOUNS = new Set([
  'figures',
  'data',
  'numbers',
  'statistics',
  'update',
  'report',
  'tally',
]);

/** A day inside a relative clause ("the ceasefire that entered into force on January 19"). */
function inRelativeClause(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const w = view.tokens[i]?.lower ?? '';
    if (w === ',' || view.tokens[i]?.text === ',') return false;
    if (w === 'that' || w === 'which' || w === 'who') return true;
  }
  return false;
}

// Tests of a day against the count, module-level rather than made at each count (a loader
// that keeps names names every closure made).

// A day stated right after another count introduced by "including" ("…, including 1,200
// on Oct. 7") is that count's, not this one's.
function ownedBySubset(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  for (let i = d.from - 1; i >= 0 && i >= d.from - 4; i--) {
    const other = countAt(view, i);
    if (other) return other !== mention && view.tokens[other.from - 1]?.lower === 'including';
  }
  return false;
}

// A day across a clause boundary ("abducted on October 7 … after 80 were freed") is
// another event's, unless it opens the sentence ("On Oct. 7, Hamas …").
function acrossClause(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  if (d.from <= 1) return false;
  const [a, b] = d.from < mention.from ? [d.to, mention.from] : [mention.to, d.from];
  for (let i = a; i < b; i++) {
    const t = view.tokens[i];
    // "Three hostages — names and ages — were released on Saturday": a pair of dashes sets
    // off an aside inside the clause.
    if (t?.text === '—' || t?.text === '–') {
      const close = view.tokens.findIndex((x, k) => k > i && k < b && x.text === t.text);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    // "killed in an attack while preparing explosives … on Monday": a participle's adjunct
    // is part of the same event.
    // "handed over on Monday, while Israel released 1,968 prisoners": the day of the main
    // clause is the time of the "while" clause too.
    const adjunct =
      t?.lower === 'while' &&
      (/ing$/.test(view.tokens[i + 1]?.lower ?? '') ||
        (d.from < mention.from && !inRelativeClause(view, d.from)));
    // "before dawn on Thursday", "after midnight": a time of day, not another event's clause.
    const timeOfDay = TIMES_OF_DAY.has(view.tokens[i + 1]?.lower ?? '');
    if (
      t &&
      !adjunct &&
      !timeOfDay &&
      (DATE_BARRIERS.has(t.lower) || t.text === '—' || t.text === ';')
    )
      return true;
  }
  return false;
}

// "released 24 hostages who had been abducted on Oct. 7": a relative clause's day is the
// described people's, not this count's.
// ("471 killed in the strike that hit the hospital on Tuesday evening": a clause that tells of
// the blow itself dates its dead.)
// ("killed 20 people who were waiting for aid … on Thursday evening": what they were doing
// when they were hit is of the same time.)
function inRelative(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  for (let i = mention.to; i < d.from; i++) {
    if (!['who', 'which', 'that'].includes(view.tokens[i]?.lower ?? '')) continue;
    const antecedent = (view.tokens[i - 1]?.lower ?? '').replace(/s$/, '');
    // (not "who were being held": a passive is their state, not what they were doing)
    const doing =
      /^(?:were|was)$/.test(view.tokens[i + 1]?.lower ?? '') &&
      view.tokens[i + 2]?.lower !== 'being' &&
      (view.tokens[i + 2]?.lower.endsWith('ing') ?? false);
    if (!BLOWS.has(antecedent) && !doing) return true;
  }
  return false;
}

/** Nouns of one blow, whose relative clause tells when it fell. */
const BLOWS = words('strike airstrike attack raid blast explosion bombing shelling');

// "rescued four hostages who were kidnapped in the attack on October 7, in an operation that
// left 274 dead": a relative clause before the count, closed by a comma, keeps its day.
function inWhoClauseBefore(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  if (d.to > mention.from) return false;
  let opener = -1;
  for (let i = d.from - 1; i >= 0 && i >= d.from - RELATIVE_REACH; i--) {
    const t = view.tokens[i];
    if (!t || t.text === ',' || t.text === ';') break;
    if (t.lower === 'who' || t.lower === 'whom') {
      opener = i;
      break;
    }
  }
  return opener >= 0 && view.tokens.slice(d.to, mention.from).some((t) => t.text === ',');
}

/** How far back a "who" may open the clause a day stands in. */
const RELATIVE_REACH = 12;

// "the release of 33 hostages over six weeks, starting with three women on Sunday": a day
// after another count, past a comma, is that count's.
function ownedByLater(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  return (
    d.from > mention.to &&
    view.mentions.some(
      (m) =>
        m !== mention &&
        m.excluded === null &&
        m.from >= mention.to &&
        m.to <= d.from &&
        view.tokens.slice(mention.to, m.from).some((t) => t.text === ',') &&
        // …not a part set off before the verb ("17 hostages, including 13 Israelis, were freed").
        !view.tokens.slice(m.to, d.from).some((t) => t.text === ','),
    )
  );
}

// "During the first phase, which began on Jan. 19, Hamas freed 33": the day a period began
// is not the day of what it counted.
function periodStart(view: SentenceView, mention: NumberMention, d: DateMention): boolean {
  return (
    d.from < mention.from &&
    inRelativeClause(view, d.from) &&
    view.tokens.slice(Math.max(0, d.from - 4), d.from).some((t) => PERIOD_START.has(t.lower))
  );
}

/** How far a day is from the count; days after it are measured from the phrase's end. */
function dayDistance(d: DateMention, mention: NumberMention, phraseEnd: number): number {
  return d.from < mention.from ? mention.from - d.to : d.from - Math.max(mention.to, phraseEnd);
}

const TIMES_OF_DAY = words('dawn daybreak sunrise sunset noon midday midnight dusk nightfall dark');

/** Words that start another event's clause; "when" and "where" point back at this one's. */
const DATE_BARRIERS = words('after before while whereas but although though because until unless');

const isDay = (d: DateMention) => d.kind !== 'vague';

const PERIOD_START = words('began begun started start starts begins took effect');

const DEFERRALS = new Set(['postponed', 'delayed', 'suspended', 'halted']);

export function asOfOf(
  view: SentenceView,
  mention: NumberMention,
  scope: Scope,
  modality: Modality,
  dates: readonly DateMention[],
  published: Day | null,
  metric?: MetricId,
  lastNamed: Day | null = null,
  /** Where the count's phrase ends ("three Israeli hostages|"): days after it are measured from there. */
  phraseEnd: number = mention.to,
): Day | null {
  // "the deadliest since January 22, when 21 reservists were killed": the day a "when"
  // clause hangs on is its count's, even inside a "since" phrase.
  const whenDay = dates.find(
    (d) =>
      d.kind === 'day' &&
      view.tokens[d.to]?.text === ',' &&
      view.tokens[d.to + 1]?.lower === 'when' &&
      mention.from > d.to + 1 &&
      !view.tokens.slice(d.to + 2, mention.from).some((t) => t.text === ','),
  );
  if (whenDay && scope === 'incident') {
    const day = resolveDate(whenDay, published, 'past');
    if (day) return day;
  }
  // A "since" phrase dates the start of a total, except "since dawn on Monday": that day's.
  // ("42 of those taken on Oct. 7": the day they were taken is the taking's, no other count's.)
  const usable = dates.filter(
    (d) =>
      isDay(d) &&
      (!inSinceSpan(view, d.from, mention) || inOneDaySpan(view, d.from)) &&
      (metric === 'hostages_taken' || !describesOtherDay(view, d)),
  );
  if (scope === 'total') {
    // "Jan. 26, 2024: … Gaza's death toll passes 26,000": a timeline entry's day.
    if (isTimelineEntry(view) && usable[0]?.from === entryStart(view)) {
      const day = resolveDate(usable[0], published, 'past');
      if (day) return day;
    }
    // "Before the November truce, Hamas held around 240 hostages": a total of a time gone by
    // that names no day describes none.
    // "By 7 October 2024, the offensive had killed 42,000": a time gone by that names its day
    // is that day's.
    if (PAST_TIME.test(view.text) && pastTense(view, mention)) {
      const opening = usable.find((d) => d.from <= 2 && d.to < mention.from);
      const day = opening ? resolveDate(opening, published, 'past') : null;
      return day && (!published || day <= published) ? day : null;
    }
    const given = usable.find(
      (d) =>
        isReportingDate(view, d) ||
        // "On February 27, the death toll stood at 29,954": a day that opens the sentence sets
        // the time of all of it.
        (d.from <= 1 && view.tokens[d.to]?.text === ',' && d.to < mention.from) ||
        (view.tokens[d.from - 1]?.lower === 'of' && view.tokens[d.from - 2]?.lower === 'as') ||
        // "by 4 December, the ministry had recorded 44,532 deaths": the day a tally was reached.
        // (…or after it, in the count's clause: "32,333 had been killed … by Monday".)
        (view.tokens[d.from - 1]?.lower === 'by' &&
          (d.to < mention.from ||
            !view.tokens
              .slice(mention.to, d.from)
              .some((t) => /^[,;:]$/.test(t.text) || CLAUSE_BREAKERS.has(t.lower)))) ||
        // "rising to 61 on Monday": the day right after the number (not "abducted on …")
        (d.from >= mention.to &&
          d.from - mention.to <= 2 &&
          view.tokens[d.from - 1]?.lower === 'on' &&
          !/ed$/.test(view.tokens[mention.to]?.lower ?? '')),
    );
    // "Between 7 October and 12 June, 37,232 were killed": a tally up to the range's end.
    const rangeEnd = usable.find((d) =>
      usable.some(
        (start) =>
          start.to < d.from &&
          ['between', 'from'].includes(view.tokens[start.from - 1]?.lower ?? '') &&
          d.from - start.to === 1 &&
          ['and', 'to', '–', '-'].includes(view.tokens[start.to]?.lower ?? ''),
      ),
    );
    if (rangeEnd && !given) {
      const end = resolveDate(rangeEnd, published, 'past');
      if (end && (!published || end <= published)) return end;
    }
    // A total is what was known on a day that has come: a source's day is read in the past,
    // and no total is dated after its article.
    // ("… the ministry said on Oct. 7" on a war anniversary: the day the source spoke is the
    // page's, not the day the war began.)
    const anniversary =
      given !== undefined &&
      published !== null &&
      published > WAR_START &&
      published.endsWith('-10-07') &&
      isWarStartDay(given) &&
      isReportingDate(view, given);
    const day = anniversary ? published : given ? resolveDate(given, published, 'past') : null;
    return day && (!published || day <= published) ? day : published;
  }
  const candidates = usable.filter(
    (d) =>
      // ("mourned on Tuesday 24 soldiers killed the previous day": a day counted from another
      // day of the sentence is the more exact one.)
      // (Not a day another clause counts from: "killed one man on July 19; Israel responded
      // the next day".)
      !usable.some((s) => s.kind === 'shift' && s.base === d && !acrossClause(view, mention, s)) &&
      !isReportingDate(view, d) &&
      !periodStart(view, mention, d) &&
      !ownedBySubset(view, mention, d) &&
      !ownedByLater(view, mention, d) &&
      !acrossClause(view, mention, d) &&
      !inRelative(view, mention, d) &&
      !inWhoClauseBefore(view, mention, d),
  );
  if (candidates.length === 0)
    return (
      openingDay(view, metric, mention.value) ??
      lastDayOf(view, mention, usable, published) ??
      // …unless it counts a stretch of time ("since late October, three have been killed").
      (presentNews(view) && !sinceInStretch(view, mention) ? published : null)
    );
  // At equal distance, the day after the count is its own ("three hostages released on
  // Sunday" after "early Monday").
  const nearest = [...candidates].sort(
    (a, b) =>
      dayDistance(a, mention, phraseEnd) - dayDistance(b, mention, phraseEnd) || b.from - a.from,
  )[0];
  // "strikes on Wednesday and Thursday killed 87": two days, no one day.
  if (nearest && coordinatedDays(view, nearest)) return null;
  // The count's own tense: a proposal looks ahead, a report looks back; a release that was
  // due and put off ("postponed the release … on Saturday") was due on a day gone by.
  const deferred = view.tokens.some((t) => DEFERRALS.has(t.lower));
  return nearest
    ? resolveDate(
        nearest,
        published,
        modality === 'proposed' && !deferred ? 'future' : 'past',
        lastNamed,
      )
    : null;
}
