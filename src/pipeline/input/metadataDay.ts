// The day a format's own metadata gives ("2023-11-12T21:03:00Z", "Sun, 12 Nov 2023 21:03:00
// GMT", "November 12, 2023", "12/11/2023", "20231112"): the forms sites put in meta tags,
// JSON-LD and front matter. Pure.
import { normalizeDay, makeDay, type Day } from '../dates/calendar.ts';
import { readFullDate } from '../clean/pageDate.ts';

/** "20231112", "20231112T210300": a day written without separators. */
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|\s|$)/;

export function metadataDay(value: unknown): Day | null {
  const day = normalizeDay(value);
  if (day || typeof value !== 'string') return day;
  // Written for people: an unclear numeric day reads day first, as most of the world writes it.
  const written = readFullDate(value, 'day-first')?.date;
  if (written) return written;
  const compact = COMPACT.exec(value.trim());
  return compact ? makeDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}
