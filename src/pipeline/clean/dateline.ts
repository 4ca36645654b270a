// The dateline that opens a wire story, in the forms agencies and the papers that carry them
// print: "CAIRO, March 3, 2024 (AFP) -", "Nov. 21 (UPI) --", "TEL AVIV (AP) —", "Bangkok, Nov 26
// (EFE).-", "Jerusalem (EFE).-", "DUBAI, June 24. /TASS/.", "(Reuters) -", "Tel Aviv, February
// 20:". Pure.
import { makeDay, type Day } from '../dates/calendar.ts';
import { monthNumber } from '../dates/monthNames.ts';
import { isNewsName } from './credits.ts';

const CAPS_PLACE = "[A-Z][A-Z.'’ /-]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?";
/** "Bangkok", "Tel Aviv", "New Delhi", "Deir al-Balah": a place name in title case. */
const TITLE_PLACE = "[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|al|el|de)){0,3}";

const DATELINE = new RegExp(
  // A place in title case only with its date or an agency: "Hamas (Islamic Resistance
  // Movement) - …" is text (the agency is checked below).
  `^(?:(?<place>${CAPS_PLACE})|(?<titlePlace>${TITLE_PLACE})(?=,?\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d|\\d{1,2}\\s+[A-Z]|\\([^()]{1,40}\\)\\s*(?:\\.-|--|—|–|-|:))))?` +
    // "March 3, 2024", "Nov. 21", "3 December", "24 June 2024" (a comma may close it: "March
    // 20, (Example) --")
    '(?:,?\\s*(?:(?<month>[A-Z][a-z]{2,8})\\.?\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+(?<month2>[A-Z][a-z]{2,8})\\.?)(?:(?:,?\\s*|\\/)(?<year>\\d{4}))?\\.?,?)?' +
    // "(AFP) -", "(EFE).-", "/TASS/.", or a dash or colon alone
    '\\s*(?:\\((?<agency>[^()]{1,40})\\)\\s*(?<sep>\\.-|--|—|–|-|:)|/(?<slashAgency>[A-Z][A-Za-z]{1,15})/\\s*\\.?|(?<bare>--|—|–|-|:))' +
    '(?<space>\\s+|(?=[A-Z"“]))',
);

