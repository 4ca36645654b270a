// The dates a news page prints around its story, as they come out in copied text: "Published:
// Thu 26 Oct 2023, 8:44 PM", "Posted Mar 6, 2024", "Updated 10:02 GMT on 2024-03-06", a line
// that is only a date ("Tuesday, March 5, 2024", "2024.03.05", "06.03.2024"), and the stamps of
// live-blog entries ("… published at 06:47 GMT 4 December 2023"). Pure.
import { makeDay, weekday, type Day } from '../dates/calendar.ts';
import { MONTH_PATTERN, monthNumber } from '../dates/monthNames.ts';

/** A date with its year, in any of the orders pages print (exported for a test). */
export const FULL_DATE = new RegExp(
  [
    // March 5, 2024 · Mar. 6 2024 · January 05, 2024 · March 5th, 2024 · Jan 08,2024 ·
    // Oct.24,2023
    `(?<m1>${MONTH_PATTERN})(?:\\s+|(?<=\\.))(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<y1>\\d{4})`,
    // 5 March 2024 · 26 Oct 2023 · 5th March, 2024 · 12-Nov-2023 · 21 December ,2023 · 16. Apr
    // 2025
    `(?<d2>\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+|-)(?<m2>${MONTH_PATTERN})(?:\\s*,\\s*|\\s+|-)(?<y2>\\d{4})`,
    // 2024-03-05 · 2024.03.05 · 2024/03/05
    `(?<y3>\\d{4})(?<s3>[-./])(?<m3>\\d{1,2})\\k<s3>(?<d3>\\d{1,2})`,
    // 06.03.2024 (day first, as written with dots) · 26/03/2024 or 03/26/2024 (when clear)
    `(?<a4>\\d{1,2})(?<s4>[-./])(?<b4>\\d{1,2})\\k<s4>(?<y4>\\d{4})`,
    // 12/13/23 08:05, 10/13/25 AT 4:05 AM: a year of two figures, on a date line with its time
    `(?<a5>\\d{1,2})\\/(?<b5>\\d{1,2})\\/(?<y5>\\d{2})(?=\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2})`,
  ]
    .map((p) => `(?<![\\d.])${p}(?![\\d])`)
    .join('|'),
  'i',
);

const FOUR_DIGITS = /\d{4}/;
const SHORT_YEAR = /\d\/\d{2}\s+(?:at\s+)?\d{1,2}[:.]\d{2}/i;

/**
 * A full date in the text: its day, or null when the order of day and month is unclear. A
 * page's own date line ("Issued on: 07/04/2024") reads an unclear one day first, as the
 * world's sites print numeric dates (US sites print the month's name).
 */
export function readFullDate(
  text: string,
  unclearSlash: 'none' | 'day-first' | 'month-first' = 'none',
): { date: Day | null; index: number; length: number } | null {
  // Every order has a four-digit year, or a two-figure one beside a time ("12/13/23 08:05"):
  // most lines, with neither, are passed over at once.
  if (!FOUR_DIGITS.test(text) && !SHORT_YEAR.test(text)) return null;
  const m = FULL_DATE.exec(text);
  const g = m?.groups;
  if (!m || !g) return null;
  const found = (date: Day | null) => ({ date, index: m.index, length: m[0].length });
  if (g.m1 || g.m2) {
    const month = monthNumber(g.m1 ?? g.m2 ?? '');
    return found(month ? makeDay(Number(g.y1 ?? g.y2), month, Number(g.d1 ?? g.d2)) : null);
  }
  if (g.y3) return found(makeDay(Number(g.y3), Number(g.m3), Number(g.d3)));
  const [a, b, year] = g.y5
    ? [Number(g.a5), Number(g.b5), 2000 + Number(g.y5)]
    : [Number(g.a4), Number(g.b4), Number(g.y4)];
  const slash = g.y5 ? '/' : g.s4;
  // Dots and dashes put the day first; a slash is read only when one side cannot be a month.
  if (slash !== '/' || (a > 12 && b <= 12)) return found(makeDay(year, b, a));
  if (b > 12 && a <= 12) return found(makeDay(year, a, b));
  if (a === b || unclearSlash === 'day-first') return found(makeDay(year, b, a));
  if (unclearSlash === 'month-first') return found(makeDay(year, a, b));
  return found(null);
}

