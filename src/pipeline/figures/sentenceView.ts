// One sentence prepared for the figure rules: tokens, numbers, and the spans that rules skip.
import { findDateMentions, type DateMention } from '../dates/dateMentions.ts';
import { findNumberMentions, type NumberMention } from './numberMentions.ts';
import { monthNumber } from '../dates/monthNames.ts';
import { QUOTE_MARKS, tokenize, type Token } from './tokens.ts';
import {
  EVENT_WORDS,
  HEDGE_WORDS,
  SUPERLATIVES,
  TAKING_PARTICIPLES,
  WEEKDAY_NAMES,
} from './lexicon.ts';

export interface SentenceView {
  text: string;
  tokens: Token[];
  mentions: NumberMention[];
  /** Token index → the number mention that token belongs to (an array: looked up for every token). */
  mentionAt: (NumberMention | undefined)[];
  /** Token ranges [from, to) of "since …" phrases: they date the start of a total, not it. */
  sinceSpans: [number, number][];
  /** The date expressions of the sentence, found on first use (most sentences need none). */
  readonly dates: DateMention[];
}

// A full stop inside a sentence ends an abbreviation ("Oct. 7"), not the phrase.
const SPAN_END = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Verbs that end a "since" clause: "since the war began", "since fighting broke out". */
const SPAN_END_VERBS = new Set([
  'began',
  'begun',
  'started',
  'erupted',
  'broke',
  'resumed',
  'ended',
]);

/** A finite verb that ends a "since" phrase once it has named its point in time. */
const SPAN_END_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'remain',
  'remains',
]);
const POINT_WORDS = new Set([
  'attack',
  'attacks',
  'war',
  'start',
  'beginning',
  'outbreak',
  'then',
  'truce',
  'ceasefire',
  'offensive',
  'dawn',
  'invasion',
  'massacre',
]);

/** Whether tokens [from, to) name a point in time: a date, a year or an event noun. */
function namesAPoint(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (
      t.kind === 'digits' ||
      POINT_WORDS.has(t.lower) ||
      (monthNumber(t.text) !== null && /^[A-Z]/.test(t.text))
    )
      return true;
  }
  return false;
}

/**
 * "since the conflict began on October 7", "since hostilities resumed in Gaza on March 18":
 * the day the clause names after its verb is still the start of the total. Returns the end of
 * such a dated phrase, or `end` when none follows.
 */
function datedAfter(tokens: readonly Token[], end: number): number {
  for (let i = end; i < tokens.length && i < end + 6; i++) {
    const t = tokens[i];
    if (!t || SPAN_END.has(t.text) || SPAN_END_AUXILIARIES.has(t.lower)) return end;
    if (t.lower !== 'on' && t.lower !== 'in') continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const dated =
      next !== undefined &&
      ((/^[A-Z]/.test(next.text) && monthNumber(next.text) !== null) ||
        /^(?:oct|october)$/i.test(next.text) ||
        WEEKDAY_NAMES.has(next.lower) ||
        // "began on 27 October": the day first
        (next.kind === 'digits' &&
          Number(next.text) <= 31 &&
          /^[A-Z]/.test(after?.text ?? '') &&
          monthNumber(after?.text ?? '') !== null));
    if (!dated) continue;
    let k = i + 2;
    while (k < tokens.length && !SPAN_END.has(tokens[k]?.text ?? '') && k < i + 6) {
      if (tokens[k]?.kind === 'word' && !/^(?:[A-Z][a-z]{2,8}|\.)$/.test(tokens[k]?.text ?? ''))
        break;
      k++;
    }
    return k;
  }
  return end;
}

