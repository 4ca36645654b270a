// Where the war's events go on a chart: a band over a span of days, a line on a single day,
// each with its label in one of two lanes above the plot (never over the figures), so that
// labels of nearby events do not cover each other. A label that finds no room is left off the chart (the key
// under the charts and the table view list every event). Pure: the scale comes in as a function.
import type { WarEvent } from '../../dataset/events.ts';
import { DAY_MS } from '../filters/figureColumns.ts';
import { dayToTime, formatDay } from '../format/format.ts';

export interface PlacedEvent {
  event: WarEvent;
  /** Left and right edge in pixels, clipped to the plot; equal for a single day. */
  x0: number;
  x1: number;
  band: boolean;
  /** Where the label starts, and its lane (0 just above the plot, 1 above it), or null for none. */
  labelX: number;
  lane: number | null;
}

export const LANES = 2;
export const LANE_HEIGHT = 13;
/** The room a chart keeps above its plot for the labels' lanes. */
export const LABEL_ROOM = LANES * LANE_HEIGHT;
const GAP = 6;
const PAD = 3;

/** "24 Nov 2023 – 30 Nov 2023", or the one day. */
export function eventDays(event: WarEvent): string {
  return event.end === undefined
    ? formatDay(event.date)
    : `${formatDay(event.date)} – ${formatDay(event.end)}`;
}

const timesOf = new WeakMap<WarEvent, readonly [number, number]>();

/**
 * An event's first and last moment on a time axis: a band covers its last day whole. Worked
 * out once per event (the charts ask again on every filter change).
 */
export function eventTimes(event: WarEvent): readonly [number, number] {
  let times = timesOf.get(event);
  if (times === undefined) {
    const start = dayToTime(event.date);
    times = event.end === undefined ? [start, start] : [start, dayToTime(event.end) + DAY_MS];
    timesOf.set(event, times);
  }
  return times;
}

/** The events that fall (at least in part) within a time domain. */
export function eventsWithin(
  events: readonly WarEvent[],
  [from, to]: readonly [number, number],
): WarEvent[] {
  return events.filter((event) => {
    const [start, end] = eventTimes(event);
    return end >= from && start <= to;
  });
}

/**
 * x: time (ms) → pixel; plot: the plot's left edge and width; measure: a label's width in
 * pixels. Events are given in day order.
 */
export function placeEvents(
  events: readonly WarEvent[],
  x: (t: number) => number,
  plot: { x: number; width: number },
  measure: (text: string) => number,
): PlacedEvent[] {
  const left = plot.x;
  const right = plot.x + plot.width;
  const laneEnds = new Array<number>(LANES).fill(-Infinity);
  const placed: PlacedEvent[] = [];
  for (const event of events) {
    const [start, end] = eventTimes(event);
    const a = x(start);
    const b = x(end);
    if (!Number.isFinite(a) || !Number.isFinite(b) || b < left || a > right) continue;
    const x0 = Math.max(left, a);
    const x1 = Math.min(right, b);
    const width = measure(event.label);
    // Start at the event; pulled left where it would run off the plot's right edge.
    const labelX = Math.max(left + PAD, Math.min(x0 + PAD, right - width - PAD));
    let lane: number | null = null;
    if (width + 2 * PAD <= plot.width) {
      for (let l = 0; l < LANES; l += 1) {
        if ((laneEnds[l] ?? Infinity) + GAP <= labelX) {
          lane = l;
          laneEnds[l] = labelX + width;
          break;
        }
      }
    }
    placed.push({ event, x0, x1, band: event.end !== undefined, labelX, lane });
  }
  return placed;
}
