// The war's events drawn inside a Recharts chart, on its own x scale: a shaded band over a span
// of days, a dashed line on a single day, and their labels in lanes above the plot (see
// eventLayout.ts; the chart keeps LABEL_ROOM for them). Under the lines and marks, so figures stay on top; part of the chart's SVG,
// so downloads carry them. Each has a <title> with its label and days.
import { memo } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { WarEvent } from '../../dataset/events.ts';
import type { PlotArea } from '../charts/chartScales.ts';
import { eventDays, LANE_HEIGHT, placeEvents } from './eventLayout.ts';

const LABEL_SIZE = 11;
// Labels are measured by an average glyph width: close enough to keep them apart.
const measure = (text: string) => text.length * LABEL_SIZE * 0.56;

export const EventsLayer = memo(function EventsLayer({ events }: { events: readonly WarEvent[] }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || events.length === 0) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.area}>
      <EventMarks events={events} x={(t) => xScale(t) ?? NaN} plot={plot} />
    </ZIndexLayer>
  );
});

/** The events' bands, lines and labels on a time scale (x: time → pixel) over a plot. */
export function EventMarks({
  events,
  x,
  plot,
}: {
  events: readonly WarEvent[];
  x: (t: number) => number;
  plot: PlotArea;
}) {
  const placed = placeEvents(events, x, plot, measure);
  return (
    <g className="chart-events" data-event-count={placed.length}>
      {placed.map(({ event, x0, x1, band, labelX, lane }) => (
        <g key={`${event.date}|${event.label}`} data-event={event.date}>
          <title>{`${event.label}, ${eventDays(event)}`}</title>
          {band ? (
            <rect
              x={x0}
              y={plot.y}
              width={Math.max(1, x1 - x0)}
              height={plot.height}
              fill="var(--event-band)"
            />
          ) : (
            <line
              x1={x0}
              x2={x0}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke="var(--event-line)"
              strokeWidth={1.25}
              strokeDasharray="4 3"
            />
          )}
          {lane !== null && (
            <text
              x={labelX}
              y={plot.y - 4 - lane * LANE_HEIGHT}
              fontSize={LABEL_SIZE}
              fill="var(--chart-text)"
              stroke="var(--chart-bg)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {event.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
