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

/** Called for most tokens of every sentence: a length test rules out most words at once. */
export function monthNumber(word: string): number | null {
  if (word.length < 3 || word.length > 10) return null;
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_MAP.get(bare.toLowerCase()) ?? null;
}

/** A regex source matching a month name or abbreviation (with optional full stop). */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
