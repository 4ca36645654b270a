// The span of days a figure describes. Dragging across a chart sets the same two values.
import type { SetView } from '../url/useViewState.ts';
import { isIsoDay, type ViewState } from '../url/viewState.ts';

export function DateFilter({ view, setView }: { view: ViewState; setView: SetView }) {
  return (
    <fieldset className="mt-4 min-w-0">
      <legend className="text-sm font-semibold">Date the figure describes</legend>
      <div className="mt-1 grid grid-cols-2 gap-2 lg:grid-cols-1 xl:grid-cols-2">
        <label className="text-xs font-medium">
          From
          <input
            type="date"
            className="field mt-0.5"
            value={view.from ?? ''}
            max={view.to ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              setView({ from: isIsoDay(value) ? value : null });
            }}
          />
        </label>
        <label className="text-xs font-medium">
          To
          <input
            type="date"
            className="field mt-0.5"
            value={view.to ?? ''}
            min={view.from ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              setView({ to: isIsoDay(value) ? value : null });
            }}
          />
        </label>
      </div>
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
