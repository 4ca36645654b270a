// The filters: search, publisher, metric, date, status, kind. On phones all but the search fold
// away behind a button so the charts are not pushed off the first screen.
import { memo } from 'react';
import type { MetricId } from '../../dataset/metrics.ts';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import { activeFilterCount, clearFilters, type ViewState } from '../url/viewState.ts';
import { DateFilter } from './DateFilter.tsx';
import { KindFilter } from './KindFilter.tsx';
import { MetricFilter } from './MetricFilter.tsx';
import { ModalityFilter } from './ModalityFilter.tsx';
import { PublisherFilter } from './PublisherFilter.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SourceFilter } from './SourceFilter.tsx';
import { ReviewFilter } from '../review/ReviewFilter.tsx';

interface Props {
  index: DatasetIndex;
  view: ViewState;
  setView: SetView;
  /** Facet counts of the current filters (figureQuery.ts). */
  publisherCounts: ReadonlyMap<string, number>;
  metricCounts: ReadonlyMap<MetricId, number>;
  sourceCounts: ReadonlyMap<string, number>;
}

export const FilterPanel = memo(function FilterPanel({
  index,
  view,
  setView,
  publisherCounts,
  metricCounts,
  sourceCounts,
}: Props) {
  const open = useUiStore((s) => s.filtersOpen);
  const toggle = useUiStore((s) => s.toggleFilters);
  const active = activeFilterCount(view);

  return (
    <aside aria-labelledby="filters-title" className="panel h-fit min-w-0 lg:sticky lg:top-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="filters-title" className="text-base font-semibold">
          Filters
        </h2>
        <button
          type="button"
          className="btn-quiet"
          disabled={active === 0}
          onClick={() => {
            setView(clearFilters(view));
          }}
        >
          Clear all{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      <SearchBox value={view.q} setView={setView} />
      <button
        type="button"
        className="btn mt-3 w-full lg:hidden"
        aria-expanded={open}
        aria-controls="filter-fields"
        onClick={toggle}
      >
        {open ? 'Hide filters' : 'More filters'}
      </button>
      <div id="filter-fields" className={`${open ? 'block' : 'hidden'} lg:block`}>
        <PublisherFilter
          publishers={index.publishers}
          counts={publisherCounts}
          selected={view.publishers}
          setView={setView}
        />
        <SourceFilter
          sources={index.sources}
          counts={sourceCounts}
          selected={view.sources}
          setView={setView}
        />
        <MetricFilter counts={metricCounts} selected={view.metrics} setView={setView} />
        <DateFilter view={view} setView={setView} />
        <ModalityFilter value={view.modality} setView={setView} />
        <KindFilter value={view.kind} setView={setView} />
        <ReviewFilter
          value={view.review}
          setView={setView}
          anyReviewed={index.columns.reviewed.includes(1)}
        />
      </div>
    </aside>
  );
});
