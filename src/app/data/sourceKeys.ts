// Sources (DATASET.md "Sources") as the filters, the URL and the compare view name them: the
// canonical name, or NO_SOURCE for a figure that names none.
import type { Figure } from '../../dataset/schema.ts';
import { NO_SOURCE } from '../url/viewState.ts';

export interface SourceInfo {
  key: string;
  label: string;
  figureCount: number;
}

export function sourceKey(figure: Pick<Figure, 'source'>): string {
  const name = figure.source?.trim();
  return name ? name : NO_SOURCE;
}

export function sourceLabel(key: string): string {
  return key === NO_SOURCE ? 'No source named' : key;
}

/** Every source of the figures with its count: most figures first, then by name. */
export function sourcesOf(figures: readonly Pick<Figure, 'source'>[]): SourceInfo[] {
  const counts = new Map<string, number>();
  for (const figure of figures) {
    const key = sourceKey(figure);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, figureCount]) => ({ key, label: sourceLabel(key), figureCount }))
    .sort((x, y) => y.figureCount - x.figureCount || x.label.localeCompare(y.label, 'en'));
}
