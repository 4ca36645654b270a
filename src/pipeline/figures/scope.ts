// Whether a number is a running total up to a day ("the death toll has reached", "still held",
// "since the war began", "so far") or counts one event or period ("in the past day", "in the
// rescue operation", "on Oct. 7"). Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import { monthNumber } from '../dates/monthNames.ts';
import { isWarStartDay, mayNameWarStart } from '../dates/resolveDate.ts';
import type { Modality, Scope } from '../../dataset/schema.ts';
import type { CountEvent } from './eventOfCount.ts';
import { isReportingDate } from './asOf.ts';
import {
  CAMPAIGN_NOUNS,
  CLAUSE_BREAKERS,
  CLAUSE_OPENERS,
  INCIDENT_NOUNS,
  phrases,
  REPORTING_VERBS,
  SUPERLATIVES,
  words,
} from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { wordValue } from './numberWords.ts';
import type { Token } from './tokens.ts';
import { ARRIVAL_PLACES } from './metricContext.ts';
import {
  countAt,
  inSinceSpan,
  isRecordSince,
  sinceSpanTold,
  lowerSlice,
  stretchOf,
  type SentenceView,
  isTimelineEntry,
  describesOtherDay,
} from './sentenceView.ts';

const RISE_VERBS = words(`
  reached rose risen rising climbed climbing jumped increased surpassed passed topped exceeded
  hit stands stood amount amounts totaling totalling totals
`);
const RESULT_VERBS = words('resulted resulting result leaving');
const BRING_VERBS = words('bringing bring brings brought raising raised pushing');
/** "bringing the toll to 52,800", "… above 52,800", "pushing it past 30,000". */
const BRING_TARGETS = words('to above past');
/** Words of a running total that outweigh any event noun nearby. */
const STRONG_TOTAL_PHRASES = phrases(
  'so far | to date | in total | in all | overall | altogether | cumulative',
);
/** Words that sum a count up, of the war or of one day ("In all, 17 were freed on Saturday"). */
const SUM_PHRASES = phrases('in total | in all | altogether');
const INCIDENT_PHRASES = phrases(`
  overnight | single-day | single day | yesterday | last night | this morning | in one day |
  single night | in one night |
  deadliest day | bloodiest day | the day before | the previous day | a day earlier |
  since dawn | since midnight | since the morning | since this morning | since early morning |
  since the early hours
`);
const RECENT_WORDS = words('past last previous preceding');
const PERIOD_UNITS = words('hour hours day days week weeks');
const SPAN_PREPOSITIONS = words('in within over during');

/**
 * "in the past day", "over the last 48 hours", "in the previous three days", "last week", "in
 * three days": a count over a stretch of hours, days or weeks is one period's, not a running
 * total.
 */
function hasRecentPeriod(view: SentenceView, [lo, hi]: [number, number]): boolean {
  const { tokens } = view;
  for (let i = lo; i < hi - 1; i++) {
    const w = tokens[i]?.lower ?? '';
    const recent = RECENT_WORDS.has(w);
    // "in three days", "within 48 hours", "over the past 24 hours" (not "over 100 days of war").
    if (!recent && !SPAN_PREPOSITIONS.has(w)) continue;
    let j = i + 1;
    const count = tokens[j];
    const n = count?.kind === 'digits' ? Number(count.text) : wordValue(count?.lower ?? '');
    if (n !== null) j += 1;
    else if (!recent) continue;
    const unit = tokens[j]?.lower ?? '';
    if (j >= hi || !PERIOD_UNITS.has(unit) || tokens[j + 1]?.lower === 'of') continue;
    // A short stretch; "in 100 days" or "the past 10 weeks" is most of the war, a running toll.
    const short =
      unit.startsWith('hour') || (unit.startsWith('day') ? (n ?? 1) <= 14 : (n ?? 1) <= 3);
    // "said last week that …": when the count was told, not what it counts.
    if (short && !timeOfSaying(view, i, j + 1)) return true;
  }
  return false;
}

/** Words after which "today" dates the report or the state of a toll, not a day's count. */
const TODAY_OF_REPORT = words(`
  said says announced reported told added stated confirmed of rose risen reached stood stands
`);

/** "as of yesterday", "as at last night", "up to this morning": a total's day, no event's. */
function asOfDay(view: SentenceView, [lo, hi]: [number, number]): boolean {
  for (let i = Math.max(lo, 2); i < hi; i++) {
    const w = view.tokens[i]?.lower ?? '';
    const two = `${w} ${view.tokens[i + 1]?.lower ?? ''}`;
    if (w !== 'yesterday' && two !== 'last night' && two !== 'this morning') continue;
    const before = `${view.tokens[i - 2]?.lower ?? ''} ${view.tokens[i - 1]?.lower ?? ''}`;
    if (before === 'as of' || before === 'as at' || before === 'up to') return true;
  }
  return false;
}

/** "have killed 40 people today": one day's count ("said today", "as of today" are not). */
function countedToday(view: SentenceView, [lo, hi]: [number, number]): boolean {
  for (let i = lo; i < hi; i++)
    if (view.tokens[i]?.lower === 'today' && !TODAY_OF_REPORT.has(view.tokens[i - 1]?.lower ?? ''))
      return true;
  return false;
}

/** Each list of phrases by first word: a token is held only against the phrases it can open. */
const phrasesByFirst = new WeakMap<string[][], Map<string, string[][]>>();

function mostRecentlyAfter(
  view: SentenceView,
  mention: NumberMention,
  [, hi]: [number, number],
): boolean {
  for (let i = mention.to; i < Math.min(hi, mention.to + 8) - 1; i++)
    if (view.tokens[i]?.lower === 'most' && view.tokens[i + 1]?.lower === 'recently') return true;
  return false;
}

/** "the only one so far", "the first so far": "so far" that describes a noun, not the count. */
function describesNoun(view: SentenceView, [lo, hi]: [number, number]): boolean {
  // (The word before may stand outside the stretch: "one" reads as a number of its own.)
  for (let i = lo; i < hi - 1; i++)
    if (
      view.tokens[i]?.lower === 'so' &&
      view.tokens[i + 1]?.lower === 'far' &&
      (['one', 'ones', 'such'].includes(view.tokens[i - 1]?.lower ?? '') ||
        // "the only deal so far", "the first truce so far"
        ['only', 'first'].includes(view.tokens[i - 2]?.lower ?? ''))
    )
      return true;
  return false;
}

