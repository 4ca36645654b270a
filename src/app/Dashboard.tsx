// The dashboard over a loaded dataset: the view comes from the URL, every part is drawn from
// the same filtered rows so filters move charts, cards and list together.
import { useDeferredValue, useMemo } from 'react';
import { ArticleDialog } from './article/ArticleDialog.tsx';
import { LatestFigureCards } from './cards/LatestFigureCards.tsx';
import { ChartsSection } from './charts/ChartsSection.tsx';
import type { DatasetIndex } from './data/datasetIndex.ts';
import { ExcerptList } from './excerpts/ExcerptList.tsx';
import { sortFigures } from './excerpts/sortFigures.ts';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { filterFigures } from './filters/filterFigures.ts';
import { LinkNotice } from './url/LinkNotice.tsx';
import { useLinkAudit } from './url/useLinkAudit.ts';
import { useViewState } from './url/useViewState.ts';

export function Dashboard({ index }: { index: DatasetIndex }) {
  const [view, setView] = useViewState(index.known);
  useLinkAudit(index, setView);
  // Typing in the search box stays responsive on a large dataset; results follow a beat later.
  const deferredView = useDeferredValue(view);
  const filtered = useMemo(() => filterFigures(index.rows, deferredView), [index, deferredView]);
  const sorted = useMemo(() => sortFigures(filtered, view.sort), [filtered, view.sort]);

  return (
    <>
      <div className="pt-4">
        <LinkNotice />
      </div>
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-6">
        <FilterPanel index={index} view={view} setView={setView} />
        <div className="grid min-w-0 content-start gap-4">
          <LatestFigureCards rows={filtered} view={view} setView={setView} />
          <div className="grid min-w-0 gap-4 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
            <ChartsSection index={index} rows={filtered} view={view} setView={setView} />
            <ExcerptList
              index={index}
              rows={sorted}
              total={index.rows.length}
              view={view}
              setView={setView}
            />
          </div>
        </div>
      </div>
      <ArticleDialog index={index} view={view} setView={setView} />
    </>
  );
}