/** What closes a dateline: an agency's bracket or slash, a dash or a colon. */
const SEPARATOR_AHEAD = /[(/:–—-]/;

export interface Dateline {
  /** The paragraph after the dateline. */
  rest: string;
  agency: string | null;
  /** The dateline's date when it carries a year. */
  date: Day | null;
  /** Its month and day when it carries no year ("Nov 19"). */
  partial: { month: number; day: number; text: string } | null;
  /** An all-caps place and an agency: the form that marks a wire story wherever it stands. */
  wire: boolean;
}

const WEEKDAY_NAME = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?$/i;

/** "April 7", "April 7, 2024": a day in a dateline's brackets. */
const BRACKETED_DAY = /^([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:,? (\d{4}))?$/;

/** "TASS. The envoy …", "TASS" alone: an agency named after the dateline's dash. */
const AGENCY_AFTER_DASH = /^(?<name>[A-Z][\w&'’/-]*(?: [A-Z][\w&'’/-]*){0,3})(?:[.:](?:\s+|$)|$)/;

function splitAgency(agency: string): string {
  return agency.split(/[/,]/)[0]?.trim() ?? agency.trim();
}

/**
 * "YEREVAN, JANUARY 20, ARMENPRESS. Israel released …", "Gaza, July 28, 2025, SPA -- The
 * number …": a place, the day and the agency's name in capitals after a comma, closed by a full
 * stop or a dash.
 */
const AGENCY_LAST =
  /^(?<place>[A-Z][A-Z .'’-]{1,30}|[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}),\s*(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?,\s*(?<agency>[A-Z][A-Z-]{2,20})(?:\.\s+|\s*(?:--|—|–)\s*|\s+-\s+)(?=[A-Z"“])/;

function agencyLastDateline(paragraph: string): Dateline | null {
  const m = AGENCY_LAST.exec(paragraph);
  const g = m?.groups;
  const month = g?.month ? monthNumber(g.month) : null;
  if (!m || !g?.agency || !g.day || month === null) return null;
  const day = Number(g.day);
  return {
    rest: paragraph.slice(m[0].length),
    agency: g.agency,
    date: g.year ? makeDay(Number(g.year), month, day) : null,
    partial: g.year ? null : { month, day, text: `${g.month} ${g.day}` },
    wire: true,
  };
}

export function parseDateline(paragraph: string): Dateline | null {
  // A dateline's agency or separator comes within its first 140 characters (a place of at most
  // 75, a date): a paragraph with none there opens with none.
  const m = SEPARATOR_AHEAD.test(paragraph.slice(0, 140)) ? DATELINE.exec(paragraph) : null;
  const g = m?.groups;
  if (!m || !g) return agencyLastDateline(paragraph);
  // "JERUSALEM/CAIRO (April 7): …": the brackets may hold the day, not an agency.
  const bracketed = g.agency ? BRACKETED_DAY.exec(g.agency.trim()) : null;
  const bracketMonth = bracketed?.[1] && monthNumber(bracketed[1]) !== null ? bracketed : null;
  const monthName = g.month ?? g.month2 ?? bracketMonth?.[1];
  const dayText = g.day ?? g.day2 ?? bracketMonth?.[2];
  const year = g.year ?? bracketMonth?.[3];
  const month = monthName ? monthNumber(monthName) : null;
  if (monthName && month === null) return null;
  const capsPlace = Boolean(g.place && /[A-Z]{3,}/.test(g.place));
  const hasDate = month !== null && dayText !== undefined;
  const agencyText = bracketMonth ? undefined : (g.agency ?? g.slashAgency);
  const hasAgency = Boolean(agencyText && /^[A-Z][\w .&/'’-]*$/.test(agencyText));
  const sep = g.sep ?? g.bare ?? '';
  // "Gaza City (AFP) -": a place in title case with no date needs a news agency, or initials
  // set off by a dash as agencies' are ("Occupied Palestine (EXN)-").
  const initials = g.agency !== undefined && /^[A-Z]{2,5}$/.test(g.agency) && /[-–—]/.test(sep);
  if (g.titlePlace && !hasDate && !initials && !(agencyText && isNewsName(splitAgency(agencyText))))
    return null;
  // "Wed, 18 Oct - 21:40": a weekday is no place; with a date and a time it stamps a live
  // blog's entry.
  if (!hasAgency && WEEKDAY_NAME.test(g.place ?? g.titlePlace ?? '')) return null;
  // A colon only ends a dateline that has an agency or date ("Gaza: The …" is not one).
  if (!(hasAgency || hasDate || (capsPlace && sep !== ':'))) return null;
  if (sep === ':' && !hasAgency && !hasDate) return null;
  // "Oct. 7, 2023 - Gunmen storm …": a day with neither place nor agency opens a timeline's
  // entry, not a wire story.
  if (hasDate && !hasAgency && !g.place && !g.titlePlace) return null;
  // "(Reuters) -Palestinian …" lost its space; "GAZA-Egypt border" is a compound.
  if (!g.space && !hasAgency) return null;
  // "UNITED NATIONS, March 6 — TASS. The envoy …": the agency follows the dash.
  let rest = paragraph.slice(m[0].length);
  let agency = hasAgency && agencyText ? splitAgency(agencyText) : null;
  const after = g.bare && g.bare !== ':' ? AGENCY_AFTER_DASH.exec(rest) : null;
  if (!agency && after?.groups?.name && isNewsName(after.groups.name)) {
    agency = after.groups.name;
    rest = rest.slice(after[0].length);
  }
  const date = hasDate && year && month ? makeDay(Number(year), month, Number(dayText)) : null;
  const partial =
    hasDate && !year && month
      ? {
          month,
          day: Number(dayText),
          text: g.month ? `${g.month} ${dayText}` : `${dayText} ${monthName}`,
        }
      : null;
  return {
    rest,
    agency,
    date,
    partial,
    wire: capsPlace && agency !== null,
  };
}
