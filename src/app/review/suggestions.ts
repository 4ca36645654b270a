// Suggested corrections kept in the browser until they reach corrections.json: how they are
// stored, and the file that merges them with the one the dataset was built with. Pure.
import {
  CORRECTIONS_FILE_NAME,
  correctionSchema,
  type Correction,
} from '../../dataset/corrections.ts';

export const SUGGESTIONS_KEY = 'conflict-figures:suggestions';
export { CORRECTIONS_FILE_NAME };

/** The stored list; anything unreadable in it is left out rather than breaking the page. */
export function readSuggestions(text: string | null): Correction[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown) => {
    const parsed = correctionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function writeSuggestions(list: readonly Correction[]): string {
  return JSON.stringify(list);
}

/** A correction as canonical text: same fields and values, same text, whatever the key order. */
export function correctionKey(correction: Correction): string {
  const set = correction.set
    ? Object.fromEntries(Object.entries(correction.set).sort(([a], [b]) => (a < b ? -1 : 1)))
    : undefined;
  return JSON.stringify([
    correction.article,
    correction.quote,
    correction.number,
    correction.action,
    set ?? null,
    correction.reason,
    correction.by ?? null,
    correction.date ?? null,
  ]);
}

/** The suggestions not yet in the file the dataset was built with, each once. */
export function pendingSuggestions(
  suggestions: readonly Correction[],
  shipped: readonly Correction[],
): Correction[] {
  const seen = new Set(shipped.map(correctionKey));
  return suggestions.filter((s) => {
    const key = correctionKey(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A suggestion added to the list (once). */
export function withSuggestion(list: readonly Correction[], next: Correction): Correction[] {
  const key = correctionKey(next);
  return list.some((s) => correctionKey(s) === key) ? [...list] : [...list, next];
}

/** corrections.json as it would be with the suggestions added after its own entries. */
export function mergedCorrectionsFile(
  shipped: readonly Correction[],
  suggestions: readonly Correction[],
): string {
  const corrections = [...shipped, ...pendingSuggestions(suggestions, shipped)];
  return `${JSON.stringify({ corrections }, null, 2)}\n`;
}
