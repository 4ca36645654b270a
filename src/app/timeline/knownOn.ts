// Stepping the dashboard through time ("as known on a day", known= in the URL): a day or a
// week back and forward, and the steps of playing through the span of publication days. Pure.
import { DAY_MS } from '../filters/figureColumns.ts';
import { dayToTime, timeToDay } from '../format/format.ts';

/** The first and last publication day of the dataset, or null when no article has one. */
export type PublishedSpan = { first: string; last: string } | null;

export function publishedSpan(publishedDays: readonly string[]): PublishedSpan {
  const first = publishedDays[0];
  const last = publishedDays[publishedDays.length - 1];
  return first === undefined || last === undefined ? null : { first, last };
}

export function addDays(day: string, days: number): string {
  return timeToDay(dayToTime(day) + days * DAY_MS);
}

/**
 * The day `days` away from `knownOn`, kept within the span. No day set reads as the latest
 * publication day: every article is known then.
 */
export function stepKnownOn(knownOn: string | null, days: number, span: PublishedSpan): string {
  if (span === null) return addDays(knownOn ?? timeToDay(Date.UTC(2024, 0, 1)), days);
  const next = addDays(knownOn ?? span.last, days);
  return next < span.first ? span.first : next > span.last ? span.last : next;
}

/** Whether a step of `days` would move: not past either end of the span. */
export function canStep(knownOn: string | null, days: number, span: PublishedSpan): boolean {
  if (span === null) return false;
  const at = knownOn ?? span.last;
  return days < 0 ? at > span.first : at < span.last;
}

/** Days per step of play: a week, or a day when the whole span is under eight weeks. */
export function playStep(span: PublishedSpan): number {
  if (span === null) return 7;
  return (dayToTime(span.last) - dayToTime(span.first)) / DAY_MS < 56 ? 1 : 7;
}

/**
 * Where play starts: from the day shown, or from the first publication day when no day is set
 * or the last one is reached (playing again starts over).
 */
export function playStart(knownOn: string | null, span: PublishedSpan): string | null {
  if (span === null) return null;
  return knownOn === null || knownOn >= span.last || knownOn < span.first ? span.first : knownOn;
}

/** The next day of play, or null once the last publication day is shown (play stops). */
export function playNext(knownOn: string, span: PublishedSpan): string | null {
  if (span === null || knownOn >= span.last) return null;
  return stepKnownOn(knownOn, playStep(span), span);
}
