import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { queryFigures } from '../filters/figureQuery.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import { chartDescription } from './chartFrame.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { scaledChartData } from './chartScale.ts';
import { publisherShapes } from './publisherShapes.ts';
import { STATIC_CHART_WIDTHS, StaticChart } from './StaticChart.tsx';

function draw(figures: number) {
  const index = buildDatasetIndex(randomDataset(11, figures));
  const { positions } = queryFigures(index.columns, DEFAULT_VIEW);
  const chart = CHART_GROUPS[0];
  if (!chart) throw new Error('no chart');
  const { data, scale } = scaledChartData(index.columns, positions, chart.metrics, 'auto');
  const markup = renderToStaticMarkup(
    <StaticChart
      chartId={chart.id}
      data={data}
      pinned={[]}
      scale={scale}
      shapes={publisherShapes(index.publishers.map((p) => p.key))}
      selectedId={null}
      onSelectFigure={() => undefined}
      events={index.events}
      xTitle="Day the figure describes"
      repeats={null}
    />,
  );
  return { data, scale, markup };
}

describe('the chart drawn at build time', () => {
  it('draws the chart’s marks at each width, where the end-to-end tests and bench look', () => {
    for (const figures of [60, 4000]) {
      const { data, markup } = draw(figures);
      expect(markup.match(/<svg /g)).toHaveLength(STATIC_CHART_WIDTHS.length);
      for (const { width } of STATIC_CHART_WIDTHS) {
        expect(markup).toContain(`data-static-width="${width}"`);
      }
      const marks = [
        ...markup.matchAll(/data-mark-count="(\d+)"><g class="chart-marks">(<[a-z]+)/g),
      ];
      expect(marks).toHaveLength(STATIC_CHART_WIDTHS.length);
      for (const [, count] of marks) expect(Number(count)).toBe(data.markCount);
      expect(data.markCount).toBeGreaterThan(0);
    }
  });

  it('says what it shows as the live chart does, and sets no style attribute', () => {
    const { data, scale, markup } = draw(4000);
    expect(markup).toContain(chartDescription(data, scale));
    expect(markup).not.toMatch(/\sstyle="/);
  });
});
