// corrections.json (DATASET.md "Corrections"): figures people reviewed by hand. One schema for
// the extractor that applies the file, the dashboard's suggestion form and the review server
// that writes it; and the one rule by which an entry finds its figure in the text (article,
// quote and the number inside it, never a figure id), shared so the dashboard builds quotes the
// extractor will find. Pure.
import { z } from 'zod';
import { MODALITIES, QUALIFIERS, SCOPES } from './rowCodes.ts';
import { METRIC_IDS } from './metrics.ts';

export const CORRECTIONS_FILE_NAME = 'corrections.json';

export const CORRECTION_ACTIONS = ['drop', 'set', 'add'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const realDay = z
  .string({ error: 'expected a day written YYYY-MM-DD' })
  .refine(isRealDay, { error: (issue) => `${JSON.stringify(issue.input)} is not a real day` });

const words = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`),
    })
    .refine((text) => text.trim() !== '', { error: `${what} must not be empty` });

const oneOf = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${what} is missing`
        : `${what} ${JSON.stringify(issue.input)} is not one of ${values.join(', ')}`,
  });

/** An object's own error: unknown fields by name, anything else as `otherwise`. */
const objectError = (otherwise: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`
    : otherwise;

/** The fields a `set` changes, or an `add` gives (metric and value required there). */
export const correctionValuesSchema = z.strictObject(
  {
    metric: z
      .enum(METRIC_IDS, { error: (issue) => `metric ${JSON.stringify(issue.input)} is not known` })
      .optional(),
    value: z
      .number({ error: 'value must be a number' })
      .positive({ error: 'value must be more than 0' })
      .optional(),
    qualifier: oneOf('qualifier', QUALIFIERS).optional(),
    modality: oneOf('modality', MODALITIES).optional(),
    scope: oneOf('scope', SCOPES).optional(),
    asOf: realDay.nullable().optional(),
    attribution: words('attribution').nullable().optional(),
    source: words('source').nullable().optional(),
  },
  { error: objectError('set must be an object') },
);
export type CorrectionValues = z.infer<typeof correctionValuesSchema>;

export const correctionSchema = z
  .strictObject(
    {
      article: words('article'),
      quote: words('quote'),
      number: words('number'),
      action: oneOf('action', CORRECTION_ACTIONS),
      set: correctionValuesSchema.optional(),
      reason: words('reason'),
      by: z.string({ error: 'by must be text' }).optional(),
      date: realDay.optional(),
    },
    { error: objectError('an entry must be an object') },
  )
  .superRefine((entry, ctx) => {
    if (numberPositions(entry.quote, entry.number).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: `${JSON.stringify(entry.number)} does not occur as a number inside the quote`,
      });
    }
    const set = entry.set;
    if (entry.action === 'drop' && set !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'a drop changes no values' });
    }
    if (entry.action === 'set' && (set === undefined || Object.keys(set).length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'a set needs the values to change' });
    }
    if (entry.action === 'add') {
      for (const field of ['metric', 'value'] as const) {
        if (set?.[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: set ? ['set'] : [],
            message: `an add needs set.${field}`,
          });
        }
      }
    }
    // DATASET.md "Sources": source is null exactly when attribution is.
    if (
      set?.attribution !== undefined &&
      set.source !== undefined &&
      (set.attribution === null) !== (set.source === null)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['set', 'source'],
        message: 'source and attribution are null together or not at all',
      });
    }
  });
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsFileSchema = z.strictObject(
  {
    corrections: z.array(correctionSchema, {
      error: (issue) =>
        issue.input === undefined ? 'no "corrections" list' : 'corrections must be a list',
    }),
  },
  { error: objectError('expected an object { "corrections": [ … ] }') },
);
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

// ---- Finding a number in text ----

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;

/**
 * Whether `number` stands at `at` in `text` as a whole number: not part of a longer word or
 * number ("4" in "40", "two" in "twofold", "200" in "1,200").
 */
export function standsAsNumber(text: string, at: number, number: string): boolean {
  if (text.slice(at, at + number.length) !== number) return false;
  const before = text[at - 1] ?? '';
  const after = text[at + number.length] ?? '';
  if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) return false;
  if ((before === ',' || before === '.') && DIGIT.test(text[at - 2] ?? '')) return false;
  if ((after === ',' || after === '.') && DIGIT.test(text[at + number.length + 1] ?? ''))
    return false;
  return true;
}

/** Every offset at which `needle` occurs in `text`, overlapping occurrences included. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Where `number` stands as a number in `text`. */
export function numberPositions(text: string, number: string): number[] {
  return occurrences(text, number).filter((at) => standsAsNumber(text, at, number));
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where the entry's number stands in `text` (a paragraph) inside an occurrence of its quote:
 * the places it points at. Sorted, each once.
 */
export function quotedNumberSpans(text: string, quote: string, number: string): Span[] {
  const starts = new Set<number>();
  const inQuote = numberPositions(quote, number);
  for (const q of occurrences(text, quote)) {
    for (const k of inQuote) if (standsAsNumber(text, q + k, number)) starts.add(q + k);
  }
  return [...starts].sort((a, b) => a - b).map((start) => ({ start, end: start + number.length }));
}

/** Whether two spans share a character: a figure's number and a place an entry points at. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---- Writing corrections.json from the dashboard (`npm run review`) ----

/** Where the page posts entries to add to corrections.json (only the review server has it). */
export const REVIEW_ENDPOINT = '/__review/corrections';
/** The header that carries the token the review server put in the page it served. */
export const REVIEW_TOKEN_HEADER = 'X-Review-Token';
/** The name of the page's <meta> that holds that token. */
export const REVIEW_TOKEN_META = 'review-token';

/** What the page posts: entries to append to corrections.json. */
export const reviewRequestSchema = z.strictObject({
  corrections: z.array(correctionSchema).min(1).max(1000),
});

/** What the server answers: for each entry written, its index in the file and its fate. */
export interface WrittenEntry {
  index: number;
  applied: boolean;
  why?: string;
}
