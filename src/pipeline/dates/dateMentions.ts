// Date expressions in a tokenized sentence: "Oct. 7", "7 October 2023", "on Tuesday",
// "Sunday evening", "yesterday", "last week", "in December", "in 2023". Pure.
import type { Token } from '../figures/tokens.ts';
import { monthNumber } from './monthNames.ts';

export type DateMention =
  | { kind: 'day'; from: number; to: number; month: number; day: number; year: number | null }
  | { kind: 'weekday'; from: number; to: number; weekday: number; relative: 'last' | 'next' | null }
  | { kind: 'relative'; from: number; to: number; offset: number }
  | { kind: 'vague'; from: number; to: number };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE: Readonly<Record<string, number>> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
};

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z]/.test(t.text) && monthNumber(t.text) !== null;
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

export function findDateMentions(tokens: readonly Token[]): DateMention[] {
  const found: DateMention[] = [];
  // "Sunday, Nov. 26": a weekday followed by its date is that date, from the weekday on.
  let weekdayFrom: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const from = weekdayFrom ?? i;
    weekdayFrom = null;
    // Month D[, YYYY]
    if (isMonth(t)) {
      let j = i + 1;
      if (tokens[j]?.text === '.') j++;
      const day = dayNumber(tokens[j]);
      if (day !== null) {
        let end = j + 1;
        let year: number | null = null;
        const k = tokens[end]?.text === ',' ? end + 1 : end;
        const y = yearNumber(tokens[k]);
        if (y !== null) {
          year = y;
          end = k + 1;
        }
        found.push({ kind: 'day', from, to: end, month: monthNumber(t.text) ?? 1, day, year });
        i = end - 1;
        continue;
      }
      const y = yearNumber(tokens[j]);
      found.push({ kind: 'vague', from: i, to: y !== null ? j + 1 : i + 1 });
      continue;
    }
    // D Month [YYYY]
    const day = dayNumber(t);
    if (day !== null && isMonth(tokens[i + 1])) {
      let end = i + 2;
      if (tokens[end]?.text === '.') end++;
      const y = yearNumber(tokens[end]);
      if (y !== null) end++;
      found.push({
        kind: 'day',
        from,
        to: end,
        month: monthNumber(tokens[i + 1]?.text ?? '') ?? 1,
        day,
        year: y,
      });
      i = end - 1;
      continue;
    }
    const weekday = WEEKDAYS.indexOf(t.lower.replace(/'s$/, ''));
    if (weekday >= 0 && /^[A-Z]/.test(t.text)) {
      const next = tokens[i + 2];
      if (
        tokens[i + 1]?.text === ',' &&
        (isMonth(next) || (dayNumber(next) !== null && isMonth(tokens[i + 3])))
      ) {
        weekdayFrom = i;
        i++;
        continue;
      }
      const prev = tokens[i - 1]?.lower;
      const relative =
        prev === 'last' ? 'last' : prev === 'next' || prev === 'this' ? 'next' : null;
      found.push({ kind: 'weekday', from: relative ? i - 1 : i, to: i + 1, weekday, relative });
      continue;
    }
    if (t.lower in RELATIVE) {
      found.push({ kind: 'relative', from: i, to: i + 1, offset: RELATIVE[t.lower] ?? 0 });
      continue;
    }
    if (
      (t.lower === 'last' || t.lower === 'this' || t.lower === 'next') &&
      /^(week|month|year|weekend)$/.test(tokens[i + 1]?.lower ?? '')
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
  return found;
}
