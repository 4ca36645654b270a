// axe on the main views, light and dark, and the phone layout with nothing overflowing.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dataset, expect, openDashboard, test } from './fixtures.ts';

const figure = dataset.figures.find((f) => f.asOf !== null);
if (!figure) throw new Error('no dated figure');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

const views = [
  { name: 'the dashboard', query: '' },
  { name: 'the table view with a selection', query: `?view=table&fig=${figure.id}` },
  { name: 'an open article', query: `?article=${figure.articleId}&fig=${figure.id}` },
  { name: 'an empty result', query: '?q=zzzzqqqq' },
  { name: 'a link notice', query: '?metric=nope' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, query } of views) {
    test(`axe finds nothing on ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDashboard(page, query);
      await expectNoAxeViolations(page);
    });
  }
}

test('axe finds nothing on the About panel and the error state', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'About the data' }).click();
  await expectNoAxeViolations(page);
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":2}' }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  test('nothing overflows and every part is reachable', async ({ page }) => {
    await openDashboard(page, `?fig=${figure.id}`);
    expect(await overflow(page)).toBe(0);
    await page.getByRole('button', { name: 'More filters' }).click();
    await expect(page.getByRole('checkbox', { name: 'Casualties', exact: true })).toBeVisible();
    expect(await overflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Table' }).click();
    expect(await overflow(page)).toBe(0);
    await page.getByRole('button', { name: 'About the data' }).click();
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('the article reader fits the screen', async ({ page }) => {
    await openDashboard(page, `?article=${figure.articleId}&fig=${figure.id}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await overflow(page)).toBe(0);
  });
});
