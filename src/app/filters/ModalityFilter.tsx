// Reported figures, proposed ones (offers, plans, demands), or both.
import type { SetView } from '../url/useViewState.ts';
import type { ModalityFilter as Modality } from '../url/viewState.ts';
import { ChoiceFilter } from './ChoiceFilter.tsx';

const OPTIONS: { value: Modality; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'reported', label: 'Reported' },
  { value: 'proposed', label: 'Proposed' },
];

export function ModalityFilter({ value, setView }: { value: Modality; setView: SetView }) {
  return (
    <ChoiceFilter
      name="modality"
      legend="Reported or proposed"
      options={OPTIONS}
      value={value}
      onChange={(modality) => {
        setView({ modality });
      }}
    />
  );
}
