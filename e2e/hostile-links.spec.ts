// Links mangled or made hostile: the view keeps what is valid, says what it dropped, cleans
// the address, never crashes and never runs what the link carries.
import { dataset, expect, openDashboard, test } from './fixtures.ts';

const publisher = dataset.articles.find((a) => a.publisher)?.publisher ?? '';
const notice = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Parts of this link were ignored' });

const cases: { name: string; query: string; dropped: RegExp[]; kept?: RegExp }[] = [
  {
    name: 'unknown publisher and metric',
    query: `?pub=${encodeURIComponent(publisher)}&pub=No+Such+Paper&metric=gaza_killed&metric=aliens_seen`,
    dropped: [/pub “No Such Paper”/, /metric “aliens_seen”/],
    kept: /pub=.+metric=gaza_killed/,
  },
  {
    name: 'from after to',
    query: '?from=2024-05-01&to=2023-01-01',
    dropped: [/after the end date 2023-01-01/],
  },
  {
    name: 'impossible dates',
    query: '?from=2023-02-30&to=2023-13-45',
    dropped: [/from “2023-02-30”/, /to “2023-13-45”/],
  },
  {
    name: 'a 10,000-character search',
    query: `?q=${'a'.repeat(10_000)}&scale=log`,
    dropped: [/q “a+…”: longer than 200 characters/],
    kept: /scale=log/,
  },
  {
    name: 'a figure and an article that do not exist',
    query: '?fig=nope:1:2&article=missing_article',
    dropped: [/fig “nope:1:2”/, /article “missing_article”/],
  },
  {
    name: 'repeated parameters',
    query: '?scale=log&scale=linear&from=2023-10-07&from=2024-01-01',
    dropped: [/scale: given 2 times/, /from: given 2 times/],
    kept: /scale=log.*from=2023-10-07|from=2023-10-07.*scale=log/,
  },
  {
    name: 'script and javascript: payloads',
    query:
      `?pub=${encodeURIComponent('<script>window.__pwned=1</script>')}` +
      `&metric=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}` +
      `&article=${encodeURIComponent('javascript:window.__pwned=1')}` +
      `&fig=${encodeURIComponent('"><svg onload=window.__pwned=1>')}` +
      `&${encodeURIComponent('<b onmouseover=x>')}=1`,
    dropped: [/pub “<script>/, /metric “<img src=x/, /article “javascript:/, /fig “"><svg/],
  },
  {
    name: 'broken percent-encoding',
    query: '?q=%E0%A4%A&pub=%ZZ&scale=log',
    dropped: [/q: its percent-encoding is broken/, /pub: its percent-encoding is broken/],
    kept: /scale=log/,
  },
];

for (const { name, query, dropped, kept } of cases) {
  test(`a link with ${name} falls back with a notice`, async ({ page }) => {
    await openDashboard(page, query);
    await expect(notice(page)).toBeVisible();
    for (const line of dropped) await expect(notice(page)).toContainText(line);
    // Whatever was dropped is gone from the address; what was valid stays.
    await expect(page).not.toHaveURL(/aliens_seen|No\+Such|2023-02-30|%3Cscript|nope|%ZZ/);
    if (kept) await expect(page).toHaveURL(kept);
    await expect(page.getByTestId('match-count')).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // Markup in the link is shown as text, never made into elements.
    await expect(page.locator('main script, main img[src="x"], main b[onmouseover]')).toHaveCount(
      0,
    );
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).toBeHidden();
  });
}

test('a clean link shows no notice', async ({ page }) => {
  await openDashboard(page, `?pub=${encodeURIComponent(publisher)}&scale=log`);
  await expect(notice(page)).toHaveCount(0);
});
