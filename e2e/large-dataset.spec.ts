// The dashboard over many articles (manyArticles.ts): the list stays virtualized, the charts
// sum figures up and zoom in, and every figure stays reachable.
import type { Page } from '@playwright/test';
import { expect, searchFinds, test } from './fixtures.ts';
import { count, dayOf, figures, openBig, publisherOf } from './manyArticles.ts';

const BUDGET = 600;

/**
 * Where the first mark of a path of many marks is on screen: marks drawn as one path have no
 * element each, so the test points at them as a reader would, by position.
 */
async function firstMarkOf(page: Page, paths: string) {
  await page.locator('[data-chart="casualties"]').scrollIntoViewIfNeeded();
  return page.evaluate((selector) => {
    const path = document.querySelector(selector);
    const svg = path?.closest('svg');
    const first = path?.getAttribute('d')?.match(/M[^M]*/)?.[0];
    if (!path || !svg || !first) return null;
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('d', first);
    svg.append(probe);
    const box = probe.getBBox();
    probe.remove();
    const at = svg.getBoundingClientRect();
    return { x: at.left + box.x + box.width / 2, y: at.top + box.y + box.height / 2 };
  }, paths);
}

test.describe('many articles', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the list keeps only rows near the screen, and scrolls to the last figure', async ({
    page,
  }) => {
    await openBig(page);
    await expect(page.getByTestId('match-count')).toHaveText(`${count(figures.length)} figures`);
    const rows = page.locator('#figures li[data-figure-id]');
    expect(await rows.count()).toBeLessThan(40);
    const box = page.locator('[data-virtual-list]');
    await expect
      .poll(async () => {
        await box.evaluate((element) => {
          element.scrollTop = element.scrollHeight;
        });
        return page.locator(`#figures li[aria-posinset="${figures.length}"]`).count();
      })
      .toBe(1);
    expect(await rows.count()).toBeLessThan(40);
    await expect(rows.last()).toHaveAttribute('aria-setsize', String(figures.length));
  });

  test('charts sum figures up within their budget and say so', async ({ page }) => {
    await openBig(page);
    for (const chart of ['casualties', 'hostages']) {
      const marks = Number(
        await page
          .locator(`[data-chart="${chart}"] [data-mark-count]`)
          .getAttribute('data-mark-count'),
      );
      expect(marks).toBeGreaterThan(0);
      expect(marks).toBeLessThanOrEqual(BUDGET);
      await expect(page.locator(`[data-chart="${chart}"]`)).toContainText('each translucent mark');
    }
    // Figures are paths; only the selected or pointed-at one is an element of its own.
    expect(await page.locator('[data-chart] g[data-figure-id]').count()).toBeLessThan(5);
  });

  test('a mark in the table view zooms in to its days', async ({ page }) => {
    await openBig(page, '?view=table');
    const row = page.locator('[data-chart="casualties"] tr[data-row-bucket-id]').first();
    await row.getByRole('button').click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url());
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const matching = figures.filter((f) => {
      const day = dayOf(f);
      return day === null || (day >= from && day <= to);
    });
    await expect(page.getByTestId('match-count')).toHaveText(
      `${count(matching.length)} of ${count(figures.length)} figures match`,
    );
  });

  test('pointing at a mark explains it, clicking it zooms in', async ({ page }) => {
    await openBig(page);
    const centre = await firstMarkOf(
      page,
      '[data-chart="casualties"] [data-bucket-count] path[fill-opacity="0.35"]',
    );
    if (!centre) throw new Error('no summary mark drawn');
    await page.mouse.move(centre.x, centre.y);
    await expect(page.locator('[data-chart="casualties"] [data-bucket-id]')).toHaveCount(1);
    await expect(page.getByRole('tooltip')).toContainText('Click to zoom in');
    await page.mouse.click(centre.x, centre.y);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  });

  test('a single figure drawn among the marks selects its excerpt', async ({ page }) => {
    await openBig(page);
    const centre = await firstMarkOf(page, '[data-chart="casualties"] [data-single-count] path');
    if (!centre) throw new Error('no single figure drawn');
    await page.mouse.move(centre.x, centre.y);
    const marker = page.locator('[data-chart] g[data-figure-id]').first();
    await expect(marker).toBeAttached();
    const id = (await marker.getAttribute('data-figure-id')) ?? '';
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('fig')).toBe(id);
    const excerpt = page.locator(`#figures li[data-figure-id="${id}"]`);
    await expect(excerpt).toHaveAttribute('aria-current', 'true');
    await expect(excerpt).toBeInViewport();
  });

  test('a linked figure far down the list is brought into view and marked', async ({ page }) => {
    // The oldest figure of the hundredth copy: three quarters down the list (newest first),
    // with rows after it, so the list can bring it to the top of its box.
    const dated = figures.filter((f) => f.asOf !== null && f.articleId.endsWith('-100'));
    const oldest = [...dated].sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1))[0];
    if (!oldest) throw new Error('no dated figure');
    await openBig(page, `?fig=${encodeURIComponent(oldest.id)}`);
    const item = page.locator(`#figures li[data-figure-id="${oldest.id}"]`);
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(item).toBeInViewport();
    // The chart draws it on its own although its neighbours are summed up.
    await expect(page.locator(`[data-chart] g[data-figure-id="${oldest.id}"]`)).toHaveCount(1);
    await item.getByRole('button', { name: /Open article/ }).click();
    await expect(
      page.getByRole('dialog').locator(`mark[data-article-figure-id="${oldest.id}"]`),
    ).toBeVisible();
  });

  test('search finds the same figures as the plain definition', async ({ page }) => {
    await openBig(page);
    await page.getByRole('searchbox').pressSequentially('ministry', { delay: 20 });
    const matching = figures.filter((f) => searchFinds(f, 'ministry', publisherOf(f)));
    await expect(page.getByTestId('match-count')).toHaveText(
      `${count(matching.length)} of ${count(figures.length)} figures match`,
    );
  });
});

test('at phone width the long list scrolls in its own box and nothing overflows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBig(page);
  const box = await page.locator('[data-virtual-list]').boundingBox();
  expect(box && box.height <= 844 * 0.8 + 1).toBe(true);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);
});
