// The key to the war's events on the charts: each with its days and a link to its source, for
// the labels a narrow chart has no room for, and for readers who check the dates.
import { memo } from 'react';
import type { WarEvent } from '../../dataset/events.ts';
import { eventDays } from './eventLayout.ts';

/** Memoized: the events change with the dataset only, not with the filters. */
export const EventKey = memo(function EventKey({ events }: { events: readonly WarEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details className="text-xs" data-testid="event-key">
      <summary className="muted cursor-pointer select-none">
        {`The war’s events on the charts (${events.length}): a shaded band is a span of days, a dashed line one day`}
      </summary>
      <ul className="mt-1 space-y-0.5 pl-4">
        {events.map((event) => (
          <li key={`${event.date}|${event.label}`} className="[overflow-wrap:anywhere]">
            <span className="font-medium">{event.label}</span>, {eventDays(event)} (
            <a
              className="text-blue-700 underline dark:text-blue-300"
              href={event.source}
              target="_blank"
              rel="noopener noreferrer"
            >
              source<span className="sr-only"> for {event.label}</span>
            </a>
            )
          </li>
        ))}
      </ul>
    </details>
  );
});