/** Both readings of a date line whose day and month cannot be told apart ("10/05/2025"). */
export function unclearReadings(text: string): [Day, Day] | null {
  const m = /(?<![\d.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = makeDay(year, b, a);
  const monthFirst = makeDay(year, a, b);
  return dayFirst && monthFirst && dayFirst !== monthFirst ? [dayFirst, monthFirst] : null;
}

const LABEL =
  /^\(?(?:this (?:content|article|story|page|item) was )?(?:(?<updated>(?:last |latest )?(?:updated?|modified|edited|revised))|(?:first |originally )?(?:published|posted|issued|released)|date published|publish(?:ed)? date|publication date|date)(?:\s+on)?\s*:?\s*/i;
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?,?/gi;
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi;
const ZONE =
  /\b(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|IST|IDT|ET|EST|EDT|PT|PST|PDT|AST|GST|MSK|TRT|IRST|PKT|ICT|WIB|MYT|SGT|HKT|PHT|KST|JST|AEST|AEDT|ACST|AWST|NZST|NZDT|EAT|SAST|WAT|CAT|CT|CST|CDT|MT|MST|MDT|[A-Z][a-z]+ (?:Mean |Standard |Daylight )?Time|local time)\b|[+-]\d{2}:?\d{2}\b/g;
/**
 * "November 12, 20239:03 PM", "11/12/2023November 12, 2023": a year run into the time or the
 * words after it, where copying lost the space between two fields of a date line.
 */
const RUN_TOGETHER = /(?<=(?<!\d)(?:19|20)\d{2})(?=\d{1,2}[:.]\d{2}(?!\d)|[A-Z][a-z])/g;
/** "Updated 2 hours ago": a relative stamp beside the date. */
const AGO =
  /\b(?:updated\s+)?(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b|\b\d{1,2}\s*min(?:ute)?s?\s+read\b/gi;
/** The months of the Persian and Hijri calendars. */
const OTHER_CALENDAR_MONTH =
  "(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|Muharram|Safar|Rabi['‘’]?\\s?(?:al-)?(?:Awwal|Thani|Akhir)|Jumada\\s(?:al-)?(?:Ula|Awwal|Akhirah|Thani)|Rajab|Sha['‘’]?ban|Ramadan|Shawwal|Dhu\\s?al-(?:Qa['‘’]?dah|Hijjah))";
/**
 * "25 Mehr 1402", "8 Jumada al-Akhirah 1445", "Ramadan 28, 1445 AH": the same day in the
 * Persian or Hijri calendar.
 */
const OTHER_CALENDAR_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+${OTHER_CALENDAR_MONTH}|${OTHER_CALENDAR_MONTH}\\s+\\d{1,2},?)\\s+1[34]\\d{2}(?:\\s*(?:AH|A\\.H\\.|SH|H)\\b)?`,
  'gi',
);
/** "| 9 Sivan 5784": the same day in the Hebrew calendar, as Israeli sites print it. */
const HEBREW_MONTH =
  '(?:Tishrei|Tishri|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Shvat|Adar(?: I{1,2})?|Nisan|Iyar|Sivan|Tammuz|Tamuz|Av|Elul)';
/** "9 Sivan 5784", "Kislev 30, 5784". */
const HEBREW_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+${HEBREW_MONTH}\\s+57\\d{2}|${HEBREW_MONTH}\\s+\\d{1,2},?\\s+57\\d{2})\\b`,
  'gi',
);
const JOINERS = /\b(?:on|at|of)\b|[|,·•●▪■◆‧:()–—-]/gi;
/** "On December 12, 2023 9:14 pm In News by Agency": a section and a byline after the date. */
const SECTION_BYLINE =
  /(?:\b[Ii]n\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2}\s+)?\b[Bb]y\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*$/;

export interface PageDate {
  date: Day | null;
  /** "Updated …": the day the page last changed, not the day it came out. */
  updated: boolean;
  /** A line with a label ("Published: …") rather than a bare date. */
  labelled: boolean;
  /** The outlet a credit line names before its day ("Example de Fato | São Paulo | …"). */
  credit?: string;
}

/**
 * A line that is a page's date: a label and a date, or a date with no more than a time, a time
 * zone, a weekday and two stray words around it ("Wire) 14:05, March 07, 2024"). A sentence
 * that contains a date is not one.
 */
/** "[26/ January/2024]", "26/January/2024": a day, a month's name and a year between slashes. */
const SLASHED_FIELDS = /\[?\b(\d{1,2})\s*\/\s*([A-Z][a-z]{2,8})\s*\/\s*(\d{4})\b\]?/;

/** "Nov - 22 - 2024", "November-22-2024": a month's name, day and year joined by dashes. */
const DASHED_FIELDS = /\b([A-Z][a-z]{2,8}\.?)\s*-\s*(\d{1,2})\s*-\s*(\d{4})\b/;

/** A site's address before a dash and a date: "Example.com - 16/02/2025". */
const SITE_BEFORE_DASH = /^[A-Za-z][\w-]*\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2})\s+[-–—]\s+\d/i;

