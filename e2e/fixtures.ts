// Shared test setup: a page that fails the test on any script error or CSP violation, and the
// shipped dataset read from disk so expectations follow whatever the extractor produced.
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import type { Dataset, Figure } from '../src/dataset/schema.ts';

export const dataset = JSON.parse(
  readFileSync(new URL('../public/data/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

export const CASUALTY_METRICS = new Set([
  'gaza_killed',
  'gaza_injured',
  'gaza_displaced',
  'west_bank_killed',
  'israel_killed',
  'israel_injured',
  'soldiers_killed',
]);

export function publisherOf(figure: Figure): string {
  return dataset.articles.find((a) => a.id === figure.articleId)?.publisher ?? '(unknown)';
}

/**
 * The day a figure is drawn at and filtered by: its own asOf, else its article's publication
 * day ("dated by the report"); null when neither is known.
 */
export function dayOf(figure: Figure): string | null {
  return figure.asOf ?? dataset.articles.find((a) => a.id === figure.articleId)?.published ?? null;
}

/** Whether a one-word search finds a figure: in its sentence, attribution, source or publisher. */
export function searchFinds(
  figure: Figure,
  word: string,
  publisher = publisherOf(figure),
): boolean {
  const w = word.toLowerCase();
  return [figure.sentence, figure.attribution, figure.source, publisher].some((field) =>
    field?.toLowerCase().includes(w),
  );
}

interface Options {
  /** Console errors a test expects (a 404 it causes on purpose), as substrings. */
  allowedConsoleErrors: string[];
}

export const test = base.extend<Options & { page: Page }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, provide) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowedConsoleErrors.some((allowed) => text.includes(allowed))) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on('dialog', (dialog) => {
      problems.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await provide(page);
    expect(problems, 'no script errors, CSP violations or dialogs').toEqual([]);
  },
});

export { expect };

/** Opens the dashboard and waits until the list is drawn. */
export async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('match-count')).toBeVisible();
}

export const excerpts = (page: Page) => page.locator('#figures li[data-figure-id]');
export const chartPoints = (page: Page, chart?: 'casualties' | 'hostages') =>
  page.locator(`${chart ? `[data-chart="${chart}"]` : '[data-chart]'} g[data-figure-id]`);

/**
 * The marker of one figure on the charts: where a reader points and clicks (its group also
 * holds the stem of a one-event figure, whose middle is off the marker).
 */
export const chartMarker = (page: Page, id: string) =>
  page.locator(`[data-chart] g[data-figure-id="${id}"] [data-marker]`);

export async function idsOf(locator: ReturnType<Page['locator']>): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-figure-id') ?? ''),
  );
}

export async function cardMetrics(page: Page): Promise<string[]> {
  return page
    .locator('button[data-metric]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-metric') ?? ''));
}

/**
 * Checks that list, charts and cards all show exactly the given figures: the list all of
 * them, the charts those with a day (their own or their report's), the cards one per metric
 * with a reported total that has a day.
 */
export async function expectShowing(page: Page, figures: readonly Figure[]): Promise<void> {
  const sorted = (ids: string[]) => [...ids].sort();
  await expect
    .poll(async () => sorted(await idsOf(excerpts(page))))
    .toEqual(sorted(figures.map((f) => f.id)));
  await expect
    .poll(async () => sorted(await idsOf(chartPoints(page))))
    .toEqual(sorted(figures.filter((f) => dayOf(f) !== null).map((f) => f.id)));
  const withCards = new Set(
    figures
      .filter((f) => f.scope === 'total' && f.modality === 'reported' && dayOf(f) !== null)
      .map((f) => f.metric),
  );
  await expect.poll(async () => sorted(await cardMetrics(page))).toEqual(sorted([...withCards]));
}
