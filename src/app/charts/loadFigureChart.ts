// The chart component and the charting library come in their own file, after the first
// download. main.tsx starts fetching it at once, alongside the dataset, so it is there by the
// time the data is. A small store rather than React.lazy: lazy suspends on first render even
// when the file is in, and React holds a revealed Suspense boundary back for 300 ms.
//
// The file is imported by its address (figureChartUrl in vite.config.ts). A browser may keep a
// failed import of an address for the page's lifetime (Chromium 150 does, 156 does not), so
// each retry asks for a fresh one: the same file with `?retry=n`. The file imports nothing the
// first download has not already loaded, so a fresh address for it is enough.
import { useSyncExternalStore, type ComponentType } from 'react';
import figureChartUrl from 'virtual:figure-chart-url';
import type { FigureChartProps } from './FigureChart.tsx';

type State =
  | { status: 'loading' }
  | { status: 'loaded'; Chart: ComponentType<FigureChartProps> }
  | { status: 'failed'; error: unknown };

interface FigureChartModule {
  default: ComponentType<FigureChartProps>;
}

let state: State = { status: 'loading' };
let pending: Promise<void> | null = null;
let attempts = 0;
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

/** The address of the chart's file for an attempt: a fresh one for every retry. */
export function chartFileAddress(url: string, attempt: number): string {
  if (attempt === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;
}

/** Starts loading the chart code (again, after a failure); resolves when it is in or failed. */
export function loadFigureChart(): Promise<void> {
  if (state.status === 'failed') set({ status: 'loading' });
  if (pending) return pending;
  const address = chartFileAddress(figureChartUrl, attempts);
  attempts += 1;
  pending = (import(/* @vite-ignore */ address) as Promise<FigureChartModule>).then(
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
  // Starts loading if nothing has yet; after a failure only Retry asks again, so a chart drawn
  // later (the dashboard after the first view, a panel switched back to the chart) shows the
  // failure too, whenever the failure came.
  if (attempts === 0) void loadFigureChart();
  return () => {
    listeners.delete(listener);
  };
}

const current = () => state;

/** The chart component once its code is in, and how loading it went. */
export function useFigureChart(): State {
  // At build time (scripts/prerender.ts) nothing loads: the chart is drawn another way.
  return useSyncExternalStore(subscribe, current, current);
}
