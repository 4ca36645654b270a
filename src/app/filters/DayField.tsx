// A day typed as the page writes it ("7 Oct 2023", or 2023-10-07) rather than in a browser's
// date field, whose order and width follow the browser's locale ("mm/dd/yyyy", clipped in a
// narrow column); a calendar is a click away. Used by the date filter and "as known on".
import { useId, useRef, useState } from 'react';
import { formatDay } from '../format/format.ts';
import { parseDayInput } from './dayInput.ts';

export function DayField({
  label,
  value,
  invalid = false,
  describedBy,
  onCommit,
}: {
  label: string;
  value: string | null;
  invalid?: boolean;
  describedBy?: string | undefined;
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
