// The chart component and the charting library come in their own file, after the first
// download. main.tsx starts fetching it at once, alongside the dataset, so it is there by the
// time the data is. A small store rather than React.lazy: lazy suspends on first render even
// when the file is in, and React holds a revealed Suspense boundary back for 300 ms.
import { useSyncExternalStore, type ComponentType } from 'react';
import type { FigureChartProps } from './FigureChart.tsx';

type State =
  | { status: 'loading' }
  | { status: 'loaded'; Chart: ComponentType<FigureChartProps> }
  | { status: 'failed'; error: unknown };

let state: State = { status: 'loading' };
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

/** Starts loading the chart code (again, after a failure); resolves when it is in or failed. */
export function loadFigureChart(): Promise<void> {
  if (state.status === 'failed') set({ status: 'loading' });
  pending ??= import('./FigureChart.tsx').then(
    (module) => {
      set({ status: 'loaded', Chart: module.default });
    },
    (error: unknown) => {
      pending = null;
      set({ status: 'failed', error });
    },
  );
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  void loadFigureChart();
  return () => {
    listeners.delete(listener);
  };
}

/** The chart component once its code is in, and how loading it went. */
export function useFigureChart(): State {
  return useSyncExternalStore(subscribe, () => state);
}