/**
 * "the ministry said this morning that 30,035 have been killed": the time of the saying, right
 * after its verb, is not the time of what is counted.
 */
function saidAtPhrase(view: SentenceView, [lo, hi]: [number, number]): boolean {
  for (let i = Math.max(lo, 1); i < hi; i++) {
    const w = view.tokens[i]?.lower ?? '';
    const two = `${w} ${view.tokens[i + 1]?.lower ?? ''}`;
    const end =
      w === 'overnight' || w === 'yesterday'
        ? i + 1
        : two === 'this morning' || two === 'last night'
          ? i + 2
          : -1;
    if (end > 0 && timeOfSaying(view, i, end)) return !hasPhrase(view, INCIDENT_PHRASES, [end, hi]);
  }
  return false;
}

/**
 * A time set right after a verb of saying and before its "that" ("said last week that", "said
 * on Monday that", "said this morning that") or at the end ("…, the ministry said
 * yesterday."): when the count was told, not what it counts.
 */
function timeOfSaying(view: SentenceView, from: number, to: number): boolean {
  const before = view.tokens[from - 1]?.lower ?? '';
  const said =
    REPORTING_VERBS.has(before) ||
    (before === 'on' && REPORTING_VERBS.has(view.tokens[from - 2]?.lower ?? ''));
  // (…or ends the sentence or a clause: "…, the ministry said yesterday.")
  const next = view.tokens[to];
  return said && (next === undefined || next.lower === 'that' || /^[.,;!?]$/.test(next.text));
}

function hasPhrase(view: SentenceView, phrases: string[][], stretch: [number, number]): boolean {
  const { tokens } = view;
  let byFirst = phrasesByFirst.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of phrases) byFirst.set(p[0] ?? '', [...(byFirst.get(p[0] ?? '') ?? []), p]);
    phrasesByFirst.set(phrases, byFirst);
  }
  // Loops, not some and every: asked for every count, and most of its words open a phrase.
  const hi = stretch[1];
  for (let i = stretch[0]; i < hi; i++) {
    const opened = byFirst.get(tokens[i]?.lower ?? '');
    if (opened) for (const p of opened) if (phraseAt(tokens, i, hi, p)) return true;
  }
  return false;
}

/** Whether the phrase's words stand at tokens i… before hi. */
function phraseAt(tokens: readonly Token[], i: number, hi: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++)
    if (i + k >= hi || tokens[i + k]?.lower !== phrase[k]) return false;
  return true;
}

/** The number a "bringing the toll to N" phrase names as the new total, if any. */
export function bringTarget(view: SentenceView): NumberMention | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    if (!BRING_VERBS.has(view.tokens[i]?.lower ?? '')) continue;
    for (let j = i + 1; j < Math.min(view.tokens.length, i + 16); j++) {
      if (BRING_TARGETS.has(view.tokens[j]?.lower ?? '')) {
        const m = countAt(view, j + 1) ?? countAt(view, j + 2) ?? countAt(view, j + 3);
        if (m) return m;
      }
    }
  }
  return undefined;
}

const SETTING_PREPOSITIONS = words('in during throughout since over amid into of');

