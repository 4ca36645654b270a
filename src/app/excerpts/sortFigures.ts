// The list's order: by the day a figure is drawn at (its own or its report's), undated figures
// last either way, then by publication date and id so equal days never shuffle between renders.
import type { FigureRow } from '../data/figureRow.ts';
import type { SortOrder } from '../url/viewState.ts';

function compareNullableDays(a: string | null, b: string | null, sign: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -sign : sign;
}

export function sortFigures(rows: readonly FigureRow[], order: SortOrder): FigureRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort(
    (x, y) =>
      compareNullableDays(x.day, y.day, sign) ||
      compareNullableDays(x.published, y.published, sign) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}
