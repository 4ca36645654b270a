// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no local time zone leaks in.

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function makeDay(year: number, month: number, day: number): Day | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    year < 1900 ||
    year > 2999
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD, or null ("2023-13-45" is null). */
export function parseDay(value: string): Day | null {
  const m = DAY_RE.exec(value);
  if (!m) return null;
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Accepts a day or an ISO timestamp ("2024-03-02T08:15:00+00:00") and keeps the day as written. */
export function normalizeDay(value: unknown): Day | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  return m?.[1] ? parseDay(m[1]) : null;
}

function toDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay();
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}