/** "in the war", "during Israel's offensive": a preposition within three words before. */
function followsPreposition(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (SETTING_PREPOSITIONS.has(view.tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

const INTRANSITIVE_PASTS = words('died perished fell drowned starved succumbed');

/** Past forms of verbs of strikes and blasts that do not end in -ed. */
const IRREGULAR_PASTS = words('hit struck tore blew shot fell took sent flew broke brought came');
const NEWS_PRESENTS = words(
  'kills wounds injures strikes hits frees releases rescues recovers retrieves returns hands',
);
const NOT_AFTER_PAST = words('a an the has have had been be being is are was were its their');

/**
 * ", killing 19": a participle clause takes the time of the clause it hangs on. "Strikes hit
 * Rafah, killing 19" is one event; "the war has devastated Gaza, killing 40,000" a running toll.
 */
function mainClauseTense(view: SentenceView, predicate: CountEvent): 'past' | 'perfect' | null {
  const { tokens } = view;
  const verb = tokens[predicate.index]?.lower ?? '';
  if (!verb.endsWith('ing')) return null;
  // ", killing three and wounding six": the second participle hangs where the first does.
  let at = predicate.index;
  if (tokens[at - 1]?.lower === 'and') {
    for (let k = at - 2; k >= 0 && k >= at - 8; k--) {
      if (tokens[k]?.text === ',') break;
      if (/ing$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') {
        at = k;
        break;
      }
    }
  }
  if (tokens[at - 1]?.text !== ',') return null;
  let clause = at - 1;
  // The clause the participle hangs on: back from its comma to the sentence's last stop.
  while (clause > 0 && at - clause < 16 && !/^[.;:!?]$/.test(tokens[clause - 1]?.text ?? ''))
    clause--;
  const words = tokens.slice(clause, at - 1).map((t) => t.lower);
  // An auxiliary settles it; without one, a past form ("hit", "pounded") is one event. A
  // participle after a determiner or an adverb is an adjective ("densely populated").
  if (words.some((w) => w === 'has' || w === 'have')) return 'perfect';
  if (words.some((w) => w === 'had' || w === 'will' || w === 'would')) return null;
  const past = words.some(
    (w, k) =>
      IRREGULAR_PASTS.has(w) ||
      (/[^e]ed$/.test(w) &&
        !NOT_AFTER_PAST.has(words[k - 1] ?? '') &&
        !/ly$/.test(words[k - 1] ?? '')),
  );
  if (!past) return null;
  // "Israel responded with an offensive, killing 30,000": a war's toll, whatever the tense;
  // "strikes hit Rafah, killing 19" is one event.
  const incident = words.some(
    (w) => INCIDENT_NOUNS.has(w) || INCIDENT_NOUNS.has(w.replace(/s$/, '')),
  );
  const campaign = words.some((w) => CAMPAIGN_NOUNS.has(w));
  return campaign && !incident ? null : 'past';
}

/** The nearest word of one event or of a whole campaign within a few words of the number. */
function nearestEventNoun(
  view: SentenceView,
  mention: NumberMention,
  [lo, hi]: [number, number],
): 'incident' | 'campaign' | null {
  const { tokens } = view;
  let best: { kind: 'incident' | 'campaign'; distance: number } | null = null;
  for (let i = Math.max(lo, mention.from - 16); i < Math.min(hi, mention.to + 17); i++) {
    const t = tokens[i];
    if (!t) continue;
    const kind = INCIDENT_NOUNS.has(t.lower)
      ? 'incident'
      : CAMPAIGN_NOUNS.has(t.lower)
        ? 'campaign'
        : null;
    if (!kind || inSinceSpan(view, i, mention)) continue;
    // "during the seven-day pause in fighting": the war a pause is in is not the count's setting.
    // ("the lull in the war": "the" may stand between.)
    const theWar = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
    if (
      kind === 'campaign' &&
      tokens[theWar - 1]?.lower === 'in' &&
      PAUSES.has(tokens[theWar - 2]?.lower ?? '')
    )
      continue;
    // A war named after the count is its setting only behind a preposition ("killed in the
    // war"); elsewhere it belongs to another clause ("… underscored the risks the campaign poses").
    // ("the heaviest bombardment since …": a record is one event, wherever it stands; not "the
    // deadliest war", with no "since".)
    const record =
      (SUPERLATIVES.has(tokens[i - 1]?.lower ?? '') ||
        SUPERLATIVES.has(tokens[i - 2]?.lower ?? '')) &&
      tokens[i + 1]?.lower === 'since';
    if (kind === 'campaign' && !record && i > mention.to && !followsPreposition(view, i)) continue;
    // A noun in another clause ("launched its offensive after Hamas killed …") is not this one's.
    const [a, b] = i < mention.from ? [i, mention.from] : [mention.to, i];
    let crossed = false;
    for (let k = a; k < b && !crossed; k++) crossed = CLAUSE_BREAKERS.has(tokens[k]?.lower ?? '');
    if (crossed || inClosedRelative(view, i, mention.from) || warOrigin(view, i, mention.from))
      continue;
    // "the October 7 assault", "the Oct. 7 attack": a dated noun is one event; so is "the
    // heaviest bombardment since …", a record.
    const dated = view.dates.some((d) => d.to === i || d.to === i - 1);
    const ground = t.lower === 'operation' && tokens[i - 1]?.lower === 'ground';
    const resolved = dated || record ? 'incident' : ground ? 'campaign' : kind;
    const distance = i < mention.from ? mention.from - i : i - mention.to;
    if (!best || distance < best.distance) best = { kind: resolved, distance };
  }
  return best?.kind ?? null;
}

/** Groups of a series: "the second group of 13 hostages", "a third batch of 10". */
const BATCHES = words('group batch round set wave');
const ORDINALS = words('first second third fourth fifth sixth seventh final last latest next');

function numberedBatch(view: SentenceView, mention: NumberMention): boolean {
  if (view.tokens[mention.from - 1]?.lower !== 'of') return false;
  const before = lowerSlice(view, mention.from - 3, mention.from);
  return before[2] === 'of' && BATCHES.has(before[1] ?? '') && ORDINALS.has(before[0] ?? '');
}

/** "handed … to the Red Cross", "transferred to the ICRC": within a few words of the verb. */
function toRedCross(view: SentenceView, predicate: CountEvent): boolean {
  const after = lowerSlice(view, predicate.index + 1, predicate.index + 12);
  const to = after.indexOf('to');
  if (to < 0) return false;
  const rest = after.slice(to + 1, to + 4).join(' ');
  return /^(?:the )?(?:international committee of the )?(?:red cross|icrc)\b/.test(rest);
}

/** Handovers of a series, and the days of a truce. */
const SERIES_EVENTS = words('release releases exchange swap handover hand-over day');

/** "the first release", "the first exchange", "the first day of the truce" within the stretch. */
function firstOfSeries(view: SentenceView, [from, to]: [number, number]): boolean {
  for (let i = from; i < to - 1; i++) {
    // ("… since the first release": counted from it, a tally.)
    if (view.tokens[i]?.lower !== 'first' || inSinceSpan(view, i)) continue;
    const next = view.tokens[i + 1]?.lower ?? '';
    if (!SERIES_EVENTS.has(next)) continue;
    if (next !== 'day') return true;
    const of = lowerSlice(view, i + 2, i + 5);
    if (of[0] === 'of' && of.some((w) => TRUCE_WORDS.has(w))) return true;
  }
  return false;
}
const TRUCE_WORDS = words('truce ceasefire pause deal');

/** "is freeing", "are being released": a verb in the present, under way as it is told. */
function underWay(view: SentenceView, predicate: CountEvent): boolean {
  const { tokens } = view;
  const verb = tokens[predicate.index]?.lower ?? '';
  const before = tokens[predicate.index - 1]?.lower ?? '';
  return (
    (verb.endsWith('ing') && (before === 'is' || before === 'are')) ||
    (before === 'being' && /^(?:is|are)$/.test(tokens[predicate.index - 2]?.lower ?? ''))
  );
}

/** Operations in the plural: many of them. */
const SEVERAL_OPERATIONS = words('operations raids missions');

/** Breaks in a war: "a pause in fighting", "the lull in the war". */
const PAUSES = words('pause pauses lull break halt truce');

/**
 * "The war, which began with the Hamas attack, has killed 67,800": a noun inside a relative
 * clause that closes before the count tells of its subject's past, not of the count.
 */
function inClosedRelative(view: SentenceView, i: number, before: number): boolean {
  const { tokens } = view;
  let opened = false;
  for (let k = i - 1; k >= 0 && k > i - 12; k--) {
    if (tokens[k]?.text !== ',') continue;
    opened = COMMA_RELATIVES.has(tokens[k + 1]?.lower ?? '');
    break;
  }
  if (!opened) return false;
  for (let k = i + 1; k < before; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/**
 * "The war that began with Hamas's 7 October attack has killed 33,000": the event a war began
 * with, named in its relative clause before the count, is the war's origin, not the count's.
 */
function warOrigin(view: SentenceView, i: number, before: number): boolean {
  if (i >= before) return false;
  const { tokens } = view;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === ',' || w === ';') return false;
    if (!ORIGIN_VERBS.has(w)) continue;
    // ("that began with", "which was sparked by")
    const opener = tokens[k - 1]?.lower === 'was' ? k - 2 : k - 1;
    return /^(?:that|which)$/.test(tokens[opener]?.lower ?? '');
  }
  return false;
}

const ORIGIN_VERBS = words('began begun started erupted triggered sparked followed');

/** Operations that are one event however many days they last. */
const ONE_RAID = words('raid raids incursion sweep');

/**
 * Verbs that open a new phase after a pause: "since fighting resumed", "since the truce
 * collapsed", "… broke down" (not a war that "broke out").
 */
const RESUMED = words('resumed collapsed ended');
/** No phase after a truce has counted this many dead: a larger count is a tally of the war. */
const PHASE_MAX = 20_000;

/**
 * "since the raid began", "since fighting resumed" after the count, in its own clause, naming
 * no day: one operation's time, or one phase's after a truce.
 */
function sinceOneRaid(view: SentenceView, mention: NumberMention): boolean {
  return view.sinceSpans.some(([from, to]) => {
    if (from <= mention.to) return false;
    const span = view.tokens.slice(from, to);
    return (
      // (the count's own "since", not one after a comma: "…, including 260 since the ground
      // incursion began")
      !view.tokens.slice(mention.to, from).some((t) => t.text === ',') &&
      // ("since the October 7 raid": the day the war began, counted from; "since hostilities
      // resumed on March 18" is told as a tally from that day)
      !view.dates.some((d) => d.from >= from && d.from < to) &&
      ((span.some((t) => ONE_RAID.has(t.lower)) &&
        !span.some((t) => CAMPAIGN_NOUNS.has(t.lower) || t.lower === 'ground')) ||
        // (A count in the tens of thousands is the war's, whatever "since" says.)
        (mention.value < PHASE_MAX &&
          span.some(
            (t, k) =>
              RESUMED.has(t.lower) ||
              (t.lower === 'broke' && view.tokens[from + k + 1]?.lower === 'down'),
          )))
    );
  });
}

const WAR_NOUNS = words('war fighting conflict bombardment offensive hostilities assault');
const SPAN_UNITS = words('months weeks days years month week');

function warSoFar(view: SentenceView, [lo, hi]: [number, number]): boolean {
  const { tokens } = view;
  for (let i = lo; i + 2 < hi; i++) {
    if (!SPAN_UNITS.has(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'of') continue;
    if (WAR_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  }
  return false;
}

const ANNOUNCING = words('announced announces confirmed confirms reported reports named');

function announcedDeaths(view: SentenceView, mention: NumberMention): boolean {
  const before = lowerSlice(view, mention.from - 3, mention.from);
  if (
    before.at(-1) !== 'of' ||
    !['deaths', 'death', 'killing', 'killings'].includes(before.at(-2) ?? '')
  )
    return false;
  const lead = lowerSlice(view, mention.from - 10, mention.from - 3);
  // "The military has confirmed the deaths of 222 soldiers": a perfect tells the count so far.
  if (lead.some((w, i) => (w === 'has' || w === 'have') && ANNOUNCING.has(lead[i + 1] ?? '')))
    return false;
  return lead.some((w) => ANNOUNCING.has(w));
}

/** "in October alone", "during the first week": a count of one period. */
function namedPeriod(view: SentenceView, [lo, hi]: [number, number]): boolean {
  const { tokens } = view;
  for (let i = lo; i + 1 < hi; i++) {
    if (!['in', 'during', 'throughout'].includes(tokens[i]?.lower ?? '')) continue;
    const next = tokens[i + 1]?.text ?? '';
    const dayOfMonth = tokens[i + 2]?.kind === 'digits';
    if (monthNumber(next) !== null && /^[A-Z]/.test(next) && !dayOfMonth) return true;
    if (
      tokens[i + 1]?.lower === 'the' &&
      ['first', 'second', 'third', 'last', 'final'].includes(tokens[i + 2]?.lower ?? '') &&
      ['week', 'weeks', 'month', 'months', 'days'].includes(tokens[i + 3]?.lower ?? '')
    )
      return true;
  }
  return false;
}

/** "8 soldiers killed", "four Israeli soldiers wounded": a participle right after the count. */
function bareParticipleAfter(
  view: SentenceView,
  mention: NumberMention,
  predicate: CountEvent,
): boolean {
  // ("Over 100 killed near aid convoy": the participle read as the count's noun is its verb.)
  const at =
    predicate.index === mention.from && predicate.trust <= 1 ? mention.to : predicate.index;
  if (at < mention.to || at - mention.to > 4) return false;
  if (!/(?:ed|en|dead)$/.test(view.tokens[at]?.lower ?? '')) return false;
  const between = lowerSlice(view, mention.to, at);
  return !between.some((w) => AUX_OF_STATE.has(w));
}

/** Plural presents of the blows: "strikes kill", "raids wound". */
const PLURAL_PRESENTS = words('kill wound injure hit');

/** "killed … in the strikes", "in the attacks": a definite wave of blows after the verb. */
function inTheBlows(view: SentenceView, predicate: CountEvent): boolean {
  const after = lowerSlice(view, predicate.index + 1, predicate.index + 10);
  return after.some((w, i) => MANY_BLOWS.has(w) && after[i - 1] === 'the' && after[i - 2] === 'in');
}

/** Participles of a killing, not of a state: "murdered", "executed", "killed". */
const KILLING_PARTICIPLES = words('murdered executed killed slain shot');
/** Many blows: "hostages killed in raids" are a running count. */
const MANY_BLOWS = words('raids strikes airstrikes bombardments attacks');

/** "Six hostages murdered in a tunnel": one killing, told by its participle. */
function oneKilling(view: SentenceView, predicate: CountEvent): boolean {
  return (
    KILLING_PARTICIPLES.has(view.tokens[predicate.index]?.lower ?? '') &&
    !view.tokens.slice(predicate.index).some((t) => MANY_BLOWS.has(t.lower))
  );
}

const AUX_OF_STATE = words('has have are is remain remains were was had been');

/** Counts of dead and wounded that no single event reaches in this war's reporting. */
function tallySized(metric: MetricId, value: number): boolean {
  if (metric === 'gaza_killed' || metric === 'west_bank_killed') return value >= 2000;
  if (metric === 'gaza_injured') return value >= 5000;
  return false;
}

const INTAKE_VERBS = words('received receives brought admitted treated treats took arrived');

function hospitalIntake(
  view: SentenceView,
  mention: NumberMention,
  [lo, hi]: [number, number],
): Scope | null {
  const { tokens } = view;
  if (!lowerSlice(view, lo, hi).some((w) => ARRIVAL_PLACES.has(w))) return null;
  for (let i = Math.max(lo, mention.from - 6); i < Math.min(hi, mention.to + 6); i++) {
    if (!INTAKE_VERBS.has(tokens[i]?.lower ?? '')) continue;
    // "took in": "took" alone is a taking of hostages.
    if (tokens[i]?.lower === 'took' && tokens[i + 1]?.lower !== 'in') continue;
    const aux = lowerSlice(view, i - 3, i);
    if (aux.includes('has') || aux.includes('have')) return 'total';
    return 'incident';
  }
  return null;
}

/** "were killed on Monday", "killed 40 people on Oct. 7": the event is pinned to one day. */
function pinnedToDay(
  view: SentenceView,
  mention: NumberMention,
  predicate: CountEvent,
  [, hi]: [number, number],
): boolean {
  const anchor = Math.max(mention.to, predicate.index + 1);
  return view.dates.some(
    (d) =>
      d.kind !== 'vague' &&
      !inSinceSpan(view, d.from, mention) &&
      d.from >= anchor &&
      d.from < hi &&
      // "died in Israeli bombardment of the Strip on Thursday": the day may follow a phrase.
      d.from - anchor <= 9 &&
      ['on', 'overnight'].includes(view.tokens[d.from - 1]?.lower ?? '') &&
      !isReportingDate(view, d) &&
      !describesOtherDay(view, d),
  );
}

/** "still held", "still in Gaza", "remain in captivity" within a few words of the count. */
function stillHeldNear(view: SentenceView, mention: NumberMention): boolean {
  // ("killed three of 130 hostages still held": the larger group is still held, not the three.)
  const partitive = view.tokens[mention.to]?.lower === 'of';
  // ("47 remained in Gaza before Monday's releases, including 25 …": a part of those still
  // held, however far back they were named.)
  const reach = view.tokens[mention.from - 1]?.lower === 'including' ? 14 : 6;
  const around = [
    ...lowerSlice(view, mention.from - reach, mention.from),
    ...(partitive ? [] : lowerSlice(view, mention.to, mention.to + 6)),
  ];
  return around.some(
    (w, i) =>
      (w === 'still' || w === 'remain' || w === 'remaining' || w === 'remained') &&
      /^(?:held|in|being|captive|inside)$/.test(around[i + 1] ?? ''),
  );
}

/** Adverbs of a count up to now: "still held", "had already returned". */
const NOW_WORDS = words('still currently already');

/**
 * "still", "currently" and a "since …" phrase in the count's stretch; "since" only outside the
 * phrase the count itself stands in, and not "since 2007" (a time before this war).
 */
function hasTotalPhrase(
  view: SentenceView,
  mention: NumberMention,
  [lo, hi]: [number, number],
  predicate: CountEvent,
): boolean {
  const { tokens } = view;
  // "still" speaks of this count near it or its verb, not in a clause about others ("four
  // hostages died, … fears for captives who are still alive").
  const near = [
    Math.min(mention.from, predicate.index) - 3,
    Math.max(mention.to, predicate.index) + 3,
  ];
  const told = view.sinceSpans.length > 0 ? sinceSpanTold(view, mention) : undefined;
  for (let i = lo; i < hi; i++) {
    const w = tokens[i]?.lower ?? '';
    // ("the 20 hostages still held in Gaza walked free": a "still" that says who they were
    // before the verb that freed them is theirs, not the count's.)
    const describes = w === 'still' && i < predicate.index && HELD.has(tokens[i + 1]?.lower ?? '');
    if (NOW_WORDS.has(w) && !describes && i >= (near[0] ?? 0) && i <= (near[1] ?? 0)) return true;
    if (w !== 'since' || !inSinceSpan(view, i, mention) || told?.[0] === i) continue;
    if (heldSince(view, mention, i, predicate)) continue;
    // "the deadliest day for troops since January": a record's "since" dates the record.
    if (isRecordSince(view.tokens, i)) continue;
    const next = tokens[i + 1];
    if (next?.kind === 'digits' && /^\d{4}$/.test(next.text) && Number(next.text) < 2023) continue;
    return true;
  }
  return false;
}

const HELD = new Set(['held', 'captive', 'captivity', 'kept', 'detained']);
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * "rescued four hostages held in Gaza since October 7 on Saturday": a "since" after a "held"
 * that describes the people tells how long they were held; what was done to them, told by a
 * verb before or after that phrase, is no tally.
 */
function heldSince(
  view: SentenceView,
  mention: NumberMention,
  since: number,
  predicate: CountEvent,
): boolean {
  // ("has rescued seven hostages held since …": a perfect is a tally all the same.)
  const perfect = lowerSlice(view, predicate.index - 2, predicate.index).some((w) =>
    PERFECT.has(w),
  );
  // ("Ten Thais held hostage in Gaza since October 7 were released on Friday": the phrase
  // between the count and its verb describes them too.)
  return (
    predicate.kind !== 'hold' &&
    (predicate.index < mention.from || predicate.index > since) &&
    !perfect &&
    lowerSlice(view, mention.to, since).some((w) => HELD.has(w) || w === 'hostage')
  );
}

/** A verb of saying before the count: "the ministry said (that) 30 …", "OCHA reported …". */
function saidBefore(view: SentenceView, mention: NumberMention): boolean {
  for (let i = mention.from - 1; i >= 0 && i >= mention.from - 8; i--)
    if (REPORTING_VERBS.has(view.tokens[i]?.lower ?? '')) return true;
  return false;
}

/** "one of eight hostages to be rescued alive", "one of seven captives to have been freed". */
function memberOfTally(view: SentenceView, mention: NumberMention, predicate: CountEvent): boolean {
  const { tokens } = view;
  let k = mention.from - 1;
  while (k > 0 && LEFT_HEDGES.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'of' || tokens[k - 1]?.lower !== 'one') return false;
  const between = lowerSlice(view, mention.to, predicate.index);
  return between.includes('to') && (between.includes('be') || between.includes('been'));
}
const LEFT_HEDGES = words('the only some about around nearly almost more than at least');

/** A range of days that opens on 7 October 2023: "between 7 October and 12 June". */
function fromWarStart(view: SentenceView): boolean {
  return (
    mayNameWarStart(view.text) &&
    view.dates.some(
      (d) =>
        isWarStartDay(d) &&
        ['between', 'from'].includes(view.tokens[d.from - 1]?.lower ?? '') &&
        ['and', 'to', 'until', 'through', '-', '–'].includes(view.tokens[d.to]?.lower ?? '') &&
        view.dates.some((e) => e !== d && e.kind === 'day' && e.from === d.to + 1),
    )
  );
}

/** "the war began", "the start of the war", "the conflict erupted": the war's first day. */
const WAR_BEGAN =
  /^(?:the )?(?:(?:start|beginning|outbreak) of (?:the )?(?:war|conflict|fighting)|(?:war|conflict|fighting) (?:began|begun|started|erupted|broke out))\b/;

/** A "since" phrase after the count, in its own clause, that opens on the war's first day. */
function sinceWarStart(
  view: SentenceView,
  mention: NumberMention,
  [, hi]: [number, number],
  predicate: CountEvent,
) {
  for (let i = mention.to; i < hi; i++) {
    if (view.tokens[i]?.lower !== 'since' || !inSinceSpan(view, i, mention)) continue;
    if (heldSince(view, mention, i, predicate)) continue;
    // "the largest such operation since the war began": a record's "since" dates the record.
    if (isRecordSince(view.tokens, i)) continue;
    const date = view.dates.find((d) => d.from === i + 1 || d.from === i + 2);
    if (date && isWarStartDay(date)) return true;
    if (WAR_BEGAN.test(lowerSlice(view, i + 1, i + 7).join(' '))) return true;
  }
  return false;
}

/** The count's stretch up to ", as …", ", while …": where another clause begins after it. */
function ownClause(
  view: SentenceView,
  mention: NumberMention,
  [lo, hi]: [number, number],
): [number, number] {
  // "In Rafah, where some 1.4 million displaced people are crammed into tents, overnight strikes
  // hit three homes": a relative clause between commas ends at its comma.
  let relative = false;
  for (let i = mention.from - 1; i > lo; i--) {
    const w = view.tokens[i]?.text ?? '';
    if (w === ',') break;
    if (COMMA_RELATIVES.has(w.toLowerCase()) && view.tokens[i - 1]?.text === ',') relative = true;
  }
  for (let i = mention.to; i < hi - 1; i++) {
    if (view.tokens[i]?.text !== ',') continue;
    if (relative || CLAUSE_OPENERS.has(view.tokens[i + 1]?.lower ?? '')) return [lo, i];
  }
  return [lo, hi];
}

/** A day in the sentence that is neither a "since" nor the time something was said. */
function namesDay(view: SentenceView): boolean {
  return view.dates.some(
    (d) => d.kind !== 'vague' && !inSinceSpan(view, d.from) && !timeOfSaying(view, d.from, d.to),
  );
}

/**
 * "By Sunday night, Hamas had released 58 hostages in total", "By Friday, 24 had been freed
 * so far": a day opened by "by", with a perfect (or pluperfect) verb and a sum named, closes a
 * tally rather than naming an event's day.
 */
function tallyByDay(view: SentenceView, predicate: CountEvent): boolean {
  if (view.dates.length === 0) return false;
  if (view.tokens[0]?.lower !== 'by' && view.tokens[1]?.lower !== 'by') return false;
  const opened = view.dates.some(
    (d) => d.kind !== 'vague' && view.tokens[d.from - 1]?.lower === 'by' && d.from - 1 <= 1,
  );
  // ("By Friday night, 178 had been killed since fighting resumed": the "since" says of what;
  // "By Monday evening, it had returned four bodies" is that day's handover, unless a sum is
  // named: "in total", "so far".)
  return (
    opened &&
    view.sinceSpans.length === 0 &&
    hasPhrase(view, STRONG_TOTAL_PHRASES, [0, view.tokens.length]) &&
    lowerSlice(view, predicate.index - 3, predicate.index).some((w) => PERFECT_AUX.has(w))
  );
}
const PERFECT_AUX = words('had has have');

/** Words that open a relative clause after a comma (", where …", ", which …"). */
const COMMA_RELATIVES = words('where who which');

export function scopeOf(
  view: SentenceView,
  mention: NumberMention,
  metric: MetricId,
  modality: Modality,
  predicate: CountEvent,
  bodies: boolean,
  headline = false,
): Scope {
  if (metric === 'hostages_held') return 'total';
  // "Deceased hostages still held in Gaza this morning: 28": the dead still held are a stock.
  if (metric === 'hostages_dead' && stillHeldNear(view, mention)) return 'total';
  // "there were 9,440 Palestinians held in Israeli prisons": people held are a stock.
  if (metric === 'prisoners_held' && predicate.kind === 'hold') return 'total';
  if (modality === 'proposed' || metric === 'hostages_taken') return 'incident';
  // "Dec. 15: Israeli forces mistakenly kill three hostages": a timeline's entry is that day's.
  if (isTimelineEntry(view)) return 'incident';
  // "Between 7 October 2023 and 8 April 2024, 456 were killed": a count from the war's first
  // day to another is a tally up to that day.
  if (fromWarStart(view)) return 'total';
  // "The first three hostages have been handed over": a group picked out by its place in a
  // series is one handover's, whatever the tense.
  // ("The second group of 13 hostages has been handed over": so is a numbered batch.)
  if (
    (/^(?:first|last|latest|next)$/.test(view.tokens[mention.from - 1]?.lower ?? '') &&
      view.tokens[mention.from - 2]?.lower === 'the' &&
      !hasPhrase(view, STRONG_TOTAL_PHRASES, stretchOf(view, mention))) ||
    numberedBatch(view, mention)
  )
    return 'incident';
  // "Seven hostages have been handed to the Red Cross", "has handed the bodies of four dead
  // hostages to the Red Cross": a handover to the go-between is one handover, whatever the
  // tense.
  if (
    (metric === 'hostages_released' || metric === 'hostages_dead') &&
    toRedCross(view, predicate) &&
    // ("… handed to the Red Cross, bringing to four the number freed": the sum is a tally.)
    bringTarget(view) !== mention
  )
    return 'incident';
  // "Hamas on Friday released two hostages in the first release since the attack", "three
  // hostages were freed on the first day of the truce": the first of a series is one handover.
  if (
    (metric === 'hostages_released' || metric === 'prisoners_released') &&
    firstOfSeries(view, stretchOf(view, mention))
  )
    return 'incident';
  // "In total, Israel is freeing 1,968 Palestinians": a release under way, summed, is one
  // exchange.
  if (
    (metric === 'hostages_released' || metric === 'prisoners_released') &&
    underWay(view, predicate)
  )
    return 'incident';
  // "20 have been killed in Jenin since the raid began": the dead of one raid, however long.
  if (sinceOneRaid(view, mention)) return 'incident';
  // "whose fighters killed 1,200 people in their Oct 7 rampage", "on October 7, when the
  // assault killed about 1,200 in Israel": the dead of that day, whatever the count's size.
  if (
    metric === 'israel_killed' &&
    view.dates.some((d) => isWarStartDay(d) && !inSinceSpan(view, d.from, mention))
  )
    return 'incident';
  const target = bringTarget(view);
  if (target) return target === mention ? 'total' : 'incident';
  const stretch = stretchOf(view, mention);
  const before = lowerSlice(view, mention.from - 3, mention.from);
  // "Over the past week, the toll rose to 30,500": the toll is still a running total.
  const tollTarget = before.some((w) => RISE_VERBS.has(w) || w === 'toll' || w === 'total');
  // "… has killed 45,028 since October 7, the ministry said, as strikes killed dozens more
  // overnight": a clause of its own after the count speaks of another period.
  const own = ownClause(view, mention, stretch);
  // ("… have been killed as of yesterday": a running total up to that day.)
  if (
    (hasPhrase(view, INCIDENT_PHRASES, own) && !saidAtPhrase(view, own) && !asOfDay(view, own)) ||
    (!tollTarget && (hasRecentPeriod(view, own) || countedToday(view, own)))
  )
    return 'incident';
  // "By Sunday night, Hamas had released 58 hostages in total": what had been done by a day,
  // summed, is the tally up to it.
  if (tallyByDay(view, predicate)) return 'total';
  if (
    hasPhrase(view, STRONG_TOTAL_PHRASES, own) &&
    !describesNoun(view, stretch) &&
    // "In all, 17 hostages were freed on Saturday": the sum of one day (not "have been").
    !(
      namesDay(view) &&
      hasPhrase(view, SUM_PHRASES, stretch) &&
      !lowerSlice(view, predicate.index - 3, predicate.index).some(
        (w) => w === 'has' || w === 'have',
      )
    )
  )
    return 'total';
  // "have rescued eight hostages alive, most recently two in Rafah": a series, told up to its
  // latest; the count before "most recently" is its tally.
  if (mostRecentlyAfter(view, mention, stretch)) return 'total';
  // "has rescued seven hostages since the war began", "… since October 7": a tally of the war.
  if (sinceWarStart(view, mention, own, predicate)) return 'total';
  const noun = nearestEventNoun(view, mention, stretch);
  if (noun === 'incident') return 'incident';
  if (before.some((w) => RISE_VERBS.has(w))) return 'total';
  // "a total of 1,100 people were killed on October 7" is still one day's dead.
  if (pinnedToDay(view, mention, predicate, stretch)) return 'incident';
  // People displaced stay displaced ("1.9 million were displaced at the height of the war"),
  // unless they are a new flight: "600,000 have been displaced again", "fled on Monday".
  if (metric === 'gaza_displaced' && !namesDay(view))
    return lowerSlice(view, predicate.index, predicate.index + 3).includes('again')
      ? 'incident'
      : 'total';
  if (before.includes('toll') || before.includes('total')) return 'total';
  // "in the eight months of fighting", "after nine months of war": a count over the war so far.
  if (warSoFar(view, stretch)) return 'total';
  // "the army announced the deaths of eight soldiers": the news of one loss.
  // (Hostages declared dead are a running count: "confirmed the deaths of 42 of those held".)
  if (metric !== 'hostages_dead' && announcedDeaths(view, mention)) return 'incident';
  // "According to the ministry, 37,296 people were killed in Gaza": no one strike kills
  // thousands; a count of dead that large is a tally, whatever the tense.
  if (tallySized(metric, mention.value) && !namedPeriod(view, stretch)) return 'total';
  // "Eight soldiers killed in Rafah": a headline's (or a line's with no full stop) bare
  // participle is its past tense, whatever war it names.
  const headlineLike = headline || !/[.!?]["'”’)]?\s*$/.test(view.text);
  // (People displaced and hostages dead are states that last: "1.9 million people displaced";
  // "Six hostages murdered in a tunnel" tells how they died, one event.)
  if (
    headlineLike &&
    metric !== 'gaza_displaced' &&
    (metric !== 'hostages_dead' || oneKilling(view, predicate)) &&
    bareParticipleAfter(view, mention, predicate) &&
    !hasTotalPhrase(view, mention, stretch, predicate)
  )
    return 'incident';
  const tense = mainClauseTense(view, predicate);
  if (tense === 'perfect') return 'total';
  if (tense === 'past' && !hasTotalPhrase(view, mention, stretch, predicate)) return 'incident';
  // "Israeli bombardment kills 12 at a school": a news line's present tells of one event.
  // ("Israeli strikes kill more than 400": the plural's present, after the blows themselves.)
  const verbAt = view.tokens[predicate.index]?.lower ?? '';
  const newsPresent =
    NEWS_PRESENTS.has(verbAt) ||
    (PLURAL_PRESENTS.has(verbAt) && MANY_BLOWS.has(view.tokens[predicate.index - 1]?.lower ?? ''));
  if (
    predicate.index < mention.from &&
    newsPresent &&
    !hasTotalPhrase(view, mention, stretch, predicate)
  )
    return 'incident';
  // "were killed in the fighting" is one episode; "the fighting has killed" a running toll.
  const pastSimple = ['were', 'was'].includes(view.tokens[predicate.index - 1]?.lower ?? '');
  if (hasTotalPhrase(view, mention, stretch, predicate) || (noun === 'campaign' && !pastSimple))
    return 'total';
  // "15 Israelis have been killed in the West Bank": a present perfect is a running count.
  const perfect = view.tokens
    .slice(Math.max(0, predicate.index - 3), predicate.index)
    .some((t) => t.lower === 'has' || t.lower === 'have');
  // …and so is "eight hostages have been rescued": rescues, unlike releases, come one
  // operation at a time, so only a perfect with the count as subject makes them a tally.
  if (
    (metric === 'israel_killed' || metric === 'hostages_rescued') &&
    perfect &&
    predicate.index > mention.from
  )
    return 'total';
  // "one of eight hostages to be rescued", "one of 30 to have been freed": a member of a tally.
  if (memberOfTally(view, mention, predicate)) return 'total';
  // ("troops have rescued eight hostages alive in military operations": rescues in the plural,
  // told in the perfect, are the tally of several.)
  // ("Israeli forces have now rescued three hostages alive": "now" tells the tally.)
  if (
    metric === 'hostages_rescued' &&
    perfect &&
    (lowerSlice(view, mention.to, mention.to + 8).some((w) => SEVERAL_OPERATIONS.has(w)) ||
      lowerSlice(view, predicate.index - 2, predicate.index).includes('now'))
  )
    return 'total';
  if (metric === 'israel_killed' || metric === 'hostages_rescued') return 'incident';
  // "resulted in the deaths of at least 61": the outcome of one event.
  const lead = view.tokens.slice(Math.max(0, mention.from - 8), mention.from).map((t) => t.lower);
  if (lead.some((w) => RESULT_VERBS.has(w))) return 'incident';
  // "The hospital received the bodies of 12 people", "were brought to Nasser hospital": what a
  // hospital takes in is one arrival, unless a perfect makes it a running count.
  const intake = hospitalIntake(view, mention, stretch);
  if (intake) return intake;
  // Bodies held are a running count; bodies handed over or recovered, one event.
  const handedOver = ['release', 'rescue', 'return-bodies'].includes(predicate.kind);
  if (metric === 'hostages_dead' && ((bodies && !handedOver) || predicate.kind === 'hold'))
    return 'total';
  const verbWord = view.tokens[predicate.index]?.lower ?? '';
  // "7 Israeli soldiers killed in Gaza": a headline's bare participle is its past tense.
  if (headline && predicate.index >= mention.to && predicate.index - mention.to <= 4) {
    const between = view.tokens.slice(mention.to, predicate.index).map((t) => t.lower);
    if (!between.some((w) => ['has', 'have', 'are', 'is', 'remain'].includes(w))) return 'incident';
  }
  const aux = view.tokens
    .slice(Math.max(0, predicate.index - 3), predicate.index)
    .map((t) => t.lower);
  const release = metric === 'hostages_released' || metric === 'prisoners_released';
  // "Hamas has released six hostages": an agent's present perfect is the news of one
  // handover; "110 hostages have been released" (the count as subject) is a running count.
  if (release && predicate.index < mention.from && !aux.includes('been')) return 'incident';
  // "Thirteen hostages are handed over to the Red Cross": a caption's present is one scene.
  // (…and so is "1,968 prisoners are being released today", a release under way.)
  if (release && (aux.includes('are') || aux.includes('is'))) return 'incident';
  // "said it had killed two", "seven soldiers had been killed the day before": a past
  // perfect tells of an event before the report, not of a running count ("had already
  // returned" was read as one above).
  // …but "the army said 409 soldiers had been killed": reported speech shifts "have been"
  // back a tense, and with the count as subject it stays a running count, when it is …
  // (A day in the sentence makes it the news of one event: "on Monday, the army said three
  // soldiers had been killed".)
  if (
    aux.includes('had') &&
    aux.includes('been') &&
    predicate.index > mention.from &&
    saidBefore(view, mention) &&
    !namesDay(view) &&
    // ("had been killed and 562 wounded in the strikes, which hit homes": the blows named
    // with "the" are one wave.)
    !inTheBlows(view, predicate) &&
    // …a count of a war ("in the ground offensive") or of hundreds; "said four hostages had
    // been killed in an airstrike" is the news of one strike.
    (noun === 'campaign' ||
      mention.value >= 100 ||
      // "confirmed that eight hostages had been killed": the dead among the hostages are a
      // count that only grows, unless a strike is named ("… in an airstrike").
      // ("… by Israeli air strikes", in the plural, are many strikes over the war; "the six
      // had been killed by air strikes" tells of a group already named, one event.)
      (metric === 'hostages_dead' &&
        view.tokens[mention.from - 1]?.lower !== 'the' &&
        !view.tokens
          .slice(predicate.index)
          .some((t) => INCIDENT_NOUNS.has(t.lower) && !t.lower.endsWith('s'))))
  )
    return 'total';
  // "the UN said 423,000 Gazans had fled their homes": people displaced stay displaced; the
  // report's tense moves back, the count still stands on the day it is told, unless a day
  // in the sentence makes it that day's flight.
  if (
    metric === 'gaza_displaced' &&
    aux.includes('had') &&
    saidBefore(view, mention) &&
    !namesDay(view)
  )
    return 'total';
  if (aux.includes('had')) return 'incident';
  if (['has', 'have', 'are', 'is'].some((w) => aux.includes(w))) return 'total';
  if (aux.includes('were') || aux.includes('was')) return 'incident';
  // "two reservists fell in combat", "three captives died": the simple past of a verb with no
  // passive (so not a participle, as "44,000 Palestinians killed" is) tells of one event.
  if (
    predicate.index > mention.from &&
    INTRANSITIVE_PASTS.has(verbWord) &&
    predicate.kind !== 'hold' &&
    predicate.kind !== 'imprison'
  )
    return 'incident';
  // "they killed three hostages", "brought home the bodies": an active verb in the past tells
  // of one event; a participle after the count ("4,900 people wounded") says nothing of the
  // tense. In "troops shot dead eight", "dead" is the result of the past verb before it.
  const shotDead =
    verbWord === 'dead' && /(?:ed|shot)$/.test(view.tokens[predicate.index - 1]?.lower ?? '');
  const past = /ed$/.test(verbWord) || IRREGULAR_PASTS.has(verbWord) || shotDead;
  if (predicate.index < mention.from && past) return 'incident';
  return metric === 'prisoners_released' || metric === 'hostages_released' ? 'incident' : 'total';
}
