// A live blog's entries, each under a line of its own that stamps its day and time ("Wed, 18
// Oct - 21:40", "18 October 2023 09:12 BST"): each entry is read against its own day, not the
// page's (the page may carry the first entry's date, or the last's). Pure.
import { makeDay, type Day } from './calendar.ts';
import { MONTH_PATTERN, monthNumber } from './monthNames.ts';

const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\.?,?\\s+)?';
const DAY_MONTH = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?)`;
const YEAR = '(?:,?\\s+(\\d{4}))?';
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?';
const JOIN = '\\s*(?:[-–—,·|•]|\\bat\\b)?\\s*';

/** A line that is only a stamp: a date (its year may be left out) and a time, in either order. */
const STAMP = new RegExp(
  `^(?:${WEEKDAY}${DAY_MONTH}${YEAR}${JOIN}${CLOCK}|${CLOCK}${JOIN}${WEEKDAY}${DAY_MONTH}${YEAR})\\.?$`,
  'i',
);

/** A line that is only a time of day ("7:48 PM IST", "14:20 GMT"): an entry of the page's day. */
const TIME_ONLY = new RegExp(`^${CLOCK}$`, 'i');

/** A live blog stamped with times alone has at least this many of them. */
const LEAST_TIMES = 3;

/** A short line with a time of day: what every stamp line is. */
const mayStamp = (line: string) => line.length <= 60 && /\d[:.]\d\d/.test(line);

/** A live blog has at least this many stamp lines (one may be the page's own date line). */
const LEAST_STAMPS = 2;

/**
 * The day a stamp line gives, its year taken from the page's date when left out (the year
 * that puts it nearest that date: a blog opened on 30 December runs into January).
 */
export function readEntryStamp(line: string, published: Day | null): Day | null {
  const trimmed = line.trim();
  if (trimmed.length > 60) return null;
  const m = STAMP.exec(trimmed);
  if (!m) return null;
  // The groups of whichever order matched: day, month, month, day, year (date first), then
  // the same five (time first).
  const g = m.slice(1);
  const at = g[0] !== undefined || g[2] !== undefined ? 0 : 5;
  const day = Number(g[at] ?? g[at + 3]);
  const month = monthNumber(g[at + 1] ?? g[at + 2] ?? '');
  const year = g[at + 4];
  if (!month) return null;
  if (year) return makeDay(Number(year), month, day);
  if (!published) return null;
  const base = Number(published.slice(0, 4));
  let best: Day | null = null;
  for (const y of [base - 1, base, base + 1]) {
    const candidate = makeDay(y, month, day);
    if (candidate && (!best || distance(candidate, published) < distance(best, published)))
      best = candidate;
  }
  return best;
}

const distance = (a: Day, b: Day) => Math.abs(Date.parse(a) - Date.parse(b));

/**
 * For each paragraph, the day of the live entry it belongs to (the stamp line last before
 * it), or null outside any entry; null for the whole text when it is no live blog.
 */
export function liveEntryDays(
  paragraphs: readonly string[],
  published: Day | null,
): (Day | null)[] | null {
  // (Most articles have no short line with a time of day: they are passed over at once.)
  if (!paragraphs.some(mayStamp)) return null;
  const stamps = paragraphs.map((p) => (mayStamp(p) ? readEntryStamp(p, published) : null));
  // ("7:48 PM IST" over each entry: a blog of one day stamps its entries with times alone,
  // and they are of the page's day.)
  if (stamps.every((s) => s === null) && published !== null) {
    const times = paragraphs.map((p) =>
      mayStamp(p) && TIME_ONLY.test(p.trim()) ? published : null,
    );
    if (times.filter((t) => t !== null).length < LEAST_TIMES) return null;
    let current: Day | null = null;
    return times.map((t) => (current = t ?? current));
  }
  if (stamps.filter((s) => s !== null).length < LEAST_STAMPS) return null;
  let current: Day | null = null;
  return stamps.map((stamp) => (current = stamp ?? current));
}
