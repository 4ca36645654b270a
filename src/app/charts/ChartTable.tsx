// The text alternative of a chart: the same plotted figures as a table, each selectable.
import { publisherLabel } from '../data/datasetIndex.ts';
import { formatDay, formatHedgedValue, QUALIFIER_WORDS } from '../format/format.ts';
import type { ChartData } from './chartSeries.ts';

interface Props {
  title: string;
  data: ChartData;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
}

export function ChartTable({ title, data, selectedId, onSelectFigure }: Props) {
  const points = data.series
    .flatMap((s) => s.points)
    .sort((a, b) => a.t - b.t || a.row.metric.localeCompare(b.row.metric) || a.value - b.value);
  return (
    <div className="mt-2 max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-xs sm:text-sm">
        <caption className="sr-only">{`${title}: the plotted figures by date`}</caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-2 py-1.5">
              Date
            </th>
            <th scope="col" className="px-2 py-1.5">
              Metric
            </th>
            <th scope="col" className="px-2 py-1.5 text-right">
              Figure
            </th>
            <th scope="col" className="px-2 py-1.5">
              Publisher
            </th>
            <th scope="col" className="hidden px-2 py-1.5 sm:table-cell">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map(({ row }) => (
            <tr
              key={row.id}
              data-row-figure-id={row.id}
              className={`border-t border-slate-200 dark:border-slate-700 ${row.id === selectedId ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
            >
              <td className="px-2 py-1 whitespace-nowrap">{formatDay(row.asOf ?? '')}</td>
              <td className="px-2 py-1">{row.metricLabel}</td>
              <td className="px-2 py-1 text-right">
                <button
                  type="button"
                  className="btn-quiet px-1 py-0 tabular-nums"
                  aria-pressed={row.id === selectedId}
                  onClick={() => {
                    onSelectFigure(row.id);
                  }}
                >
                  {formatHedgedValue(row.value, row.qualifier)}
                </button>
              </td>
              <td className="px-2 py-1">{publisherLabel(row.publisher)}</td>
              <td className="hidden px-2 py-1 sm:table-cell">
                {`“${row.text}”, ${QUALIFIER_WORDS[row.qualifier]}, ${row.modality}${row.attribution ? `, per ${row.attribution}` : ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
