// The day of one event told over several sentences. "Missiles struck the school at dawn on
// Saturday. The media office said 93 people were killed." The second sentence's count is the
// strike's, and so is its day; a reader carries it over, and so does this. Pure.
import type { Day } from '../dates/calendar.ts';
import { findDateMentions, type DateMention } from '../dates/dateMentions.ts';
import { resolveDate, WAR_START } from '../dates/resolveDate.ts';
import { isReportingDate } from './asOf.ts';
import { INCIDENT_NOUNS } from './lexicon.ts';
import { findSinceSpans, inSinceSpan, isRecordSince } from './sentenceView.ts';
import { tokenize, type Token } from './tokens.ts';

export interface ToldSentence {
  paragraph: number;
  text: string;
}

export interface DatedFigure {
  metric: string;
  paragraph: number;
  sentence: string;
  scope: string;
  modality: string;
  asOf: Day | null;
}

/**
 * The day of the event a sentence tells: its last day that is not the day a source spoke
 * ("said on Monday"), not the start of a period ("since Tuesday") and not one of a range; a day
 * of this war, not after the report.
 */
export function eventDayOf(text: string, published: Day | null): Day | null {
  if (!published) return null;
  return eventDayIn(sentenceDays(text), published);
}

/**
 * What eventDayOf reads of a sentence's view: its tokens and days (the same as the view's), and
 * its "since" spans when a day needs them. Its numbers, which a view also finds, are not read.
 */
export interface SentenceDays {
  tokens: Token[];
  dates: DateMention[];
}

export function sentenceDays(text: string): SentenceDays {
  const tokens = tokenize(text);
  return { tokens, dates: findDateMentions(tokens) };
}

function eventDayIn(sentence: SentenceDays, published: Day): Day | null {
  let sinceSpans: [number, number][] | undefined;
  let found: Day | null = null;
  for (const d of sentence.dates) {
    if (d.kind === 'vague' || isReportingDate(sentence, d)) continue;
    sinceSpans ??= findSinceSpans(sentence.tokens);
    if (inSinceSpan({ sinceSpans }, d.from)) continue;
    const day = resolveDate(d, published, 'past');
    if (day && day >= WAR_START && day <= published) found = day;
  }
  return found;
}

const OPENING_METRICS = new Set(['israel_killed', 'israel_injured', 'hostages_taken']);

/** A sentence that dates itself by the one before: "Hours later, …", "The same day, …". */
const FOLLOWS_ON =
  /^(?:hours|minutes|moments) later\b|^(?:later|shortly after(?:wards)?|soon after(?:wards)?) (?:that|the same) (?:day|night|morning|evening)\b|^(?:the same|that) (?:day|night|morning|evening)\b|^shortly (?:after|afterwards)\b/i;

/** "in the operation", "the strike": a definite event noun pointing back to one told before. */
function definiteEvent(text: string): string | null {
  // Each word after a "the" (the words are the runs of letters and hyphens): the noun is read
  // ahead, so "the the strike" still finds its noun.
  // exec, not matchAll: matchAll copies the pattern for every sentence.
  const lower = text.toLowerCase();
  THE_AND_WORD.lastIndex = 0;
  for (let m = THE_AND_WORD.exec(lower); m; m = THE_AND_WORD.exec(lower)) {
    const noun = (m[1] ?? '').replace(/s$/, '');
    if (INCIDENT_NOUNS.has(noun) && !PERIODS.has(noun)) {
      THE_AND_WORD.lastIndex = 0;
      return noun;
    }
  }
  return null;
}

const THE_AND_WORD = /(?<![a-z-])the[^a-z-]+(?=([a-z-]+))/g;

/** Event nouns that name a stretch of time, not one event: their day is no count's. */
const PERIODS = new Set(['truce', 'ceasefire', 'cease-fire', 'deal', 'agreement', 'pause', 'lull']);

/**
 * Gives a one-event count that its sentence leaves undated the day of the event it continues:
 * a day told earlier in the same paragraph, the paragraph before when the sentence opens with
 * "Hours later"-like words, the last sentence (within three paragraphs) that dated the same
 * definite event ("in the operation"), or else the last day the story told within three
 * paragraphs. A count whose sentence names any day keeps its reading. `daysIn` reads a
 * sentence's tokens and days (an article passes the views it already made).
 */
