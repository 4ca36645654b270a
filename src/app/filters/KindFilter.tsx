// Running totals ("the death toll has reached 28,473"), counts of one event ("74 killed in a
// strike"), or both.
import type { SetView } from '../url/useViewState.ts';
import type { KindFilter as Kind } from '../url/viewState.ts';
import { ChoiceFilter } from './ChoiceFilter.tsx';

const OPTIONS: { value: Kind; label: string }[] = [
  { value: 'all', label: 'Both' },
  { value: 'total', label: 'Running totals' },
  { value: 'incident', label: 'One event' },
];

export function KindFilter({ value, setView }: { value: Kind; setView: SetView }) {
  return (
    <ChoiceFilter
      name="kind"
      legend="Running total or one event"
      options={OPTIONS}
      value={value}
      onChange={(kind) => {
        setView({ kind });
      }}
    />
  );
}
