// Numbers and days written the same way everywhere, independent of the reader's locale and
// time zone, so screenshots, exports and tests agree.
import type { Qualifier, Scope } from '../../dataset/schema.ts';

const numberFormat = new Intl.NumberFormat('en-US');
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'short',
  year: 'numeric',
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Milliseconds since the epoch for a YYYY-MM-DD day, at UTC midnight. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "13 Feb 2024". */
export function formatDay(day: string): string {
  return dayFormat.format(dayToTime(day));
}

const dayMonthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});

/** "13 Feb", for axis ticks a few days apart. */
export function formatDayMonth(time: number): string {
  return dayMonthFormat.format(time);
}

/** "Feb 2024", for axis ticks. */
export function formatMonth(time: number): string {
  return monthFormat.format(time);
}

export const QUALIFIER_SYMBOL: Record<Qualifier, string> = {
  exact: '',
  approx: '≈',
  at_least: '≥',
  at_most: '≤',
};

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximate',
  at_least: 'at least',
  at_most: 'at most',
};

/** A figure's scope in words: a running total, or the count of one event. */
export const KIND_WORDS: Record<Scope, string> = {
  total: 'Running total',
  incident: 'One event',
};

/** "≈ 20,000": the value with its hedge, for places that show the number alone. */
export function formatHedgedValue(value: number, qualifier: Qualifier): string {
  const symbol = QUALIFIER_SYMBOL[qualifier];
  return symbol ? `${symbol} ${formatNumber(value)}` : formatNumber(value);
}
