// Data → pixel positions inside the plot, as the chart's axes map them (explicit domains,
// linear or log), so marks can be drawn directly instead of through the charting library.
import type { Scale } from '../url/viewState.ts';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
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