export function findSinceSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  // One pass: a "since" opens a span that the next stop mark or clause verb closes.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (open < 0) {
      // "have since been killed": an adverb, not the start of a phrase of time.
      const next = tokens[i + 1]?.lower ?? '';
      if (t.lower === 'since' && !/^(?:been|being|then|gone|become|died|risen|fallen)$/.test(next))
        open = i;
      continue;
    }
    if (SPAN_END.has(t.text)) {
      spans.push([open, i]);
      open = t.lower === 'since' ? i : -1;
    } else if (
      (t.lower === 'by' || t.lower === 'in' || t.lower === 'across') &&
      (tokens[i - 1]?.kind === 'digits' ||
        // ("since October by Israeli troops and settlers": a month alone is a point too.)
        (i - 1 === open + 1 && monthNumber(tokens[i - 1]?.lower ?? '') !== null)) &&
      namesAPoint(tokens, open + 1, i)
    ) {
      // "since Oct. 7 by Israeli troops or settlers", "since October 7 in the West Bank": a
      // date closes the phrase; who and where come after it.
      spans.push([open, i]);
      open = -1;
    } else if (SPAN_END_AUXILIARIES.has(t.lower) && namesAPoint(tokens, open + 1, i)) {
      // "hostages held since the October 7 attacks have been killed": the phrase names its
      // point in time and the clause's own verb follows.
      spans.push([open, i]);
      open = -1;
    } else if (SPAN_END_VERBS.has(t.lower)) {
      const end = t.lower === 'broke' && tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
      spans.push([open, datedAfter(tokens, end)]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, tokens.length]);
  return spans;
}

export function viewSentence(text: string): SentenceView {
  // (Most sentences quote nothing: their tokens are taken as they are.)
  const quoted = text.includes('"') || text.includes('“') || text.includes('”');
  const tokens = quoted ? withoutNumberQuotes(tokenize(text)) : tokenize(text);
  const mentions = findNumberMentions(tokens, text);
  const mentionAt = new Array<NumberMention | undefined>(tokens.length);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) mentionAt[i] = m;
  // A sentence without the word has no such phrase (no need to walk its tokens).
  const sinceSpans = /since/i.test(text) ? findSinceSpans(tokens) : [];
  return new View(text, tokens, mentions, mentionAt, sinceSpans);
}

/** Words of a hedged number a quotation may hold alone: "under 100", "more than 20". */
const QUOTED_HEDGE_WORDS = new Set(
  'under fewer less than more over about around nearly almost at least up to some roughly approximately'.split(
    ' ',
  ),
);

/**
 * 'put the toll at "under 100"': quotation marks around a number and its hedge alone only say
 * whose words these were; the sentence reads on through them.
 */
function withoutNumberQuotes(tokens: Token[]): Token[] {
  let drop: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_MARKS.has(tokens[i]?.text ?? '')) continue;
    for (let j = i + 2; j <= i + 5 && j < tokens.length; j++) {
      if (!QUOTE_MARKS.has(tokens[j]?.text ?? '')) continue;
      const inner = tokens.slice(i + 1, j);
      if (
        inner.some((t) => t.kind === 'digits') &&
        inner.every((t) => t.kind === 'digits' || QUOTED_HEDGE_WORDS.has(t.lower))
      )
        (drop ??= new Set()).add(i).add(j);
      break;
    }
  }
  return drop ? tokens.filter((_, k) => !drop.has(k)) : tokens;
}

/**
 * A view as a class, its dates read by one getter on the prototype. (An object literal's own
 * getter is a new closure for every sentence: V8 gave each view a hidden class of its own, held
 * in the old generation, and every view's tokens then outlived the young one's collections.)
 */
class View implements SentenceView {
  #dates: DateMention[] | undefined;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly mentions: NumberMention[],
    readonly mentionAt: (NumberMention | undefined)[],
    readonly sinceSpans: [number, number][],
  ) {}

  get dates(): DateMention[] {
    return (this.#dates ??= withoutCreditDate(this.tokens, findDateMentions(this.tokens)));
  }
}

/**
 * "… according to Israeli tallies. – Reuters, April 18, 2025": a wire credit closing the
 * sentence dates the story's filing, not anything a count in it describes.
 */
function withoutCreditDate(tokens: readonly Token[], dates: DateMention[]): DateMention[] {
  const last = dates.at(-1);
  if (!last) return dates;
  let end = last.to;
  while (end < tokens.length && tokens[end]?.kind === 'punct') end++;
  if (end < tokens.length || tokens[last.from - 1]?.text !== ',') return dates;
  let k = last.from - 2;
  let names = 0;
  while (k >= 0 && names < 4 && /^[A-Z]/.test(tokens[k]?.text ?? '')) {
    k--;
    names++;
  }
  return names > 0 && /^[–—-]$/.test(tokens[k]?.text ?? '') ? dates.slice(0, -1) : dates;
}

