// The first view drawn at build time (scripts/prerender.ts): in the page's HTML, painted before
// any of the app's script has run, on the default view only; replaced by the app's own view
// once that is drawn, in place (src/app/prerender/handover.ts).
import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures.ts';

const copy = (page: Page) => page.locator('#prerender');

/** The page as it is before the app's script runs: its module answers, empty. */
async function withoutTheApp(page: Page): Promise<void> {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
}

/** Top and height of what both copies show, in page coordinates, rounded to the pixel. */
async function layout(page: Page, within: '#prerender' | '#root') {
  return page.evaluate((scope) => {
    const box = (selector: string) =>
      [...document.querySelectorAll(`${scope} ${selector}`)]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.height > 0)
        .map((rect) => [Math.round(rect.top + window.scrollY), Math.round(rect.height)].join('+'));
    return {
      cards: box('[data-metric]'),
      charts: box('[data-chart]'),
      chartBoxes: box('[data-chart-box]'),
    };
  }, within);
}

test('the page’s HTML holds the default view’s first view, charts and marks drawn', async ({
  page,
}) => {
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('<div id="prerender" inert>');
  expect(html).toMatch(/data-chart="casualties"[^]*data-mark-count="[1-9]/);
  // No inline script or style: the page's Content-Security-Policy would block them.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle="/);

  await withoutTheApp(page);
  await page.goto('/');
  for (const chart of ['casualties', 'hostages']) {
    const drawn = copy(page).locator(`[data-chart="${chart}"] [data-mark-count]`);
    // One drawing per width; the one for this width is shown.
    await expect(drawn.filter({ visible: true })).toHaveCount(1);
    expect(await drawn.first().locator('.chart-marks > *').count()).toBeGreaterThan(0);
  }
  await expect(copy(page).locator('[data-metric]').first()).toBeVisible();
  await expect(copy(page).getByRole('heading', { name: 'Latest reported totals' })).toBeVisible();
});

test('is replaced by the app’s view, in place, with one copy on the page', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await withoutTheApp(page);
    await page.goto('/');
    const before = await layout(page, '#prerender');
    expect(before.charts).toHaveLength(2);
    await page.unrouteAll();

    await openDashboard(page);
    await expect(copy(page)).toHaveCount(0);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('[data-chart="casualties"] [data-mark-count]')).toHaveCount(1);
    const after = await layout(page, '#root');
    // Where the first view showed cards and charts, the app shows them: nothing moves.
    expect(after.cards, `${viewport.width} px`).toEqual(before.cards);
    expect(
      after.charts.map((c) => c.split('+')[0]),
      `${viewport.width} px`,
    ).toEqual(before.charts.map((c) => c.split('+')[0]));
    expect(after.chartBoxes, `${viewport.width} px`).toEqual(before.chartBoxes);
  }
});

test('stays while the app’s charts are not drawn yet', async ({ page }) => {
  // The charts' code held back: the dashboard is in, its charts are not.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/FigureChart-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  // When the app's dashboard is in, unseen, the copy still shows, and the app's root is inert.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          if (!document.querySelector('#root [data-testid="match-count"]')) return 'loading';
          const first = document.getElementById('prerender');
          const root = document.getElementById('root');
          return first && getComputedStyle(first).display !== 'none' && root?.inert
            ? 'copy shown'
            : 'app shown';
        }),
      { intervals: [50] },
    )
    .toBe('copy shown');
  release();
  await expect(copy(page)).toHaveCount(0);
  await expect(page.getByTestId('match-count')).toBeVisible();
});

test('is never shown on a link to another view', async ({ page }) => {
  // Checked at every frame from the first: the copy, while it is there, is not displayed.
  await page.addInitScript(() => {
    const check = () => {
      const first = document.getElementById('prerender');
      if (first && getComputedStyle(first).display !== 'none') {
        document.documentElement.dataset.shown = '1';
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  for (const query of ['?scale=log', '?pub=CNN', '?embed=1', '?x=1']) {
    await page.goto(`/${query}`);
    await expect(
      page.locator('#root [data-chart], #root [data-testid="match-count"]').first(),
    ).toBeVisible();
    await expect(copy(page)).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.dataset.shown),
      query,
    ).toBeUndefined();
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute('data-default-view')),
    ).toBe(false);
  }
});

test('a link to the default view with a fragment shows it', async ({ page }) => {
  await withoutTheApp(page);
  await page.goto('/#figures');
  await expect(copy(page)).toBeVisible();
});