export function carryEventDays<F extends DatedFigure>(
  figures: readonly F[],
  told: readonly ToldSentence[],
  published: Day | null,
  daysIn: (text: string) => SentenceDays = sentenceDays,
): F[] {
  // Each sentence's days are found once: for its own figures, and as a sentence before others.
  const read = new Map<number, SentenceDays>();
  const daysOf = (i: number) => {
    let found = read.get(i);
    if (!found) read.set(i, (found = daysIn(told[i]?.text ?? '')));
    return found;
  };
  const days = new Map<number, Day | null>();
  // Without the day of the report, a sentence's days cannot be read ("on Tuesday").
  const dayAt = (i: number) => {
    if (!published) return null;
    if (!days.has(i)) days.set(i, eventDayIn(daysOf(i), published));
    return days.get(i) ?? null;
  };
  // Most figures are none of the counts read here: sentences are indexed for the first that is.
  let indexOf: SentenceIndex | undefined;
  /** The day of the first dated event each sentence (by index) counts. */
  let counted: Map<number, Day> | undefined;
  const countedDay = (i: number) => {
    if (!counted) {
      counted = new Map();
      for (const f of figures) {
        const at = indexOf?.get(f.sentence)?.get(f.paragraph);
        if (f.scope === 'incident' && f.asOf && at !== undefined && !counted.has(at))
          counted.set(at, f.asOf);
      }
    }
    return counted.get(i) ?? null;
  };
  // The day carried to a sentence's counts (null: none, or the sentence names a day of its own),
  // the same for all of them.
  const carried = new Map<number, Day | null>();
  return figures.map((f) => {
    // "The ministry says 274 were killed in the operation": the day the source speaks stands
    // in for a day the sentence does not give; the operation it names again has one.
    const spokenDay = f.asOf !== null && f.asOf === published;
    if (f.scope !== 'incident' || f.modality !== 'reported' || (f.asOf !== null && !spokenDay))
      return f;
    indexOf ??= indexSentences(told);
    const at = indexOf.get(f.sentence)?.get(f.paragraph);
    if (at === undefined) return f;
    if (spokenDay) {
      // ("The ministry said on Sunday that 274 were killed in the raid": the day the source
      // spoke is no day of the raid.)
      const own = daysOf(at);
      if (own.dates.some((d) => d.kind !== 'vague' && !isReportingDate(own, d))) return f;
      // Under a timeline's heading, the heading's day; else the day of the event named again.
      const named = headingDay(at) ?? (definiteEvent(f.sentence) ? namedEventDay(at) : null);
      return named && named !== WAR_START ? { ...f, asOf: named } : f;
    }
    let day = carried.get(at);
    if (day === undefined) {
      // told[at].text is the figure's sentence: a count whose sentence names any day keeps its
      // reading.
      // (The day a source spoke, "said on Sunday", is no day of the count's.)
      const own = daysOf(at);
      const namesDay = own.dates.some((d) => d.kind !== 'vague' && !isReportingDate(own, d));
      carried.set(at, (day = namesDay ? null : carriedDay(at)));
    }
    // The day of 7 October carries only to that attack's own counts: "abducted on October 7.
    // Hamas says all four were killed …" was later.
    if (day === WAR_START && !OPENING_METRICS.has(f.metric)) return f;
    return day ? { ...f, asOf: day } : f;
  });

  function carriedDay(at: number): Day | null {
    const own = told[at];
    if (!own) return null;
    for (let i = at - 1; i >= 0 && told[i]?.paragraph === own.paragraph; i--) {
      const day = dayAt(i);
      if (day) return day;
    }
    // "June 8, 2024: Rescue in Nuseirat" over the entry: a timeline's heading dates the
    // paragraph under it.
    const heading = headingDay(at);
    if (heading) return heading;
    if (FOLLOWS_ON.test(own.text.trim())) {
      for (let i = at - 1; i >= 0 && (told[i]?.paragraph ?? -1) >= own.paragraph - 1; i--) {
        const day = dayAt(i);
        if (day) return day;
      }
    }
    const named = namedEventDay(at);
    if (named) return named;
    // "Seven aid workers were killed in an Israeli strike." … "The convoy was hit on Monday
    // evening": a story's lead counts the event its next lines date.
    if (own.paragraph <= LEAD_PARAGRAPHS) {
      const ahead = leadEventDay(at);
      if (ahead) return ahead;
    }
    // A story tells one day's events: a count that names no day of its own, a few paragraphs
    // after the last event the story counted and dated, is of that day ("Israeli forces freed
    // four hostages on Saturday. … The ministry said 210 people were killed in the assault").
    // Not a count the sentence sets at another time ("a recent raid", "since October").
    const { tokens } = daysOf(at);
    const ownSince = tokens.some((t, i) => t.lower === 'since' && !isRecordSince(tokens, i));
    if (OTHER_TIME.test(own.text) || ownSince) return null;
    for (let i = at - 1; i >= 0 && (told[i]?.paragraph ?? -1) >= own.paragraph - STORY_REACH; i--) {
      const day = countedDay(i);
      if (day) return day;
    }
    return null;
  }

  /** The first day a strike or attack is told on, in the two paragraphs after the lead's. */
  function leadEventDay(at: number): Day | null {
    const own = told[at];
    if (!own) return null;
    for (let i = at + 1; i < told.length && (told[i]?.paragraph ?? 0) <= own.paragraph + 2; i++) {
      const day = dayAt(i);
      if (!day) continue;
      // Only a day the story's event is told on ("was hit on Monday", "the strike on Monday"),
      // not the first day any sentence names.
      return STRUCK.test(told[i]?.text ?? '') && day !== WAR_START ? day : null;
    }
    return null;
  }

  /** The day of a timeline heading set as the paragraph right above the sentence's own. */
  function headingDay(at: number): Day | null {
    const own = told[at];
    if (!own) return null;
    let i = at - 1;
    while (i >= 0 && told[i]?.paragraph === own.paragraph) i--;
    const above = told[i];
    if (
      !above ||
      above.paragraph !== own.paragraph - 1 ||
      told[i - 1]?.paragraph === above.paragraph
    )
      return null;
    const { tokens, dates } = daysOf(i);
    const first = dates[0];
    if (!first || first.from !== 0 || dates.length > 1) return null;
    // The date alone, or the date and a short title after a colon or a dash, no sentence.
    const rest = tokens.slice(first.to);
    const titled =
      rest.length === 0 ||
      ([':', '–', '—', '-'].includes(rest[0]?.text ?? '') &&
        rest.length <= 10 &&
        !/[.!?]$/.test(above.text.trim()));
    return titled ? dayAt(i) : null;
  }

  /** The day of the last sentence (within three paragraphs) that dated the event named again. */
  function namedEventDay(at: number): Day | null {
    const own = told[at];
    const noun = own ? definiteEvent(own.text) : null;
    if (!own || !noun) return null;
    const names = new RegExp(`\\b${noun}s?\\b`, 'i');
    for (let i = at - 1; i >= 0 && (told[i]?.paragraph ?? -1) >= own.paragraph - 3; i--) {
      if (!names.test(told[i]?.text ?? '')) continue;
      const day = dayAt(i);
      if (day) return day;
    }
    return null;
  }
}

