// Data → pixel positions inside the plot, as the chart's Recharts axes map them. Recharts owns
// the scales (XAxis, YAxis: explicit domains, linear or log); the marks drawn beside its own
// elements (MarksLayer) read them through its hooks and see them as plain functions here, so
// that placing and finding marks (bucketLayout.ts) stays pure and testable without Recharts.

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

/** An axis scale as Recharts hands it out: undefined for what it cannot place. */
export type AxisScale = (value: unknown) => number | undefined;

/** Recharts' x and y scales as number → pixel functions (NaN where they place nothing). */
export function scalesOf(x: AxisScale, y: AxisScale): Scales {
  return {
    x: (t) => x(t) ?? NaN,
    y: (value) => y(value) ?? NaN,
  };
}
