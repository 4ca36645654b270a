// The span of days a figure is drawn at (its own day, or its report's). Dragging across a
// chart sets the same two values. Days are typed as the page writes them ("7 Oct 2023", or
// 2023-10-07) rather than in a browser's date field, whose order and width follow the
// browser's locale ("mm/dd/yyyy", clipped in a narrow column); a calendar is a click away.
import { useId, useRef, useState } from 'react';
import { formatDay } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';
import { datesInverted, type ViewState } from '../url/viewState.ts';
import { parseDayInput } from './dayInput.ts';

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

function DayField({
  label,
  value,
  invalid,
  describedBy,
  onCommit,
}: {
  label: string;
  value: string | null;
  invalid: boolean;
  describedBy: string | undefined;
  onCommit: (day: string | null) => void;
}) {
  // What is being typed, until it is committed (Enter, leaving the field) or put aside.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const inputId = useId();
  const shown = draft ?? (value === null ? '' : formatDay(value));

  function commit() {
    if (draft === null) return;
    const day = parseDayInput(draft);
    if (day === null) {
      setError(true);
      return;
    }
    setError(false);
    setDraft(null);
    const next = day === '' ? null : day;
    if (next !== value) onCommit(next);
  }

  return (
    <div className="min-w-0">
      <label htmlFor={inputId} className="text-xs font-medium">
        {label}
      </label>
      <div className="relative mt-0.5">
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. 7 Oct 2023"
          className="field pr-8"
          value={shown}
          aria-invalid={error || invalid}
          aria-describedby={error ? errorId : describedBy}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(false);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape' && draft !== null) {
              setDraft(null);
              setError(false);
            }
          }}
        />
        {/* A calendar for those who would rather pick: the browser's own, opened by a button. */}
        <button
          type="button"
          className="absolute top-1/2 right-1 flex size-6 -translate-y-1/2 items-center justify-center rounded text-slate-500 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-slate-400 dark:hover:text-slate-100"
          aria-label={`Pick the ${label} date from a calendar`}
          onClick={() => {
            const input = picker.current;
            if (!input) return;
            input.value = value ?? '';
            try {
              input.showPicker();
            } catch {
              input.focus();
            }
          }}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none">
            <rect
              x="2"
              y="3"
              width="12"
              height="11"
              rx="1.5"
              stroke="currentColor"
              strokeWidth="1.4"
            />
            <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" strokeWidth="1.4" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          className="pointer-events-none absolute right-0 bottom-0 size-px opacity-0"
          onChange={(event) => {
            const day = event.target.value;
            setDraft(null);
            setError(false);
            if (day !== '' && day !== value) onCommit(day);
          }}
        />
      </div>
      {error && (
        <p id={errorId} className="mt-0.5 text-xs text-red-700 dark:text-red-300">
          Not a day: write it as 7 Oct 2023 or 2023-10-07.
        </p>
      )}
    </div>
  );
}