/** "Published Jan. 5": a labelled day with no year, the page's own. */
const PARTIAL_PUBLISHED = new RegExp(
  `^(?:first |originally )?(?:published|posted)(?: on)?:?\\s+(${MONTH_PATTERN})\\s+(\\d{1,2})\\b(?![,\\s]*\\d{4})`,
  'i',
);

/** The month and day of a labelled date line that gives no year ("Published Jan. 5"). */
export function readPartialPublished(line: string): { month: number; day: number } | null {
  const m = PARTIAL_PUBLISHED.exec(line.trim());
  const month = m ? monthNumber(m[1] ?? '') : null;
  const day = m ? Number(m[2]) : 0;
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}

/** A page's counter of views, reads or comments: "Views: 1,284", "2,310 reads". */
const COUNTER = /\b(?:views?|reads?)\s*:?\s*\d[\d,.]*|\b\d[\d,.]*\s+(?:views|reads)\b/gi;

export function readPageDate(line: string): PageDate | null {
  // Every date read below has the figures readFullDate looks for first: most lines, with
  // none, are passed over before their label and fields are looked for.
  if (!FOUR_DIGITS.test(line) && !SHORT_YEAR.test(line)) return null;
  // "2025-07-13 11:32 | Views: 1,284": a counter of readers beside the date is no part of it.
  const trimmed = (/iew|eads/i.test(line) ? line.replace(COUNTER, ' ') : line).trim();
  // "August 13, 2025 · Example Times Reporter · 4 Comments": the date first, then the byline
  // and other short fields (words, not a table row's figures).
  // ("World · July 28, 2025 · by Example Staff · 0 Comments", "**Issue 1427** · June 18, 2025 ·
  // *Jane Roe*": the date among such fields, wherever it stands.)
  if (trimmed.includes(' · ') || trimmed.includes(' | ')) {
    const fields = trimmed.split(/\s+[|·]\s+/).map((f) => f.replace(/^[*_]+|[*_]+$/g, ''));
    const short = (f: string) =>
      f.split(' ').length <= (/^by\s/i.test(f) ? 8 : 5) && /[A-Za-z]/.test(f);
    // (Before the date, a section or an issue of one or two words: not "Ceasefire takes
    // effect | January 19, 2025", a timeline's entry.)
    // (Nor "Example Newsroom | 2nd September 2024", an outlet's credit: read below.)
    // ("Author: Example Belgrade | 13.10.2025 14:27 | 0 shares": a byline field before it.)
    const label = (f: string) =>
      /^[A-Za-z]+(?: \d+)?$/.test(f) || /^(?:by|author|written by)\s*:?\s+\S.{0,40}$/i.test(f);
    for (let i = 0; i < fields.length && fields.length > 1; i++) {
      if (!fields.every((f, k) => k === i || (k < i ? label(f) : short(f)))) continue;
      const found = readPageDate(fields[i] ?? '');
      // (A date after other fields counts when it is a whole day: credits are read below.)
      if (found && (i === 0 || found.date)) return found;
    }
  }
  if (trimmed.length > 100) return readDateParts(trimmed);
  // (Looked for only where a year touches a digit or a capital: most lines have neither.)
  const joined = /\d{5}|\d{4}[A-Z]/.test(trimmed) ? trimmed.replace(RUN_TOGETHER, ' ') : trimmed;
  // "Nov - 22 - 2024 , 07:40": a month, day and year set apart by dashes.
  const dashed = joined.includes('-') ? joined.replace(DASHED_FIELDS, '$1 $2, $3') : joined;
  // "[26/ January/2024]": a day, a month's name and a year between slashes, in brackets.
  const text = dashed.includes('/') ? dashed.replace(SLASHED_FIELDS, '$1 $2 $3') : dashed;
  const label = LABEL.exec(text);
  // "12/04/2023 10:15 AM EST": a US time zone writes the month first; a labelled date
  // otherwise reads day first, as most of the world writes it.
  const full = readFullDate(
    text,
    US_ZONE.test(text) ? 'month-first' : label ? 'day-first' : 'none',
  );
  if (!full) return readDateParts(text);
  // "Monday 04/12/2023": the weekday settles which figure is the month.
  let date = full.date ?? byWeekday(text);
  let remainder = text.slice(0, full.index) + ' ' + text.slice(full.index + full.length);
  // "11/12/2023 November 12, 2023": the same day in figures and in words, as some pages print
  // it; the words settle which figure is the month.
  // An update's date is not a second form of the day: the fields are read apart, below.
  const again = UPDATE.test(remainder) ? null : readFullDate(remainder);
  if (again?.date && (again.date === date || unclearReadings(text)?.includes(again.date))) {
    date = again.date;
    remainder = remainder.slice(0, again.index) + ' ' + remainder.slice(again.index + again.length);
  }
  // "Rome, 15 Jul 2025 17:22 — Middle East": the place a dateline names before the day, and
  // the section after a dash.
  const placed = PLACE_BEFORE.test(text.slice(0, full.index));
  const rest = (placed ? remainder.replace(PLACE_LEAD, ' ').replace(SECTION_AFTER, ' ') : remainder)
    .replace(label?.[0] ?? '', ' ')
    .replace(AGO, ' ')
    .replace(HEBREW_DATE, ' ')
    .replace(OTHER_CALENDAR_DATE, ' ')
    .replace(WEEKDAY, ' ')
    .replace(TIME, ' ')
    .replace(ZONE, ' ')
    .replace(SECTION_BYLINE, ' ')
    // ("Published on 07/04/2024 - 12:05 By Jane Doe - Reporter at Example - City": a byline
    // after a labelled date, however long.)
    .replace(label ? BYLINE_TAIL : /^$/, ' ')
    .replace(JOINERS, ' ')
    .trim()
    // "This article was first published on June 8, 2024.": the sentence's own full stop.
    .replace(label ? /^\.$/ : /^$/, '');
  const words = rest ? rest.split(/\s+/).length : 0;
  // "The Example | 12/03/2024": an outlet's credit stamps its day as most of the world writes it.
  // ("Example.com - 16/02/2025, 14:20 WIB": a site named by its address, before a dash.)
  const fields = text.includes('|')
    ? text.split(/\s*\|\s*/)
    : SITE_BEFORE_DASH.test(text)
      ? text.split(/\s+[-–—]\s+/)
      : [];
  const credit = fields.length > 0 && creditFirst(fields, 1);
  // "Jane Q. Doe — 3 November 2025, 7:00am": an author's name set apart before the date.
  // (Not a headline in title case set before a bar: "Ceasefire Takes Effect | January 19,
  // 2025"; a name before a dash may end in -s or -ed: "Ali Mohammed —".)
  const author =
    words > 2 &&
    AUTHOR_BEFORE.test(text.slice(0, full.index)) &&
    PERSON.test(rest) &&
    !(text.includes('|') && TITLE_CASE_VERB.test(rest));
  if ((words > 2 && !author && !credit) || (words > 0 && /[.!?]["”’]?$/.test(text)))
    return readDateParts(text);
  if (!date && credit) date = readFullDate(text, 'day-first')?.date ?? null;
  // "March 19, 2025 (Example Japan)": the outlet in brackets after its day.
  const bracketed = credit ? null : BRACKETED_CREDIT.exec(text)?.[1];
  const outlet =
    credit && fields[0]
      ? creditName(fields[0])
      : bracketed && !ZONE.test(bracketed) && !DATE_LABEL_WORD.test(bracketed)
        ? bracketed
        : null;
  return {
    date,
    updated: Boolean(label?.groups?.updated),
    labelled: Boolean(label) || credit,
    ...(outlet ? { credit: outlet } : {}),
  };
}

/** A place of one to three capitalised words and a comma, all that stands before a date. */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*$/u;
const PLACE_LEAD = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},/u;
/** A section's name after a dash, closing a date line: "— Middle East", "– World & Politics". */
const SECTION_AFTER = /\s[—–-]\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:&|and|\p{Lu}[\p{L}’'-]*)){0,3}\s*$/u;

/** "By Jane Doe - Reporter at Example": a byline closing a labelled date line. */
const BYLINE_TAIL = /\s[Bb]y\s+\p{Lu}.*$/u;
/** A name and the dash or bar that sets it before a date: "Jane Q. Doe — ". */
const AUTHOR_BEFORE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+[—–|·]\s*$/u;
/** A verb of a headline in title case after its first word: "… Takes …", "… Ended …". */
const TITLE_CASE_VERB = / [A-Z][a-z]+(?:s|ed)\b/;
const PERSON = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** Words a date line may bracket that name no outlet: "(Updated)", "(Local Time)". */
const DATE_LABEL_WORD =
  /^(?:updated|published|edited|modified|local time|local|time|archive|archived|print|online|web)$/i;

/** "(Example Japan)" closing a date line: a name of one to four capitalised words in brackets. */
const BRACKETED_CREDIT = /\(((?:The )?[A-Z][\p{L}'’&.-]*(?: [A-Z][\p{L}'’&.-]*){0,3})\)\s*$/u;

const US_ZONE = /\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b/;

/** Weekdays by their first three letters, in the calendar's order (0 = Sunday). */
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The reading of an unclear "04/12/2023" whose weekday is the one the line names. */
function byWeekday(text: string): Day | null {
  const named = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i.exec(text)?.[1]?.toLowerCase();
  const readings = named ? unclearReadings(text) : null;
  if (!named || !readings) return null;
  const matching = readings.filter((day) => weekday(day) === WEEKDAY_NAMES.indexOf(named));
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

const RELATIVE_UPDATE =
  /^(?:last |latest )?updated?\s*:?\s*(?:\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|h|m|days?)\s*)+ago$/i;

/** Where readDateParts splits a line of one field: no bar, no "update", no "modified". */
const UPDATE = /update|modified|(?:published|posted)\s*:/i;

/**
 * A header line of several fields: "Jane Roe |16.12.2024 - 12:44 GMT+3 | Update: 16.12.2024",
 * "Format: Situation Report | Source: OCHA | Posted: 22 Feb 2024", "JUNE 15, 2024 21:48
 * Updated: JUNE 15, 2024 23:02". The first field that is a date (an update only when no other
 * is) is the page's date, when one field is labelled and every other field is a short label or
 * name with no number in it.
 */
function readDateParts(text: string): PageDate | null {
  if (text.length > 160) return null;
  // Fields are split at bars and before "updated", "modified", "Published:" or "Posted:": a
  // line with none is one field.
  if (!text.includes('|') && !UPDATE.test(text)) return null;
  const parts = text
    .split(
      /\s*\|\s*|\s+(?=\(?(?:(?:last )?(?:updated?|modified)\s*:?|(?:published|posted)\s*:)\s*\S)/i,
    )
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const dates: PageDate[] = [];
  for (const part of parts) {
    // "Last update: 4 hours 12 mins ago": an update's age, not a date, is passed over.
    if (RELATIVE_UPDATE.test(part)) continue;
    const date = part.length <= 100 && readFullDate(part) ? readPageDate(part) : null;
    if (date) dates.push(date);
    // ("Example World Desk New Delhi, UPDATED: …": a desk and its city run into the date.)
    else if (/\d|[.!?]$/.test(part) || part.split(/\s+/).length > 7) return null;
  }
  // A page prints its date with a label somewhere on the line ("Posted:", "Updated"), or as
  // the last field of a credit that opens with the outlet's name ("Example de Fato | São
  // Paulo (SP) | June 09, 2024 at 14:21", "The Example | 12/03/2024"); a timeline's entry
  // ("Ceasefire takes effect | January 19, 2025") does neither.
  if (!dates.some((d) => d.labelled) && !creditFirst(parts, dates.length)) return null;
  // "Mar 18, 2025 (Updated: Mar 19, 2025)": the line is a labelled date line as a whole.
  const first = dates.find((d) => !d.updated) ?? dates[0];
  const credit = dates.some((d) => d.labelled) ? undefined : parts[0];
  return first ? { ...first, labelled: true, ...(credit ? { credit } : {}) } : null;
}

/**
 * Fields that open with an outlet's name (a few capitalised words, "de" and "of" between) and
 * end with the only date: a credit line under or over the story.
 */
/**
 * "Foreign Desk with agency reports", "Example News with Reuters": the name a credit opens
 * with, the agencies that helped aside.
 */
function creditName(part: string): string {
  // (Only "with" an agency's one capitalised name: "Example and Technology" keeps its words.)
  return part
    .replace(/\s+(?:with|and) (?:agency reports|agencies|news agencies|wires)$/i, '')
    .replace(/\s+with [A-Z][A-Za-z]+$/, '');
}

function creditFirst(parts: readonly string[], dates: number): boolean {
  const name = creditName(parts[0] ?? '');
  // ("Example | Fri, 22 Aug 2025 | 14:35": the time may follow the day.)
  const dated = parts.slice(1).findIndex((p) => readFullDate(p) !== null);
  const after = parts.slice(dated + 2);
  return (
    dates === 1 &&
    parts.length >= 2 &&
    dated >= 0 &&
    after.every((p) => /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i.test(p)) &&
    /^(?:The )?[A-Z][\p{L}&’'.-]*(?: (?:[A-Z][\p{L}&’'.-]*|de|da|do|of|al|el))*$/u.test(name) &&
    name.split(' ').length <= 4 &&
    // (With no city between, a headline in title case could stand there: "Ceasefire Takes
    // Effect | January 19, 2025"; its verb ends in -s or -ed after the first word.)
    (parts.length >= 3 || !/ [A-Z][a-z]+(?:s|ed)\b/.test(name.replace(/ (?:News|Times)\b/g, '')))
  );
}

/** "Tuesday, March 5, 2024" → "W, M 9, 9": how a date line is printed, whatever its day. */
function dateForm(line: string): string {
  return line
    .replace(new RegExp(`\\b${MONTH_PATTERN}\\b`, 'gi'), 'M')
    .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b/gi, 'W')
    .replace(/\d+/g, '9')
    .trim();
}

