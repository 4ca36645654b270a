// The day a chart draws a figure at (x= in the URL): the day it describes (the default: its
// asOf, else its article's publication day, see FigureRow.day), or the day its article was
// published. Charts, summary marks and lines read a
// figure's day from the columns' day fields; on the publication axis those fields are swapped
// for the publication days, built once per dataset, so the chart code is the same for both.
import { DAY_MS, NO_DAY, type FigureColumns } from '../filters/figureColumns.ts';
import { dayToTime } from '../format/format.ts';
import type { TimeAxis } from '../url/viewState.ts';
import type { FigureRow } from '../data/figureRow.ts';

const byPublication = new WeakMap<FigureColumns, FigureColumns>();

/** The columns with their day fields on the given axis. */
export function columnsOnAxis(columns: FigureColumns, axis: TimeAxis): FigureColumns {
  if (axis === 'described') return columns;
  let swapped = byPublication.get(columns);
  if (!swapped) {
    const { publishedDays, published } = columns;
    const dayOfRank = Float64Array.from(publishedDays, (day) => dayToTime(day) / DAY_MS);
    const dayNumber = new Float64Array(published.length);
    for (let i = 0; i < published.length; i += 1) {
      const rank = published[i] ?? NO_DAY;
      dayNumber[i] = rank === NO_DAY ? NaN : (dayOfRank[rank] ?? NaN);
    }
    swapped = { ...columns, days: publishedDays, day: published, dayNumber, dayOfRank };
    byPublication.set(columns, swapped);
  }
  return swapped;
}

/** A figure's day on the axis. */
export function dayOnAxis(row: FigureRow, axis: TimeAxis): string | null {
  return axis === 'published' ? row.published : row.day;
}

/** The axis in words: the x axis's title, the table's date column. */
export const AXIS_TITLE: Record<TimeAxis, string> = {
  described: 'Day the figure describes',
  published: 'Day the article was published',
};

/** Why figures are left off a chart on the axis. */
export function undatedWhy(axis: TimeAxis, one: boolean): string {
  if (axis === 'published') {
    return one ? 'its article has no publication date' : 'their articles have no publication date';
  }
  return `the article does not say which day ${one ? 'it describes' : 'they describe'}`;
}
