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
  // Issue 11: sources, as known on a day, by publication day, events, compare, repeats.
  { name: 'a source kept, as known on a day', query: '?src=Gaza+Health+Ministry&known=2023-12-20' },
  { name: 'the comparison by publisher', query: '?view=compare&metric=gaza_killed&by=publisher' },
  { name: 'the comparison by source, log scale', query: '?view=compare&scale=log' },
  { name: 'the table by publication day with events', query: '?x=published&view=table' },
  { name: 'repeated figures once', query: '?group=1' },
];

const embeds = [
  { name: 'an embedded chart', query: '?embed=1&panel=casualties&x=published' },
  { name: 'embedded cards', query: '?embed=1&panel=cards&known=2024-01-01' },
  { name: 'an embedded comparison', query: '?embed=1&view=compare&by=publisher' },
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

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, query } of embeds) {
    test(`axe finds nothing on ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${query}`);
      await expect(page.locator('[data-embed]')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test(`axe finds nothing on the Embed and Cite dialogs, the event key and a fact's reports (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDashboard(page, '?group=1&metric=israel_killed');
    await page.getByTestId('event-key').locator('summary').click();
    await page
      .getByRole('button', { name: /Show all \d+ reports/ })
      .first()
      .click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Stop' }).click();
    for (const [button, title] of [
      ['Embed', 'Embed this view'],
      ['Cite', 'Cite this view'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('dialog', { name: title })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: title })).toBeHidden();
    }
  });
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

  test('the new views fit: known on a day, compare, repeats, embed, and the share dialogs', async ({
    page,
  }) => {
    await openDashboard(page, '?known=2023-12-20&view=compare&by=publisher&metric=gaza_killed');
    expect(await overflow(page)).toBe(0);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await openDashboard(page, '?group=1&x=published&metric=israel_killed');
    await page
      .getByRole('button', { name: /Show all \d+ reports/ })
      .first()
      .click();
    expect(await overflow(page)).toBe(0);
    for (const [button, title] of [
      ['Embed', 'Embed this view'],
      ['Cite', 'Cite this view'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await page.keyboard.press('Escape');
    }
    for (const query of [
      '?embed=1&panel=hostages',
      '?embed=1&panel=cards',
      '?embed=1&view=compare',
    ]) {
      await page.goto(`/${query}`);
      await expect(page.locator('[data-embed]')).toBeVisible();
      expect(await overflow(page)).toBe(0);
    }
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
