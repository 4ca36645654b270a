// Date expressions in a tokenized sentence: "Oct. 7", "7 October 2023", "the 18th of March",
// "26/11/2023", "on Tuesday", "Tuesday, March 18", "Sunday evening", "yesterday", "last night",
// "two days ago", "a day after Friday's exchange", and what names no day ("last week",
// "in December", "in 2023"). Pure.
import { isCapitalized, stem, type Token } from '../figures/tokens.ts';
import { makeDay } from './calendar.ts';
import { monthNumber } from './monthNames.ts';
import { WAR_START } from './resolveDate.ts';
import type { DateMention } from './dateMention.ts';
import { withDayShifts } from './dayShifts.ts';
import { wordTable } from '../wordTable.ts';

export type { DateMention } from './dateMention.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE: Readonly<Record<string, number>> = wordTable({
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
});
/** "this morning", "last night": parts of the publication day or of the day before. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const COUNTS: Readonly<Record<string, number>> = wordTable({
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
});
/** Names with a weekday in them: "Black Saturday", "The Sunday Times". */
const NAME_BEFORE = new Set(['black', 'bloody', 'good', 'holy', 'super', 'ash', 'palm', 'easter']);
const NAME_AFTER = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'star']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
/** The lower-case words a date expression can start with. */
const STARTERS = new Set([
  ...Object.keys(RELATIVE).flatMap((w) => [w, `${w}'s`]),
  ...Object.keys(COUNTS),
  'this',
  'last',
  'next',
]);

function isMonth(t: Token | undefined): boolean {
  // (monthNumber first: it rules out most words at once.)
  return t !== undefined && monthNumber(t.text) !== null && /^[A-Z]/.test(t.text);
}

function dayNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== 'digits' || !/^\d{1,2}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : null;
}

function yearNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== 'digits' || !/^\d{4}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1900 && n <= 2100 ? n : null;
}

function weekdayOf(t: Token | undefined): number {
  if (!t || !/^[A-Z]/.test(t.text)) return -1;
  return WEEKDAYS.indexOf(stem(t.lower));
}

/** Whether a capitalized word that is no starter may start a date: a month or a weekday. */
function namesDate(t: Token): boolean {
  return monthNumber(t.text) !== null || weekdayOf(t) >= 0;
}

/** "yesterday's" → "yesterday". */
function withoutS(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** The token after a day number: past an ordinal suffix ("18th"). */
function afterDay(tokens: readonly Token[], j: number): number {
  const next = tokens[j + 1];
  return next && ORDINAL_SUFFIX.has(next.lower) && next.start === tokens[j]?.end ? j + 2 : j + 1;
}

/** What joins the two days of a range: "24-30", "18 to 20". */
const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'through', 'until']);

/** Month D[, YYYY] or D Month [YYYY] or "the 18th of March" at i, with where it ends. */
function monthDay(
  tokens: readonly Token[],
  i: number,
): { to: number; month: number; day: number; year: number | null } | null {
  const t = tokens[i];
  if (isMonth(t)) {
    let j = i + 1;
    if (tokens[j]?.text === '.') j++;
    const day = dayNumber(tokens[j]);
    if (day === null) return null;
    let to = afterDay(tokens, j);
    const k = tokens[to]?.text === ',' ? to + 1 : to;
    const year = yearNumber(tokens[k]);
    if (year !== null) to = k + 1;
    // "November 24-30, 2023", "March 18 to 20, 2025": the range's year is its first day's too.
    else if (RANGE_WORDS.has(tokens[to]?.lower ?? '') && dayNumber(tokens[to + 1]) !== null) {
      const end = afterDay(tokens, to + 1);
      const y = end + (tokens[end]?.text === ',' ? 1 : 0);
      const rangeYear = yearNumber(tokens[y]);
      if (rangeYear !== null)
        return { to: y + 1, month: monthNumber(t?.text ?? '') ?? 1, day, year: rangeYear };
    }
    return { to, month: monthNumber(t?.text ?? '') ?? 1, day, year };
  }
  const day = dayNumber(t);
  if (day === null) return null;
  let j = afterDay(tokens, i);
  // "the 18th of March"
  if (j === i + 2 && tokens[j]?.lower === 'of') j++;
  if (!isMonth(tokens[j])) return null;
  let to = j + 1;
  if (tokens[to]?.text === '.') to++;
  const k = tokens[to]?.text === ',' ? to + 1 : to;
  const year = yearNumber(tokens[k]);
  if (year !== null) to = k + 1;
  return { to, month: monthNumber(tokens[j]?.text ?? '') ?? 1, day, year };
}

