// Downloads of the figures that match the filters, in the list's order.
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { downloadBlob } from './download.ts';
import { exportRecords, toCsv, toJson } from './figureExport.ts';

export function ExportButtons({
  index,
  rows,
  events,
}: {
  index: DatasetIndex;
  rows: readonly FigureRow[];
  /** Whether the war's events go with the figures (JSON): as on the charts. */
  events: boolean;
}) {
  function download(format: 'csv' | 'json') {
    const records = exportRecords(rows, index.articleById);
    const blob =
      format === 'csv'
        ? new Blob([toCsv(records)], { type: 'text/csv;charset=utf-8' })
        : new Blob([toJson(records, window.location.href, events ? index.events : [])], {
            type: 'application/json',
          });
    downloadBlob(blob, `conflict-figures.${format}`);
  }
  return (
    <div className="flex items-center gap-1 text-sm">
      <span className="muted">Download</span>
      <button
        type="button"
        className="btn-quiet px-1 py-0"
        disabled={rows.length === 0}
        aria-label="Download the matching figures as CSV"
        onClick={() => {
          download('csv');
        }}
      >
        CSV
      </button>
      <button
        type="button"
        className="btn-quiet px-1 py-0"
        disabled={rows.length === 0}
        aria-label="Download the matching figures as JSON"
        onClick={() => {
          download('json');
        }}
      >
        JSON
      </button>
    </div>
  );
}