/**
 * Whether a token stands in a "since …" phrase. When `mention` is given, the phrase the
 * mention itself stands in does not count: "since the raid that left 900 dead".
 */
export function inSinceSpan(
  view: Pick<SentenceView, 'sinceSpans'>,
  index: number,
  mention?: NumberMention,
): boolean {
  return view.sinceSpans.some(
    ([from, to]) =>
      index >= from && index < to && !(mention && mention.from >= from && mention.from < to),
  );
}

const RELATIVES = new Set(['which', 'that', 'when']);

/**
 * ", when …", ", which …", ", in which …" right after a "since" span: a clause told of the day
 * it opens on.
 */
function opensToldClause(view: Pick<SentenceView, 'tokens'>, to: number): boolean {
  if (view.tokens[to]?.text !== ',') return false;
  const next = view.tokens[to + 1]?.lower ?? '';
  // (", in which about 1,200 people were killed", ", during which …")
  if ((next === 'in' || next === 'during') && view.tokens[to + 2]?.lower === 'which') return true;
  return RELATIVES.has(next);
}

/**
 * The "since" span a count's clause hangs on: "since an attack by Hamas, which killed 1,200",
 * "since October 7, when gunmen killed 1,200". The count is told of the event or day that
 * opens the span, not counted from it.
 */
export function sinceSpanTold(
  view: Pick<SentenceView, 'sinceSpans' | 'tokens'>,
  mention: NumberMention,
): [number, number] | undefined {
  return view.sinceSpans.find(
    ([, to]) =>
      mention.from > to &&
      opensToldClause(view, to) &&
      // the count in that clause itself, before any other comma ("…, when gunmen stormed the
      // south, killing about 1,200": a participle after a comma is still that clause's)
      !view.tokens
        .slice(to + 2, mention.from)
        .some((t, k, all) => t.text === ',' && !/ing$/.test(all[k + 1]?.lower ?? '')),
  );
}

/**
 * "49,645 had been wounded since October 7, when gunmen stormed southern Israel": where the
 * clause told of the day a "since" opens on begins, when the count stands before that "since"
 * (the clause's places are that day's, not the count's).
 */
export function sinceClauseAfter(
  view: Pick<SentenceView, 'sinceSpans' | 'tokens'>,
  mention: NumberMention,
): number | undefined {
  const span = view.sinceSpans.find(
    ([from, to]) => from >= mention.to && opensToldClause(view, to),
  );
  return span ? span[1] + 1 : undefined;
}

/** Words after "since" that start a stretch of one day: "since dawn on Monday". */
const DAY_STARTS = new Set(['dawn', 'midnight', 'morning', 'daybreak', 'sunrise', 'hours']);

/**
 * Whether token `index` stands in a "since" phrase of one day ("since dawn on Friday"), whose
 * day is the day of the count, not the start of a running total.
 */
export function inOneDaySpan(view: SentenceView, index: number): boolean {
  return view.sinceSpans.some(
    ([from, to]) =>
      index >= from &&
      index < to &&
      view.tokens.slice(from + 1, Math.min(to, from + 4)).some((t) => DAY_STARTS.has(t.lower)),
  );
}

/** The nearest counting mention that ends at or before token `end`, looking back from `m`. */
export function previousCounting(
  view: SentenceView,
  m: NumberMention,
  end: number,
): NumberMention | undefined {
  for (let k = m.index - 1; k >= 0; k--) {
    const p = view.mentions[k];
    if (p && p.excluded === null && p.to <= end) return p;
  }
  return undefined;
}

/** The counting mention (not excluded) whose tokens include index, if any. */
export function countAt(view: SentenceView, index: number): NumberMention | undefined {
  const m = view.mentionAt[index];
  return m && m.excluded === null ? m : undefined;
}

/**
 * The count's own stretch of the sentence: from the count before it to the count after it. A
 * phrase elsewhere ("…, including 50 in the past 24 hours") speaks of another count.
 */
