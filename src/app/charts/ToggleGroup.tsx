// A row of buttons of which one is pressed: a choice between a few ways of showing a chart.
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: [T, string][];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1.5 text-sm">
      <span aria-hidden="true" className="muted">
        {label}
      </span>
      <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {options.map(([option, text]) => (
          <button
            key={option}
            type="button"
            className="toggle"
            aria-pressed={value === option}
            onClick={() => {
              onChange(option);
            }}
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