// (Module-level, not made at each token: a loader that keeps names names every closure made.)
/** Whether token k follows token k - 1 with no space between. */
function joined(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.start === tokens[k - 1]?.end;
}

/** A digits token's value. */
function digitsValue(t: Token | undefined): number {
  return Number(t?.text);
}

/**
 * "26/11/2023", "11/26/2023", "2024-03-05", and "10/7" (the war's first day, as US and Israeli
 * English write it). Day and month that cannot be told apart ("05/06/2024") name no day.
 */
function numericDate(
  tokens: readonly Token[],
  i: number,
): { to: number; month: number; day: number; year: number | null } | 'ambiguous' | null {
  const a = tokens[i];
  const sep = tokens[i + 1]?.text;
  const b = tokens[i + 2];
  // "7.10.2023", "06.03.2024": day first, as European and Israeli pages write it (the tokenizer
  // reads "7.10" as one decimal number).
  const dotted = /^(\d{1,2})\.(\d{1,2})$/.exec(a?.text ?? '');
  if (
    dotted &&
    sep === '.' &&
    /^\d{4}$/.test(b?.text ?? '') &&
    joined(tokens, i + 1) &&
    joined(tokens, i + 2)
  ) {
    const [day, month] = [Number(dotted[1]), Number(dotted[2])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31
      ? { to: i + 3, month, day, year: Number(b?.text) }
      : null;
  }
  if (!a || a.kind !== 'digits' || (sep !== '/' && sep !== '-') || b?.kind !== 'digits')
    return null;
  if (!joined(tokens, i + 1) || !joined(tokens, i + 2)) return null;
  const hasThird =
    tokens[i + 3]?.text === sep &&
    tokens[i + 4]?.kind === 'digits' &&
    joined(tokens, i + 3) &&
    joined(tokens, i + 4);
  const c = hasThird ? tokens[i + 4] : undefined;
  const to = hasThird ? i + 5 : i + 3;
  if (sep === '-') {
    // ISO: 2024-03-05
    if (!c || !/^\d{4}$/.test(a.text) || b.text.length !== 2 || c.text.length !== 2) return null;
    return { to, month: digitsValue(b), day: digitsValue(c), year: digitsValue(a) };
  }
  if (!c) return a.text === '10' && b.text === '7' ? { to, month: 10, day: 7, year: null } : null;
  if (!/^\d{4}$/.test(c.text) || a.text.length > 2 || b.text.length > 2) return null;
  const [x, y] = [digitsValue(a), digitsValue(b)];
  if (x > 12 && y <= 12) return { to, month: y, day: x, year: digitsValue(c) };
  if (y > 12 && x <= 12) return { to, month: x, day: y, year: digitsValue(c) };
  if (x === y && x <= 12) return { to, month: x, day: x, year: digitsValue(c) };
  // "07/10/2023": of the two readings, only 7 October falls in this war; take the one that does.
  const year = digitsValue(c);
  const inWar = (month: number, day: number) => (makeDay(year, month, day) ?? '') >= WAR_START;
  if (inWar(y, x) !== inWar(x, y))
    return inWar(y, x) ? { to, month: y, day: x, year } : { to, month: x, day: y, year };
  return 'ambiguous';
}

export function findDateMentions(tokens: readonly Token[]): DateMention[] {
  const found: DateMention[] = [];
  // "Sunday, Nov. 26": a weekday followed by its date is that date, from the weekday on.
  let weekdayFrom: { from: number; weekday: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // Most words start no date: a lower-case word only when it is one of the few that can.
    // (A capitalized word only when it names a month or a weekday.)
    if (
      t.kind === 'punct' ||
      (t.kind === 'word' && !STARTERS.has(t.lower) && !(isCapitalized(t) && namesDate(t)))
    )
      continue;
    const dated = weekdayFrom;
    weekdayFrom = null;
    const from = dated?.from ?? i;
    const date = monthDay(tokens, i);
    if (date) {
      const day: DateMention = { kind: 'day', from, ...date };
      if (dated) day.weekday = dated.weekday;
      found.push(day);
      i = date.to - 1;
      continue;
    }
    if (isMonth(t)) {
      const y = yearNumber(tokens[i + 1]);
      found.push({ kind: 'vague', from: i, to: y !== null ? i + 2 : i + 1 });
      continue;
    }
    const numeric = t.kind === 'digits' ? numericDate(tokens, i) : null;
    if (numeric) {
      if (numeric === 'ambiguous') found.push({ kind: 'vague', from: i, to: i + 5 });
      else found.push({ kind: 'day', from: i, ...numeric });
      i = (numeric === 'ambiguous' ? i + 5 : numeric.to) - 1;
      continue;
    }
    const weekday = weekdayOf(t);
    if (weekday >= 0) {
      if (NAME_BEFORE.has(tokens[i - 1]?.lower ?? '') || NAME_AFTER.has(tokens[i + 1]?.lower ?? ''))
        continue;
      // "Tuesday, March 18", "Monday August 26", "Friday 24 November" (not "Friday 24 Israelis")
      const k = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      if (monthDay(tokens, k)) {
        weekdayFrom = { from: i, weekday };
        i = k - 1;
        continue;
      }
      const prev = tokens[i - 1]?.lower;
      const relative =
        prev === 'last' ? 'last' : prev === 'next' || prev === 'this' ? 'next' : null;
      found.push({ kind: 'weekday', from: relative ? i - 1 : i, to: i + 1, weekday, relative });
      continue;
    }
    // "yesterday", "yesterday's strike"
    const relativeDay = RELATIVE[withoutS(t.lower)];
    if (relativeDay !== undefined) {
      found.push({ kind: 'relative', from: i, to: i + 1, offset: relativeDay });
      continue;
    }
    const next = tokens[i + 1]?.lower ?? '';
    // "this morning", "last night"
    if ((t.lower === 'this' || t.lower === 'last') && DAY_PARTS.has(next)) {
      const offset = t.lower === 'last' ? -1 : 0;
      if (t.lower === 'this' || next === 'night')
        found.push({ kind: 'relative', from: i, to: i + 2, offset });
      i++;
      continue;
    }
    // "two days ago"
    const count =
      COUNTS[t.lower] ?? (t.kind === 'digits' && /^\d$/.test(t.text) ? Number(t.text) : null);
    if (count !== null && /^days?$/.test(next) && tokens[i + 2]?.lower === 'ago') {
      found.push({ kind: 'relative', from: i, to: i + 3, offset: -count });
      i += 2;
      continue;
    }
    if (
      (t.lower === 'last' || t.lower === 'this' || t.lower === 'next') &&
      /^(week|month|year|weekend)$/.test(next)
    ) {
      found.push({ kind: 'vague', from: i, to: i + 2 });
      i++;
      continue;
    }
    if (
      yearNumber(t) !== null &&
      ['in', 'of', 'since', 'during'].includes(tokens[i - 1]?.lower ?? '')
    ) {
      found.push({ kind: 'vague', from: i, to: i + 1 });
    }
  }
  return withDayShifts(tokens, found);
}
