// data/events.json: the war's events that charts mark (a day, or a span of days), each with a
// label and the address of a source for its date. One schema for the extractor, which checks
// the file at build time and writes its events into index.json, and for the dashboard, which
// checks what it loads. Users edit the file for their own corpus. Pure.
import { z } from 'zod';
import { isRealDay } from './corrections.ts';

export const EVENTS_FILE_NAME = 'events.json';
/** Where the build looks for the file when no --events is given (from the working folder). */
export const DEFAULT_EVENTS_PATH = 'data/events.json';
/** Labels are drawn on the charts: short enough to sit over a few weeks of a phone's chart. */
export const MAX_EVENT_LABEL = 80;

const realDay = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is missing` : `${what} must be a day YYYY-MM-DD`,
    })
    .refine(isRealDay, {
      error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a real day (YYYY-MM-DD)`,
    });

const isWebAddress = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** An object's own error: unknown fields by name, anything else as `otherwise`. */
const objectError = (otherwise: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`
    : otherwise;

export const warEventSchema = z
  .strictObject(
    {
      /** The day it happened, or the first day of a span. */
      date: realDay('date'),
      /** The last day of a span (inclusive); absent for a single day. */
      end: realDay('end').optional(),
      label: z
        .string({
          error: (issue) => (issue.input === undefined ? 'label is missing' : 'label must be text'),
        })
        .refine((text) => text.trim() !== '', { error: 'label must not be empty' })
        .refine((text) => text.length <= MAX_EVENT_LABEL, {
          error: `label must be at most ${MAX_EVENT_LABEL} characters`,
        }),
      /** Where the date can be checked: an http(s) address. */
      source: z
        .string({
          error: (issue) =>
            issue.input === undefined ? 'source is missing' : 'source must be text',
        })
        .refine(isWebAddress, { error: 'source must be an http(s) address' }),
    },
    { error: objectError('an event must be an object') },
  )
  .superRefine((event, ctx) => {
    if (event.end !== undefined && event.end < event.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${event.end} is before date ${event.date}`,
      });
    }
  });
export type WarEvent = z.infer<typeof warEventSchema>;

export const eventsFileSchema = z.strictObject(
  {
    events: z.array(warEventSchema, {
      error: (issue) => (issue.input === undefined ? 'no "events" list' : 'events must be a list'),
    }),
  },
  { error: objectError('expected an object { "events": [ … ] }') },
);

/** Events in the order charts and tables list them: by day, then by end, then by label. */
export function sortEvents(events: readonly WarEvent[]): WarEvent[] {
  return [...events].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.end ?? a.date).localeCompare(b.end ?? b.date) ||
      a.label.localeCompare(b.label),
  );
}
