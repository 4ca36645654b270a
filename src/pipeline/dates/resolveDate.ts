// Turns a date expression into a day, read against the article's publication date and the tense
// of its sentence. Never reads the clock: without a publication date, only dates that carry
// their own year resolve. Pure.
import { addDays, makeDay, weekday, yearOf, type Day } from './calendar.ts';
import type { DateMention } from './dateMentions.ts';

/**
 * The day the war began. "Oct. 7" without a year names that day in coverage of this war, in
 * 2024 and 2025 articles too, so it is not read as the most recent 7 October.
 */
export const WAR_START: Day = '2023-10-07';

export type Tense = 'past' | 'future';

/** "7 October", "Oct. 7, 2023": the war's first day (a 7 October of another year is not). */
export function isWarStartDay(d: DateMention): boolean {
  return d.kind === 'day' && d.month === 10 && d.day === 7 && (d.year ?? 2023) === 2023;
}

/**
 * Whether a text may name the war's first day (isWarStartDay of a mention in it): its day is
 * written with a 7 ("Oct. 7", "07/10/2023"), its month as October or a 10. False only when it
 * surely names none: a sentence's days need not be read to know.
 */
export function mayNameWarStart(text: string): boolean {
  return text.includes('7') && (text.includes('10') || /oct/i.test(text));
}

/** The years a report of this war can speak of without naming one. */
const WAR_YEARS = [2023, 2024, 2025, 2026, 2027];

/**
 * "Tuesday, March 18" in an undated article: the one day of the war's years that falls on that
 * weekday (18 March 2025), or none when two years fit.
 */
function yearFromWeekday(m: { month: number; day: number; weekday?: number }): Day | null {
  const fits = WAR_YEARS.map((y) => makeDay(y, m.month, m.day)).filter(
    (d): d is Day => d !== null && d >= WAR_START && weekday(d) === m.weekday,
  );
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * "Dec. 15:" in an undated timeline after "Nov. 24, 2023": the first such day on or after the
 * last day the text named, as a reader follows a chronology.
 */
function dayAfter(m: { month: number; day: number }, last: Day): Day | null {
  const year = yearOf(last);
  const candidates = [year - 1, year, year + 1]
    .map((y) => makeDay(y, m.month, m.day))
    .filter((d): d is Day => d !== null);
  const ahead = candidates.find((d) => d >= last) ?? null;
  const back = candidates.findLast((d) => d < last) ?? null;
  // "Rome, 15 Jul 2025 …" then "five soldiers were killed on July 7": a day a week before the
  // last is told looking back, not a year ahead (a chronology's steps forward are shorter
  // than four times the step back).
  if (back && (!ahead || daysBetween(back, last) * 4 < daysBetween(last, ahead))) return back;
  return ahead;
}

const daysBetween = (from: Day, to: Day) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * `lastNamed`, used only without a publication date, is the last day the article named before
 * the sentence: a yearless date of a chronology follows it.
 */
export function resolveDate(
  mention: DateMention,
  published: Day | null,
  tense: Tense,
  lastNamed: Day | null = null,
): Day | null {
  switch (mention.kind) {
    case 'day': {
      if (mention.year !== null) return makeDay(mention.year, mention.month, mention.day);
      if (isWarStartDay(mention)) return WAR_START;
      if (!published) {
        if (mention.weekday !== undefined) return yearFromWeekday(mention);
        return lastNamed ? dayAfter(mention, lastNamed) : null;
      }
      const year = yearOf(published);
      const candidates = [year - 1, year, year + 1]
        .map((y) => makeDay(y, mention.month, mention.day))
        .filter((d): d is Day => d !== null);
      const past = [...candidates].reverse().find((d) => d <= published) ?? null;
      if (tense === 'past') return past;
      // "would release four hostages on 8 June" a week after 8 June: a plan of days gone by,
      // not one a year ahead. A plan looks at most half a year forward.
      const ahead = candidates.find((d) => d >= published) ?? null;
      return ahead && ahead <= addDays(published, 183) ? ahead : (past ?? ahead);
    }
    case 'weekday': {
      if (!published) return null;
      const today = weekday(published);
      const back = (today - mention.weekday + 7) % 7;
      const ahead = (mention.weekday - today + 7) % 7;
      if (mention.relative === 'last') return addDays(published, -(back === 0 ? 7 : back));
      if (mention.relative === 'next' || tense === 'future') return addDays(published, ahead);
      return addDays(published, -back);
    }
    case 'relative':
      return published ? addDays(published, mention.offset) : null;
    case 'shift': {
      const base = resolveDate(mention.base, published, tense);
      return base ? addDays(base, mention.days) : null;
    }
    case 'vague':
      return null;
  }
}
