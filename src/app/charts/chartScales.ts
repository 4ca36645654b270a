// Data → pixel positions inside the plot, as the chart's axes map them (explicit domains,
// linear or log), so marks can be drawn directly instead of through the charting library.
import type { Scale } from '../url/viewState.ts';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space around the plot: the value axis on the left, the month axis below. */
export const MARGIN = { top: 14, right: 18, bottom: 30, left: 48 };

/** Where the plot sits in a chart of this size. */
export function plotArea(width: number, height: number): PlotArea {
  return {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - MARGIN.right),
    height: Math.max(0, height - MARGIN.top - MARGIN.bottom),
  };
}

export interface Scales {
  x: (t: number) => number;
  y: (value: number) => number;
}

export function plotScales(
  area: PlotArea,
  [x0, x1]: [number, number],
  [y0, y1]: [number, number],
  scale: Scale,
): Scales {
  const bottom = area.y + area.height;
  const ly0 = Math.log10(y0);
  const ly1 = Math.log10(y1);
  return {
    x: (t) => area.x + ((t - x0) / (x1 - x0)) * area.width,
    y:
      scale === 'log'
        ? (v) => bottom - ((Math.log10(v) - ly0) / (ly1 - ly0)) * area.height
        : (v) => bottom - ((v - y0) / (y1 - y0)) * area.height,
  };
}