/** Each sentence's index by its text, then its paragraph (the last, for a sentence told twice). */
export type SentenceIndex = Map<string, Map<number, number>>;

// (By the text itself, not a key joined from paragraph and text: a figure's sentence is the
// told sentence's own string, whose hash is worked out once, and no key is built per figure.)
export function indexSentences(told: readonly ToldSentence[]): SentenceIndex {
  const index: SentenceIndex = new Map();
  told.forEach((s, i) => {
    let byParagraph = index.get(s.text);
    if (!byParagraph) index.set(s.text, (byParagraph = new Map<number, number>()));
    byParagraph.set(s.paragraph, i);
  });
  return index;
}

/** Words that set a count at a time of its own, apart from the day the story tells. */
const OTHER_TIME =
  /\b(?:recent(?:ly)?|earlier|previous(?:ly)?|so far|to date|in total|last (?:week|month|year)|past (?:week|month|year|few)|over the (?:weekend|week))\b/i;

/** The paragraphs of a story's lead (0 is a headline or the first paragraph). */
const LEAD_PARAGRAPHS = 1;

/** Words that tell a strike or attack happening. */
const STRUCK =
  /\b(?:was|were) (?:hit|struck|bombed|shelled|targeted|attacked)\b|\b(?:strike|airstrike|air strike|attack|raid|explosion|blast) (?:on|late on|early on)\b/i;

/** How many paragraphs back the day a story last told still dates its undated counts. */
const STORY_REACH = 3;
