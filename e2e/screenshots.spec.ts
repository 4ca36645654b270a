// Screenshots of the main views at desktop and phone width, light and dark, for a person to
// look at (written to test-results/screenshots). Each also checks that nothing overflows.
import { expect, test } from '@playwright/test';
import { openBig } from './manyArticles.ts';

const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot ${size.name} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/?fig=002_ab0ced552b81b7bf:17:1');
      await expect(page.locator('[data-figure-id]').first()).toBeVisible();
      await page.screenshot({
        path: `test-results/screenshots/${size.name}-${scheme}.png`,
        fullPage: true,
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
}

// Issue 11's views: the dashboard as known on a day by source, by publication day with
// repeated figures once, the comparison, and embedded chart and cards.
const views = [
  { name: 'known-source', query: '?known=2023-12-20&src=Gaza+Health+Ministry' },
  { name: 'published-group', query: '?x=published&group=1' },
  { name: 'compare', query: '?view=compare&metric=gaza_killed&by=publisher' },
  { name: 'embed-chart', query: '?embed=1&panel=hostages' },
  { name: 'embed-cards', query: '?embed=1&panel=cards' },
] as const;

for (const view of views) {
  for (const size of sizes) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshot ${view.name} ${size.name} ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${view.query}`);
        await expect(
          page.locator('[data-testid="match-count"], [data-embed]').first(),
        ).toBeVisible();
        await page.screenshot({
          path: `test-results/screenshots/${view.name}-${size.name}-${scheme}.png`,
          fullPage: true,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
      });
    }
  }
}

// The same over many articles (manyArticles.ts): summary marks and the virtualized list.
for (const size of sizes) {
  test(`screenshot many articles ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openBig(page, '?scale=log');
    await expect(page.locator('[data-chart] [data-mark-count]').first()).toBeVisible();
    await page.screenshot({
      path: `test-results/screenshots/many-${size.name}.png`,
      fullPage: true,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}
