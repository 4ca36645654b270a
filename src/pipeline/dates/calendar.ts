// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no local time zone leaks in.

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function makeDay(year: number, month: number, day: number): Day | null {
  // Whole-number arithmetic, no Date: the days Date.UTC gives back unchanged, in 1900–2999.
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    year < 1900 ||
    year > 2999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return null;
  }
  return writeDay(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** YYYY-MM-DD of a year of four digits. */
function writeDay(year: number, month: number, day: number): Day {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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

/**
 * Days since 1970-01-01 of a real day written YYYY-MM-DD (years 1000–9999), or null for any
 * other text (which goes the long way, through Date). Counted as in H. Hinnant's days_from_civil.
 */
function dayNumber(day: Day): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  const y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The decimal value of text[from, to), or -1 unless all of it is ASCII digits. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The day `n` days after 1970-01-01, when its year has four digits (else null). */
function dayOfNumber(n: number): Day | null {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return y >= 1000 && y <= 9999 ? writeDay(y, m, d) : null;
}

export function addDays(day: Day, n: number): Day {
  // Most days are plain: counted in whole numbers, without a Date (the same day Date gives).
  const from = Number.isSafeInteger(n) && Math.abs(n) < 1e6 ? dayNumber(day) : null;
  const to = from === null ? null : dayOfNumber(from + n);
  if (to !== null) return to;
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday.
  return n === null ? toDate(day).getUTCDay() : (((n + 4) % 7) + 7) % 7;
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}
