// A chart's lines as a CSV: for each metric, the reported running total of each day, as the
// line joins them (one per day, chosen as the cards choose; see chartSeries.ts), with the
// figure each total comes from. Summed-up charts draw a vertex per span; the file keeps the
// days.
import { publisherLabel } from '../data/figureRow.ts';
import type { ChartData } from '../charts/chartSeries.ts';
import { csvCell } from './figureExport.ts';

const HEADER = [
  'metric',
  'metric_label',
  'day',
  'value',
  'qualifier',
  'text',
  'dated_by',
  'publisher',
  'figure_id',
] as const;

export function seriesCsv(data: ChartData): string {
  const lines: string[] = [HEADER.join(',')];
  for (const series of data.series) {
    for (const point of series.dailyTotals) {
      const { row } = point;
      const cells = [
        row.metric,
        row.metricLabel,
        row.day,
        row.value,
        row.qualifier,
        row.text,
        row.dayFromReport ? 'report' : 'figure',
        publisherLabel(row.publisher),
        row.id,
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
