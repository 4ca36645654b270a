// The review server's decisions, without a socket: who may write (same origin, the page's
// token, JSON), what a request may hold (entries of the build's own schema), the file it
// writes (the entries there, as they are, then the new ones) and what became of the new ones
// in the rebuilt dataset. Pure.
import { timingSafeEqual } from 'node:crypto';
import {
  CORRECTIONS_FILE_NAME,
  REVIEW_TOKEN_HEADER,
  reviewRequestSchema,
  type Correction,
  type WrittenEntry,
} from '../../src/dataset/corrections.ts';
import type { CorrectionsSummary } from '../../src/dataset/schema.ts';
import { parseCorrectionsFile } from '../../src/pipeline/corrections/correctionsFile.ts';

/** At most this many bytes of request body. */
export const MAX_BODY_BYTES = 1 << 20;

export interface RequestHeaders {
  host?: string | undefined;
  origin?: string | undefined;
  'sec-fetch-site'?: string | undefined;
  'content-type'?: string | undefined;
  [name: string]: string | string[] | undefined;
}

export interface Refusal {
  status: number;
  error: string;
}

/** The hosts the server answers to: its own address by number and by name, nothing else. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Whether a request may reach the server at all: its Host must be the server's own (a page of
 * another site whose name was pointed at 127.0.0.1 sends its own name).
 */
export function refuseHost(headers: RequestHeaders, port: number): Refusal | null {
  return allowedHosts(port).includes(headers.host ?? '')
    ? null
    : { status: 421, error: 'This server answers only to 127.0.0.1 and localhost.' };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a write may go ahead: a same-origin JSON request carrying the page's token. */
export function refuseWrite(headers: RequestHeaders, port: number, token: string): Refusal | null {
  const host = refuseHost(headers, port);
  if (host) return host;
  if (headers.origin !== `http://${headers.host ?? ''}`) {
    return { status: 403, error: 'Only the review page itself may write corrections.' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, error: 'Only the review page itself may write corrections.' };
  }
  if (!/^application\/json(;|$)/i.test(headers['content-type'] ?? '')) {
    return { status: 415, error: 'Send the corrections as application/json.' };
  }
  const given = headers[REVIEW_TOKEN_HEADER.toLowerCase()];
  if (typeof given !== 'string' || !sameToken(given, token)) {
    return { status: 403, error: 'The page’s review token is missing or wrong: reload the page.' };
  }
  return null;
}

/** The entries a request body holds, or why it is refused. */
export function readRequest(body: string): { ok: true; entries: Correction[] } | Refusal {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { status: 400, error: 'The request is not JSON.' };
  }
  const parsed = reviewRequestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    return {
      status: 400,
      error: `Not a correction: ${where ? `${where}: ` : ''}${issue?.message ?? 'wrong shape'}.`,
    };
  }
  return { ok: true, entries: parsed.data.corrections };
}

/**
 * corrections.json with the entries added after those it has. The entries already there are
 * kept as they are written (their fields in their order); a broken file is not touched.
 */
export function appendEntries(
  current: string | null,
  entries: readonly Correction[],
): { ok: true; text: string; first: number } | Refusal {
  let existing: unknown[] = [];
  if (current !== null) {
    const checked = parseCorrectionsFile(current);
    if (!checked.ok) {
      return {
        status: 409,
        error: `${checked.error}. Fix the file by hand first; nothing was written.`,
      };
    }
    const text = current.startsWith('\uFEFF') ? current.slice(1) : current;
    existing = (JSON.parse(text) as { corrections: unknown[] }).corrections;
  }
  const corrections = [...existing, ...entries];
  return {
    ok: true,
    text: `${JSON.stringify({ corrections }, null, 2)}\n`,
    first: existing.length,
  };
}

/** What became of entries first … first+count-1 in the rebuilt dataset's summary. */
export function writtenEntries(
  summary: CorrectionsSummary,
  first: number,
  count: number,
): WrittenEntry[] {
  const unmatched = new Map(summary.unmatched.map((u) => [u.index, u.why]));
  return Array.from({ length: count }, (_, k) => {
    const index = first + k;
    const why = unmatched.get(index);
    return why === undefined ? { index, applied: true } : { index, applied: false, why };
  });
}

export { CORRECTIONS_FILE_NAME };