/**
 * Of a page's lines that are only a date, the one that is the page's own date: the only one,
 * or the first when it alone is printed in its form and is no earlier than any other. The
 * others then head the entries of a timeline, in a form of their own; a timeline's first entry
 * ("October 7, 2023" over its events) is not the page's date.
 */
export function ownDateLine(dateLines: readonly string[]): string | null {
  const [first, ...others] = dateLines;
  if (first === undefined) return null;
  if (others.length === 0) return first;
  const day = readPageDate(first)?.date ?? null;
  if (!day) return null;
  const form = dateForm(first);
  const otherDays = others.map((line) => readPageDate(line)?.date ?? null);
  // ("Posted 10 Sep 2024 … Originally published 10 Sep 2024": one day printed twice.)
  if (otherDays.every((other) => other === day)) return first;
  const apart = others.every(
    (line, i) => dateForm(line) !== form && otherDays[i] != null && (otherDays[i] ?? '') <= day,
  );
  return apart ? first : null;
}

/**
 * "Mar 5, 2024 14:20 IST" over each entry: bare date lines that all carry a time of day are a
 * live blog's stamps, not a timeline's days; the latest is the page's day.
 */
export function liveEntryDay(dateLines: readonly string[]): Day | null {
  if (dateLines.length < 2) return null;
  let latest: Day | null = null;
  for (const line of dateLines) {
    if (!/\b\d{1,2}[:.]\d{2}\b/.test(line)) return null;
    const day = readPageDate(line)?.date ?? null;
    if (day && (!latest || day > latest)) latest = day;
  }
  return latest;
}

/** "…freed hostagespublished at 06:47 Greenwich Mean Time 4 December 2023": a live entry's stamp. */
const LIVE_ENTRY_STAMP = new RegExp(
  `(?:published|posted|updated) at\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Za-z]+(?:\\s+[A-Za-z]+){0,3}\\s*,?\\s*)?(?=\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4}|${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4})`,
  'i',
);

/** A live-blog entry's stamp in a line: its day and the line without it. */
export function readLiveStamp(line: string): { date: Day | null; rest: string } | null {
  const stamp = LIVE_ENTRY_STAMP.exec(line);
  if (!stamp) return null;
  const after = line.slice(stamp.index + stamp[0].length);
  const full = readFullDate(after);
  if (!full || full.index !== 0) return null;
  const rest = (line.slice(0, stamp.index) + after.slice(full.length)).trim();
  return { date: full.date, rest };
}
