// English month names and their abbreviations as news style writes them ("Sept.", "Oct", "December").

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_MAP = new Map(Object.entries(MONTHS));

/** The first two letters of the month names, lower case, as char codes (a << 8 | b). */
const MONTH_STARTS = new Set(
  Object.keys(MONTHS).map((m) => (m.charCodeAt(0) << 8) | m.charCodeAt(1)),
);

/** An ASCII letter's lower case code, or -1 for any other character. */
function lowerLetter(c: number): number {
  return c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1;
}

/**
 * Called for most tokens of every sentence: a length test rules out most words at once, and
 * the first two letters most others, before a lower-case copy is made.
 */
export function monthNumber(word: string): number | null {
  if (word.length < 3 || word.length > 10) return null;
  const a = lowerLetter(word.charCodeAt(0));
  const b = lowerLetter(word.charCodeAt(1));
  // Letters beyond ASCII go the long way: lower case may turn them into ASCII.
  if (a >= 0 && b >= 0 && !MONTH_STARTS.has((a << 8) | b)) return null;
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_MAP.get(bare.toLowerCase()) ?? null;
}

/** A regex source matching a month name or abbreviation (with optional full stop). */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
