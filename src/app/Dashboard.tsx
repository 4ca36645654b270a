// The dashboard over a loaded dataset: the view comes from the URL, every part is drawn from
// the same filtered rows so filters move charts, cards and list together.
import { useDeferredValue, useMemo } from 'react';
import type { ViewState } from './url/viewState.ts';
import { ArticleDialog } from './article/ArticleDialog.tsx';
import { LatestFigureCards } from './cards/LatestFigureCards.tsx';
import { ChartsSection } from './charts/ChartsSection.tsx';
import type { DatasetIndex } from './data/datasetIndex.ts';
import { ExcerptList } from './excerpts/ExcerptList.tsx';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { cachedQueryFigures, filterKey } from './filters/figureQuery.ts';
import { useIdleSearchIndex } from './filters/useIdleSearchIndex.ts';
import { SuggestionDialog } from './review/SuggestionDialog.tsx';
import { cachedGroupFacts } from './facts/facts.ts';
import { EmbedView } from './share/EmbedView.tsx';
import { KnownOnControl } from './timeline/KnownOnControl.tsx';
import { publishedSpan } from './timeline/knownOn.ts';
import { LinkNotice } from './url/LinkNotice.tsx';
import { useLinkAudit } from './url/useLinkAudit.ts';
import { useViewState } from './url/useViewState.ts';

export function Dashboard({ index }: { index: DatasetIndex }) {
  const [view, setView] = useViewState(index.known);
  useLinkAudit(index, setView);
  // What is typed in the search box answers at once in its field; cards, charts and list
  // follow with `shown`, in which the search lags in a render React may interrupt when the
  // next keystroke comes. Any other change (a box ticked, a card clicked, a date committed
  // with Enter: the date fields keep what is typed to themselves until then) shows its
  // results in the same render as the control, a frame sooner. The results' parts are
  // memoized, and `shown` keeps its identity while only the search changes, so a keystroke
  // does not touch them. Only the filter fields refilter: selecting a figure or opening an
  // article does not.
  const typed = useDeferredValue(view.q);
  const { q: _q, ...untyped } = view;
  const shownKey = JSON.stringify([untyped, typed]);
  const shown = useMemo((): ViewState => {
    const [rest, q] = JSON.parse(shownKey) as [typeof untyped, string];
    return { ...rest, q };
  }, [shownKey]);
  const key = filterKey(shown);
  const result = useMemo(() => cachedQueryFigures(index.columns, key), [index, key]);
  useIdleSearchIndex(index.columns);
  const span = useMemo(() => publishedSpan(index.columns.publishedDays), [index]);
  // Repeated figures once (group=1): charts draw one figure per fact, the list one entry.
  const facts = useMemo(
    () => (shown.group ? cachedGroupFacts(index.columns, result.positions) : null),
    [shown.group, index, result],
  );
  const factRows = useMemo(
    () => (facts ? Array.from(facts.representatives, (i) => index.rows[i] ?? []).flat() : null),
    [facts, index],
  );
  const chartPositions =
    facts && shown.chartView !== 'compare' ? facts.representatives : result.positions;
  const repeats = facts?.repeats ?? null;
  if (view.embed) {
    return (
      <EmbedView
        index={index}
        view={shown}
        setView={setView}
        positions={chartPositions}
        allPositions={result.positions}
        repeats={repeats}
      />
    );
  }
  return (
    <>
      <div className="pt-4">
        <LinkNotice />
      </div>
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-6">
        <FilterPanel
          index={index}
          view={view}
          setView={setView}
          publisherCounts={result.publisherCounts}
          metricCounts={result.metricCounts}
          sourceCounts={result.sourceCounts}
        />
        <div className="grid min-w-0 content-start gap-4">
          <KnownOnControl knownOn={view.knownOn} span={span} setView={setView} />
          <LatestFigureCards
            columns={index.columns}
            positions={result.positions}
            view={shown}
            setView={setView}
          />
          <div className="grid min-w-0 gap-4 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
            <ChartsSection
              index={index}
              positions={chartPositions}
              view={shown}
              setView={setView}
              repeats={repeats}
            />
            <ExcerptList
              index={index}
              rows={factRows ?? result.rows}
              allRows={result.rows}
              facts={facts}
              total={index.rows.length}
              view={shown}
              sort={view.sort}
              setView={setView}
            />
          </div>
        </div>
      </div>
      <ArticleDialog index={index} view={view} setView={setView} />
      <SuggestionDialog index={index} />
    </>
  );
}
