// Exported charts stand on their own: the image carries its legend as drawn, the filters in
// words, where the figures come from, the view's link and the day; the lines come as a CSV.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatDay } from '../src/app/format/format.ts';
import { dataset, dayOf, expect, openDashboard, publisherOf, test } from './fixtures.ts';

async function download(page: Page, name: string): Promise<string> {
  const button = page.getByRole('button', { name });
  // The chart is exported from its drawn SVG: a click before recharts has measured its box and
  // drawn (under load, after the first paint) exports nothing.
  await expect(
    button.locator('xpath=ancestor::section[1]').locator('svg.recharts-surface'),
  ).toBeVisible();
  const file = page.waitForEvent('download');
  await button.click();
  return readFileSync(await (await file).path(), 'utf8');
}

/** The text of an SVG's <text> elements, in order, entities decoded. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"'),
  );
}

test('an SVG carries the legend, the filters, the source, the link and the day', async ({
  page,
}) => {
  const name = 'CNN';
  await openDashboard(page, `?pub=${name}&kind=incident`);
  const svg = await download(page, 'Download the Hostages and prisoners chart as SVG');
  const texts = textsOf(svg);
  const all = texts.join(' ');
  expect(texts[0]).toBe('Hostages and prisoners — Conflict Figures');
  // The legend as drawn: the metrics of the drawn figures, the publisher's shape, the keys.
  const drawn = dataset.figures.filter(
    (f) =>
      publisherOf(f) === name &&
      f.scope === 'incident' &&
      dayOf(f) !== null &&
      /^(hostages|prisoners)_/.test(f.metric),
  );
  expect(drawn.length).toBeGreaterThan(0);
  for (const metric of new Set(drawn.map((f) => f.metric))) {
    const label = dataset.metrics.find((m) => m.id === metric)?.label ?? metric;
    expect(texts).toContain(label);
  }
  expect(texts).toContain(name);
  expect(texts).toContain('one event (stem)');
  // The filters in words, the source line, the view's link and the day it was made.
  expect(all).toContain('Filters: publisher: CNN; one-event figures only');
  expect(all).toContain('Source: Conflict Figures — figures as reported by 1 publisher');
  // The sheet's lines come before the chart's own SVG (whose event labels are text too).
  const view = texts.findIndex((x) => x.startsWith('View: '));
  const downloaded = texts.indexOf(
    `Downloaded ${formatDay(new Date().toISOString().slice(0, 10))}`,
  );
  expect(downloaded).toBeGreaterThan(view);
  expect(view).toBeGreaterThan(-1);
  expect(texts.slice(view, downloaded).join('')).toBe(`View: ${page.url()}`);
  // The chart itself is in it, below the legend.
  expect(svg.match(/data-figure-id=/g)).toHaveLength(drawn.length);
});

test('a PNG of the same sheet is made', async ({ page }) => {
  await openDashboard(page);
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the Casualties chart as PNG' }).click();
  const png = readFileSync(await (await file).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // Taller than the chart alone (300 px at twice the scale): legend and footer are in it.
  const height = png.readUInt32BE(20);
  expect(height).toBeGreaterThan(2 * 300 + 2 * 100);
});

test('the chart’s lines come as a CSV of daily totals', async ({ page }) => {
  await openDashboard(page, '?modality=reported');
  const csv = await download(page, 'Download the Casualties chart’s lines of daily totals as CSV');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'metric,metric_label,day,value,qualifier,text,dated_by,publisher,figure_id',
  );
  // One line per metric and day that has a reported running total.
  const totals = dataset.figures.filter(
    (f) =>
      f.scope === 'total' &&
      f.modality === 'reported' &&
      dayOf(f) !== null &&
      !/^(hostages|prisoners)_/.test(f.metric),
  );
  const keys = new Set(totals.map((f) => `${f.metric}|${dayOf(f) ?? ''}`));
  expect(lines).toHaveLength(keys.size + 1);
  const toll = dataset.figures.find((f) => f.value === 28473);
  if (toll) expect(csv).toContain(`,${toll.id}`);
});
