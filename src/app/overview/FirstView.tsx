// The first view of a large dataset (overview.ts): the dashboard's cards and charts for the
// default view, drawn from overview.json while the full data is still on its way, where the
// dashboard will draw them; the filters and the list are grey shapes until then. Nothing in it
// answers to the pointer or keyboard (inert): the dashboard replaces it, whole, once the full
// data is in. Once its charts are painted, the full data may be read (releaseDataset).
import { useEffect, useMemo, type ComponentType } from 'react';
import { FigureCards } from '../cards/LatestFigureCards.tsx';
import { CHART_GROUPS } from '../charts/chartGroups.ts';
import { ChartPanelView } from '../charts/ChartPanel.tsx';
import { ChartsFrame } from '../charts/ChartsSection.tsx';
import type { FigureChartProps } from '../charts/FigureChart.tsx';
import { useFigureChart } from '../charts/loadFigureChart.ts';
import { publisherShapes } from '../charts/publisherShapes.ts';
import { releaseDataset } from '../data/useDataset.ts';
import { KnownOnControl } from '../timeline/KnownOnControl.tsx';
import type { SetView } from '../url/useViewState.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import type { Overview } from './overview.ts';

const IGNORE: SetView = () => undefined;
const NO_PINNED = [] as const;
const BLOCK = 'animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800';

export function FirstView({
  overview,
  Chart,
}: {
  overview: Overview;
  /** The chart to draw with, at build time (scripts/prerender.ts); else FigureChart, once in. */
  Chart?: ComponentType<FigureChartProps>;
}) {
  const shapes = useMemo(() => publisherShapes(overview.publishers), [overview]);
  const chartCode = useFigureChart();
  // Painted (a frame, then a task) or given up: the full data may be read now.
  useEffect(() => {
    if (chartCode.status === 'loading') return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(releaseDataset, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [chartCode.status]);
  const events = DEFAULT_VIEW.events ? overview.events : [];
  return (
    <div className="pt-4" data-first-view="">
      <p role="status" aria-live="polite" className="sr-only">
        Loading the dataset…
      </p>
      <div inert className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-6">
        {/* The filters' place: as high as their panel, folded up, below the lg breakpoint. */}
        <div className={`${BLOCK} h-[174px] sm:h-[182px] lg:h-96`} />
        <div className="grid min-w-0 content-start gap-4">
          <KnownOnControl knownOn={null} span={overview.span} setView={IGNORE} />
          <FigureCards cards={overview.cards} view={DEFAULT_VIEW} setView={IGNORE} />
          <div className="grid min-w-0 gap-4 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
            <ChartsFrame view={DEFAULT_VIEW} setView={IGNORE} events={overview.events}>
              {CHART_GROUPS.map((chart) => {
                const first = overview.charts.find((c) => c.id === chart.id);
                if (!first) return null;
                return (
                  <ChartPanelView
                    key={chart.id}
                    chart={chart}
                    data={first.data}
                    scale={first.scale}
                    pinned={NO_PINNED}
                    legendMetrics={first.legendMetrics}
                    events={events}
                    view={DEFAULT_VIEW}
                    setView={IGNORE}
                    shapes={shapes}
                    repeats={null}
                    preview
                    Chart={Chart}
                  />
                );
              })}
            </ChartsFrame>
            <div className={`${BLOCK} h-96`} />
          </div>
        </div>
      </div>
    </div>
  );
}
