// Reported figures, proposed ones (offers, plans, demands), or both.
import type { SetView } from '../url/useViewState.ts';
import type { ModalityFilter as Modality } from '../url/viewState.ts';

const OPTIONS: { value: Modality; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'reported', label: 'Reported' },
  { value: 'proposed', label: 'Proposed' },
];

export function ModalityFilter({ value, setView }: { value: Modality; setView: SetView }) {
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-semibold">Reported or proposed</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="modality"
              className="size-4 accent-blue-700"
              checked={value === option.value}
              onChange={() => {
                setView({ modality: option.value });
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