export function stretchOf(view: SentenceView, mention: NumberMention): [number, number] {
  // Mentions are in sentence order: walk out from this one to the nearest counting neighbours.
  let lo = 0;
  let hi = view.tokens.length;
  for (let k = mention.index - 1; k >= 0; k--) {
    const m = view.mentions[k];
    if (m && m.excluded === null) {
      if (joinedPair(view, m, mention)) continue;
      lo = m.to;
      break;
    }
  }
  // "357 were killed in the past 24 hours, the ministry added, saying 9,600 have been wounded":
  // after another count, a report of its own opens the count's stretch.
  if (lo > 0) lo = reportOpenedAfter(view, lo, mention.from);
  for (let k = mention.index + 1; k < view.mentions.length; k++) {
    const m = view.mentions[k];
    if (!m || m.excluded !== null) continue;
    if (inClosedAside(view, m) || pairedAfter(view, mention, m) || joinedPair(view, mention, m))
      continue;
    hi = m.from;
    break;
  }
  return [lo, hi];
}

const REPORT_PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stating']);

/** Where ", saying" or ", adding that" between lo and the count opens a report: after it. */
function reportOpenedAfter(view: SentenceView, lo: number, to: number): number {
  for (let i = to - 1; i > lo; i--) {
    // "… had been killed in the previous 24 hours, and that 54,918 …": a second "that" clause.
    if (
      view.tokens[i]?.lower === 'that' &&
      view.tokens[i - 1]?.lower === 'and' &&
      view.tokens[i - 2]?.text === ','
    )
      return i + 1;
    if (REPORT_PARTICIPLES.has(view.tokens[i]?.lower ?? '') && view.tokens[i - 1]?.text === ',')
      return view.tokens[i + 1]?.lower === 'that' ? i + 2 : i + 1;
  }
  return lo;
}

/** "At least 5 killed, 20 wounded in a strike": the dead and the wounded of one phrase. */
const PAIRED_EVENTS = new Set(['killed', 'dead', 'wounded', 'injured', 'hurt']);

function pairedAfter(view: SentenceView, first: NumberMention, second: NumberMention): boolean {
  const { tokens } = view;
  // "413 people had been killed and more than 500 wounded in the strikes": the first phrase's
  // noun and auxiliaries may stand before its event word, a hedge before the second count.
  let event = first.to;
  while (
    event < second.from &&
    event < first.to + 4 &&
    !PAIRED_EVENTS.has(tokens[event]?.lower ?? '')
  ) {
    if (!PAIR_WORDS.has(tokens[event]?.lower ?? '')) return false;
    event++;
  }
  const gap = second.from - event - 1;
  if (gap < 1 || gap > 4) return false;
  if (!PAIRED_EVENTS.has(tokens[event]?.lower ?? '')) return false;
  // "5 seriously hurt": an adverb may come first.
  const adverb = /^[a-z]{3,}ly$/.test(tokens[second.to]?.lower ?? '') ? 1 : 0;
  if (!PAIRED_EVENTS.has(tokens[second.to + adverb]?.lower ?? '')) return false;
  let joined = false;
  for (let i = event + 1; i < second.from; i++) {
    const w = tokens[i]?.lower ?? '';
    if (w === ',' || w === 'and') joined = true;
    else if (!joined || !PAIR_HEDGES.has(w)) return false;
  }
  return joined;
}

/** The people and auxiliaries of the first phrase of a pair: "413 people had been killed". */
const PAIR_WORDS = new Set(
  'people persons palestinians civilians others had have has been were was are'.split(' '),
);
/** Hedges before the pair's second count: "and more than 500 wounded". */
const PAIR_HEDGES = new Set('more than at least about nearly over some around almost'.split(' '));

/**
 * "16 Israelis and five Thais": two counts joined by "and", each with a one-word noun, are one
 * phrase; what is said of one (a "since" phrase, a day) is said of both.
 */
function joinedPair(view: SentenceView, first: NumberMention, second: NumberMention): boolean {
  const { tokens } = view;
  if (second.from - first.to !== 2 || tokens[first.to + 1]?.lower !== 'and') return false;
  const plural = (i: number) => {
    const t = tokens[i];
    return t?.kind === 'word' && /[a-z]s$/i.test(t.text) && !EVENT_WORDS[t.lower];
  };
  return plural(first.to) && plural(second.to);
}

