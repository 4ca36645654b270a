// One checkbox per publisher, named by the publisher alone; the figure count sits beside it.
// Nothing ticked means every publisher.
import { useState } from 'react';
import type { PublisherInfo } from '../data/datasetIndex.ts';
import { formatNumber } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';

interface Props {
  publishers: readonly PublisherInfo[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  setView: SetView;
}

const FIRST_SHOWN = 12;

export function PublisherFilter({ publishers, counts, selected, setView }: Props) {
  const [showAll, setShowAll] = useState(false);
  // Ticked publishers stay visible even when the list is cut short.
  const shown = showAll
    ? publishers
    : publishers.filter((p, i) => i < FIRST_SHOWN || selected.includes(p.key));
  return (
    <fieldset className="mt-4 min-w-0">
      <legend className="text-sm font-semibold">Publisher</legend>
      <ul className="mt-1 space-y-0.5">
        {shown.map((publisher, i) => {
          const id = `publisher-${i}`;
          const checked = selected.includes(publisher.key);
          return (
            <li key={publisher.key} className="flex items-center gap-2 text-sm">
              <input
                id={id}
                type="checkbox"
                className="size-4 shrink-0 accent-blue-700"
                checked={checked}
                aria-describedby={`${id}-count`}
                onChange={() => {
                  setView({
                    publishers: checked
                      ? selected.filter((p) => p !== publisher.key)
                      : [...selected, publisher.key],
                  });
                }}
              />
              <label htmlFor={id} className="min-w-0 flex-1 py-0.5 [overflow-wrap:anywhere]">
                {publisher.label}
              </label>
              <span id={`${id}-count`} className="muted text-xs tabular-nums">
                {formatNumber(counts.get(publisher.key) ?? 0)}
                <span className="sr-only"> figures</span>
              </span>
            </li>
          );
        })}
      </ul>
      {publishers.length > FIRST_SHOWN && (
        <button
          type="button"
          className="btn-quiet mt-1 -ml-2"
          onClick={() => {
            setShowAll(!showAll);
          }}
        >
          {showAll ? 'Show fewer' : `Show all ${publishers.length} publishers`}
        </button>
      )}
    </fieldset>
  );
}
