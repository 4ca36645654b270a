// The view for an iframe (embed=1): one chart, its table, a comparison or the cards, without
// the page around them, with what is shown in words and a link back to the full view.
import { useMemo } from 'react';
import { LatestFigureCards } from '../cards/LatestFigureCards.tsx';
import { CHART_GROUPS } from '../charts/chartGroups.ts';
import { ChartPanel } from '../charts/ChartPanel.tsx';
import { publisherShapes } from '../charts/publisherShapes.ts';
import { CompareView } from '../compare/CompareView.tsx';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { Repeats } from '../facts/facts.ts';
import { LinkNotice } from '../url/LinkNotice.tsx';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { SITE_NAME } from './citation.ts';
import { fullViewUrl } from './embedCode.ts';
import { describeView, viewTitle } from './viewInWords.ts';

interface Props {
  index: DatasetIndex;
  view: ViewState;
  setView: SetView;
  /** What the charts draw (one per fact when repeats are shown once). */
  positions: Uint32Array;
  /** Every matching figure: what cards and comparisons count. */
  allPositions: Uint32Array;
  repeats: ReadonlyMap<number, Repeats> | null;
}

export function EmbedView({ index, view, setView, positions, allPositions, repeats }: Props) {
  const shapes = useMemo(() => publisherShapes(index.publishers.map((p) => p.key)), [index]);
  const chart = CHART_GROUPS.find((c) => c.id === view.embedPanel) ?? CHART_GROUPS[0];
  const full = fullViewUrl(`${window.location.origin}${window.location.pathname}`, view);
  const words = describeView(view);
  return (
    <div className="grid gap-2 pt-2" data-embed={view.embedPanel}>
      <LinkNotice />
      <div>
        <h1 className="text-sm font-semibold">
          {SITE_NAME}{' '}
          <span className="muted font-normal">· figures as reported in news articles</span>
        </h1>
        {words.length > 0 && <p className="muted text-xs">{words.join('; ')}</p>}
      </div>
      {/* The cards carry their own heading; a chart's title is one level below this one. */}
      {view.embedPanel !== 'cards' && <h2 className="sr-only">{viewTitle(view)}</h2>}
      {view.chartView === 'compare' ? (
        <CompareView
          index={index}
          positions={allPositions}
          view={view}
          setView={setView}
          events={view.events ? index.events : []}
        />
      ) : view.embedPanel === 'cards' ? (
        <LatestFigureCards
          columns={index.columns}
          positions={allPositions}
          view={view}
          setView={setView}
        />
      ) : (
        chart && (
          <ChartPanel
            chart={chart}
            index={index}
            positions={positions}
            view={view}
            setView={setView}
            shapes={shapes}
            repeats={repeats}
          />
        )
      )}
      <p className="text-xs">
        Figures as reported in news articles, not verified.{' '}
        <a
          href={full}
          target="_blank"
          rel="noopener"
          className="font-medium text-blue-700 underline dark:text-blue-300"
        >
          Open the full view
        </a>
      </p>
    </div>
  );
}
