// The first view of a large dataset (src/app/overview): cards and charts drawn from
// overview.json before the full data is read, then replaced by the dashboard. The shipped
// dataset is too small to get one, so these tests serve one made from it. These are the app's
// (in #root); the copy drawn at build time into the page's HTML is prerender.spec.ts'.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildDatasetIndex } from '../src/app/data/datasetIndex.ts';
import { parseDataset } from '../src/app/data/parseDataset.ts';
import { overviewJson } from '../src/app/overview/overview.ts';
import { expect, test } from './fixtures.ts';

const read = (file: string) =>
  readFileSync(new URL(`../public/data/${file}`, import.meta.url), 'utf8');
const loaded = parseDataset(read('index.json'), read('sentences.json'));
const index = buildDatasetIndex(
  loaded.dataset,
  loaded.shardOf,
  loaded.correctionEntries,
  loaded.events,
);
// Written whatever the dataset's size (the build leaves it out below 20,000 figures).
const overview = overviewJson(index, 0);

/** Serves the first view, and holds index.json back until `release` is called. */
async function serveFirstView(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/overview.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: overview }),
  );
  await page.route('**/data/index.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const marks = (page: Page, chart: string) =>
  page.locator(`#root [data-chart="${chart}"] [data-mark-count]`);

test('draws the default view’s cards and charts before the full data, then the dashboard', async ({
  page,
}) => {
  const release = await serveFirstView(page);
  await page.goto('/');
  const first = page.locator('#root [data-first-view]');
  await expect(first.locator('[data-chart="casualties"] [data-mark-count]')).toBeAttached();
  await expect(first).toContainText('Loading the dataset');
  const counts = {
    casualties: await marks(page, 'casualties').getAttribute('data-mark-count'),
    hostages: await marks(page, 'hostages').getAttribute('data-mark-count'),
  };
  const cards = await first.locator('[data-metric]').allTextContents();
  expect(cards.length).toBeGreaterThan(0);
  // Nothing in it can be used yet: no controls to tab to, no marks to click.
  await expect(first.locator('[inert]')).toHaveCount(1);
  await expect(page.getByTestId('match-count')).toHaveCount(0);
  release();
  await expect(page.getByTestId('match-count')).toBeVisible();
  await expect(first).toHaveCount(0);
  // The dashboard draws the same: the first view was its default view.
  expect(await marks(page, 'casualties').getAttribute('data-mark-count')).toBe(counts.casualties);
  expect(await marks(page, 'hostages').getAttribute('data-mark-count')).toBe(counts.hostages);
  expect(await page.locator('#root [data-metric]').allTextContents()).toEqual(cards);
});

test('is not drawn for a link to any other view', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('#root [data-first-view]')) {
        document.documentElement.dataset.seen = '1';
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await serveFirstView(page);
  await page.goto('/?scale=log');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeAttached();
  release();
  await expect(page.getByTestId('match-count')).toBeVisible();
  await expect(page.locator('[data-chart="casualties"]')).toHaveAttribute('data-scale', 'log');
  expect(await page.evaluate(() => document.documentElement.dataset.seen)).toBeUndefined();
});

test('a broken first view is passed over', async ({ page }) => {
  await page.route('**/data/overview.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":' }),
  );
  await page.goto('/');
  await expect(page.getByTestId('match-count')).toBeVisible();
  await expect(marks(page, 'casualties')).toBeAttached();
});
