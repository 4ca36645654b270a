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
