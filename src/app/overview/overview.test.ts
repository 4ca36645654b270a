import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { overviewJson, overviewOf, readOverview } from './overview.ts';

describe('the first view (overview.json)', () => {
  const index = buildDatasetIndex(randomDataset(7, 300));

  it('reads back as the default view’s cards and charts, rows and all', () => {
    const read = readOverview(overviewJson(index, 0));
    const expected = overviewOf(index);
    expect(read).not.toBeNull();
    // Rows come back as the same rows less their sentences, which the first view never shows.
    const withoutSentences = JSON.parse(
      JSON.stringify(expected, (key, value: unknown) => (key === 'sentence' ? '' : value)),
    ) as unknown;
    expect(read).toEqual(withoutSentences);
    expect(read?.charts.map((c) => c.id)).toEqual(['casualties', 'hostages']);
    expect(read?.charts.some((c) => c.data.markCount > 0)).toBe(true);
  });

  it('refers to each row once, and shares it between points and cards', () => {
    const text = overviewJson(index, 0);
    const json = JSON.parse(text) as { rows: { id: string }[] };
    expect(new Set(json.rows.map((r) => r.id)).size).toBe(json.rows.length);
    const read = readOverview(text);
    const card = read?.cards[0];
    const point = read?.charts
      .flatMap((c) => c.data.series.flatMap((s) => [...s.points, ...s.totals]))
      .find((p) => p.row.id === card?.latest.id);
    if (point) expect(point.row).toBe(card?.latest);
  });

  it('is left out for a dataset small enough to load at once', () => {
    expect(readOverview(overviewJson(index))).toBeNull();
    expect(JSON.parse(overviewJson(index))).toMatchObject({ overview: null });
  });

  it('is none when the file is broken, foreign or of another layout', () => {
    const good = JSON.parse(overviewJson(index, 0)) as Record<string, unknown>;
    const variants = [
      '',
      '{"schemaVersion":1',
      '<!doctype html><p>not found</p>',
      JSON.stringify({ ...good, schemaVersion: 999 }),
      JSON.stringify({ ...good, overviewFormat: 1 }),
      JSON.stringify({ ...good, overview: { ...(good.overview as object), summary: null } }),
      JSON.stringify({ ...good, rows: [] }),
      JSON.stringify({ ...good, overview: { ...(good.overview as object), charts: [] } }),
    ];
    for (const text of variants) expect(readOverview(text)).toBeNull();
  });
});
