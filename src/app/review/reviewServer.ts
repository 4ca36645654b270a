// The page's side of `npm run review` (scripts/review/): the server puts a token in the page it
// serves; with it, a suggestion is written to corrections.json and the dataset rebuilt in one
// request. Without it (the production build, `npm start`, any static host) there is no server
// to write to and the page offers copy and download only.
import {
  REVIEW_ENDPOINT,
  REVIEW_TOKEN_HEADER,
  REVIEW_TOKEN_META,
  type Correction,
  type WrittenEntry,
} from '../../dataset/corrections.ts';

/** The token the review server gave this page, or null outside review mode. */
export function reviewToken(): string | null {
  const meta = document.querySelector(`meta[name="${REVIEW_TOKEN_META}"]`);
  const token = meta?.getAttribute('content') ?? '';
  return /^[0-9a-f]{32,}$/.test(token) ? token : null;
}

export type WriteResult = { ok: true; entries: WrittenEntry[] } | { ok: false; message: string };

/** Appends entries to corrections.json and rebuilds the dataset. */
export async function writeCorrections(
  token: string,
  corrections: readonly Correction[],
): Promise<WriteResult> {
  let response: Response;
  try {
    response = await fetch(REVIEW_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVIEW_TOKEN_HEADER]: token },
      body: JSON.stringify({ corrections }),
    });
  } catch (error) {
    return {
      ok: false,
      message: `The review server could not be reached (${error instanceof Error ? error.message : String(error)}). Is npm run review still running?`,
    };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: said below by the status.
  }
  const data = (body ?? {}) as { entries?: WrittenEntry[]; error?: string };
  if (!response.ok || !Array.isArray(data.entries)) {
    return {
      ok: false,
      message: data.error ?? `The review server refused the correction (HTTP ${response.status}).`,
    };
  }
  return { ok: true, entries: data.entries };
}

/** One line on what became of the entries written. */
export function describeWritten(entries: readonly WrittenEntry[]): string {
  const applied = entries.filter((e) => e.applied).length;
  const missed = entries.filter((e) => !e.applied);
  const head =
    entries.length === 1
      ? applied === 1
        ? 'Written to corrections.json and applied; the dataset was rebuilt.'
        : 'Written to corrections.json, but it did not apply'
      : `Wrote ${entries.length} entries to corrections.json; ${applied} applied, the dataset was rebuilt.`;
  if (missed.length === 0) return head;
  return `${head}${entries.length === 1 ? '' : ' Not applied'}: ${missed
    .map((e) => `entry ${e.index}: ${e.why ?? 'no reason given'}`)
    .join('; ')}.`;
}
