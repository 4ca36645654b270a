// The day a story was written, which its figures are read against. Pure.
import { addDays, makeDay, yearOf, type Day } from './calendar.ts';

/**
 * A wire story datelined "GAZA, Jan. 4 (Xinhua) --" is often posted the next morning on a
 * page dated January 5 (a time zone to the east, or a late edition): its totals, "yesterday"
 * and "on Thursday" belong to the dateline's day. Only a dateline one or two days before the
 * page's date counts; any other gap is taken for a mistake, and the page's date stands.
 */
export function reportDay(
  published: Day | null,
  dateline: { month: number; day: number } | null,
): Day | null {
  if (!published || !dateline) return published;
  for (const year of [yearOf(published), yearOf(published) - 1]) {
    const day = makeDay(year, dateline.month, dateline.day);
    if (day && (addDays(day, 1) === published || addDays(day, 2) === published)) return day;
  }
  return published;
}
