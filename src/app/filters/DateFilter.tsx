// The span of days a figure is drawn at (its own day, or its report's). Dragging across a
// chart sets the same two values.
import { useId } from 'react';
import type { SetView } from '../url/useViewState.ts';
import { datesInverted, type ViewState } from '../url/viewState.ts';
import { DayField } from './DayField.tsx';

export function DateFilter({ view, setView }: { view: ViewState; setView: SetView }) {
  const inverted = datesInverted(view);
  const noticeId = useId();
  return (
    <fieldset className="mt-4 min-w-0">
      <legend className="text-sm font-semibold">Date the figure is drawn at</legend>
      <div className="mt-1 grid grid-cols-2 gap-2 lg:grid-cols-1">
        <DayField
          label="From"
          value={view.from}
          invalid={inverted}
          describedBy={inverted ? noticeId : undefined}
          onCommit={(from) => {
            setView({ from });
          }}
        />
        <DayField
          label="To"
          value={view.to}
          invalid={inverted}
          describedBy={inverted ? noticeId : undefined}
          onCommit={(to) => {
            setView({ to });
          }}
        />
      </div>
      <p id={noticeId} role="status" className="text-xs">
        {inverted && (
          <span className="mt-1 block font-medium text-red-700 dark:text-red-300">
            From is after To, so no date filter applies. Change one of them, or Clear all.
          </span>
        )}
      </p>
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 shrink-0 accent-blue-700"
          checked={view.undated}
          onChange={() => {
            setView({ undated: !view.undated });
          }}
        />
        Include undated figures
      </label>
    </fieldset>
  );
}
