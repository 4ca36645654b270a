// One figure as a chart draws it: where on the time axis, what value, and the row it stands
// for. Chart series (chartSeries.ts) and summary marks (chartMarks.ts) both make them.
import type { FigureRow } from '../data/figureRow.ts';
import { DAY_MS, NO_DAY, type FigureColumns } from '../filters/figureColumns.ts';

export interface ChartPoint {
  id: string;
  /** The day drawn at (FigureRow.day) as milliseconds since the epoch: the x value. */
  t: number;
  value: number;
  row: FigureRow;
  /** Sideways nudge, in marker widths, so figures of the same day do not hide each other. */
  dodge: number;
}

/** The figure at a position as a point of the chart. */
export function pointAt(columns: FigureColumns, i: number): ChartPoint {
  const row = columns.rows[i];
  if (!row) throw new Error(`no figure at ${i}`);
  const day = columns.day[i] === NO_DAY ? NaN : (columns.dayNumber[i] ?? NaN);
  return { id: row.id, t: day * DAY_MS, value: row.value, row, dodge: 0 };
}
