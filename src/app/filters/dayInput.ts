// Days typed into the date fields, read the way the page writes them ("7 Oct 2023") or as
// YYYY-MM-DD; month names in full or short ("Sept" too), the month before the day as well
// ("Oct 7, 2023"). Numeric forms like 07/10/2023 are refused: whether that is July or October
// depends on where the reader is from.
import { isIsoDay } from '../url/viewState.ts';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => w.startsWith(m));
  if (index === -1) return null;
  // The word must be the month's name or a start of it ("sept", "october"), nothing else.
  const full = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2000, index, 1))
    .toLowerCase();
  return full.startsWith(w) ? index + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A typed day as YYYY-MM-DD; '' for an empty field; null when it is not a day. */
export function parseDayInput(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return '';
  if (isIsoDay(t)) return t;
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z.]+),? (\d{4})$/i.exec(t);
  const monthFirst = /^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(t);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] }
      : null;
  if (!parts) return null;
  const month = monthNumber(parts.month ?? '');
  if (month === null) return null;
  const iso = `${parts.year ?? ''}-${pad(month)}-${pad(Number(parts.day))}`;
  return isIsoDay(iso) ? iso : null;
}