/**
 * ", including five soldiers,": a part set off by commas on both sides. The clause of the
 * count before it goes on after the aside ("17 Israelis, including five soldiers, have been
 * killed since October").
 */
function inClosedAside(view: SentenceView, m: NumberMention): boolean {
  const { tokens } = view;
  const opener = tokens[m.from - 1]?.lower;
  if (opener !== 'including' || tokens[m.from - 2]?.text !== ',') return false;
  for (let i = m.to; i < tokens.length && i < m.to + 12; i++) {
    const t = tokens[i];
    if (!t || countAt(view, i) || /^[.;:]$/.test(t.text)) return false;
    if (t.text === ',') return true;
  }
  return false;
}

/** The lower-case words of tokens [from, to). */
export function lowerSlice(view: SentenceView, from: number, to: number): string[] {
  // One array, not a slice and its map: asked many times of every count.
  const { tokens } = view;
  const words: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++)
    words.push(tokens[i]?.lower ?? '');
  return words;
}

/** A sentence that opens with its day and a colon or dash: "Dec. 15: …", "Oct. 7 - …". */
/** Where an entry's text starts: after its bullet ("- March 5, 2024: …"), if it has one. */
export const entryStart = (view: SentenceView) =>
  /^[-–—•*]$/.test(view.tokens[0]?.text ?? '') ? 1 : 0;

export function isTimelineEntry(view: SentenceView): boolean {
  // Most sentences open with a word no day starts with: their days are not read for this.
  if (!mayOpenDay(view.tokens[entryStart(view)])) return false;
  const first = view.dates[0];
  if (first?.kind !== 'day' || first.from !== entryStart(view)) return false;
  return /^[:\-–—]$/.test(view.tokens[first.to]?.text ?? '');
}

/** Whether a day may start at a token: a number, or a month or weekday with its capital. */
function mayOpenDay(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'digits') return true;
  return (
    /^[A-Z]/.test(t.text) &&
    (monthNumber(t.text) !== null || WEEKDAY_NAMES.has(t.lower.replace(/'s?$/, '')))
  );
}

/** "the deadliest day since the war began": the "since" at i dates a record, not a count. */
export function isRecordSince(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 8); k < i; k++)
    if (SUPERLATIVES.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

const BEGAN = new Set(['began', 'started', 'begun', 'launched', 'opened', 'resumed']);

/**
 * A day that belongs to words describing someone or something, not to the count: "42 of those
 * taken on Oct. 7" (the day they were taken), "the ground offensive that began on Oct. 27"
 * (the day a campaign began).
 */
export function describesOtherDay(view: SentenceView, d: DateMention): boolean {
  const before = view.tokens[d.from - 1]?.lower === 'on' ? d.from - 2 : d.from - 1;
  const word = view.tokens[before]?.lower ?? '';
  if (TAKING_PARTICIPLES.has(word)) return true;
  // ("workers abducted from Israel on October 7 were released on Thursday": a place of the
  // taking may stand between.)
  if (
    view.tokens[before - 1]?.lower === 'from' &&
    TAKING_PARTICIPLES.has(view.tokens[before - 2]?.lower ?? '')
  )
    return true;
  if (!BEGAN.has(word)) return false;
  const opener = view.tokens[before - 1]?.lower ?? '';
  return opener === 'that' || opener === 'which' || opener === 'when';
}

/**
 * "clashes with Israeli troops", "fire from soldiers", "killed by troops": soldiers named after
 * a preposition as the other side of a clash, not as a group counted.
 */
export function onOtherSide(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (w === 'with' || w === 'by' || w === 'from' || w === 'against') return true;
    if (!/^(?:israeli|the|israel's|israel’s|its|their|army|occupation|undercover|special)$/.test(w))
      return false;
  }
  return false;
}

/**
 * "… out of (more than) 840": the count at `from` is the whole an earlier one is taken out of,
 * its hedge aside.
 */
export function outOfBefore(view: SentenceView, from: number): boolean {
  let k = from - 1;
  while (k > 0 && HEDGE_WORDS.has(view.tokens[k]?.lower ?? '')) k--;
  return view.tokens[k]?.lower === 'of' && view.tokens[k - 1]?.lower === 'out';
}
