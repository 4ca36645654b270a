// "Embed" (iframe code for one chart, its table, a comparison or the cards of the current
// view) and "Cite" (the view as a citation, in plain text and BibTeX), beside Copy link.
import { useState } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { timeToDay } from '../format/format.ts';
import { parseViewState, type EmbedPanel, type ViewState } from '../url/viewState.ts';
import { citationBibtex, citationText } from './citation.ts';
import { embedHeight, embedUrl, iframeCode, viewUrl } from './embedCode.ts';
import { CopyField, ShareDialog } from './ShareDialog.tsx';
import { viewSentence, viewTitle } from './viewInWords.ts';
import { mostReportedMetric } from '../compare/compareRows.ts';
import { columnsOnAxis } from '../charts/timeAxis.ts';
import { cachedQueryFigures, filterKey } from '../filters/figureQuery.ts';
import type { MetricId } from '../../dataset/metrics.ts';

const base = () => `${window.location.origin}${window.location.pathname}`;
/** The view as the address holds it now (the dialogs open on it). */
const currentView = (index: DatasetIndex): ViewState =>
  parseViewState(window.location.search, index.known).value;

export function ShareButtons({ index }: { index: DatasetIndex }) {
  const [open, setOpen] = useState<'embed' | 'cite' | null>(null);
  // The view and the day, as they are when a dialog opens.
  const [view, setView] = useState<ViewState | null>(null);
  const [today, setToday] = useState('');
  const show = (which: 'embed' | 'cite') => {
    setView(currentView(index));
    setToday(timeToDay(Date.now()));
    setOpen(which);
  };
  const close = () => {
    setOpen(null);
  };
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={() => {
          show('embed');
        }}
      >
        Embed
      </button>
      <button
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={() => {
          show('cite');
        }}
      >
        Cite
      </button>
      <ShareDialog title="Embed this view" open={open === 'embed'} onClose={close}>
        {view && <EmbedCode view={view} metric={comparedMetric(index, view)} />}
      </ShareDialog>
      <ShareDialog title="Cite this view" open={open === 'cite'} onClose={close}>
        {view && <CiteText view={view} accessed={today} metric={comparedMetric(index, view)} />}
      </ShareDialog>
    </>
  );
}

const PANELS: [EmbedPanel, string][] = [
  ['casualties', 'The Casualties chart'],
  ['hostages', 'The Hostages and prisoners chart'],
  ['cards', 'The latest reported totals'],
];

/** The metric a comparison shows: the one chosen, or the one it picks (CompareView). */
function comparedMetric(index: DatasetIndex, view: ViewState): MetricId | undefined {
  if (view.chartView !== 'compare') return undefined;
  const first = view.metrics[0];
  if (first) return first;
  const { positions } = cachedQueryFigures(index.columns, filterKey(view));
  return mostReportedMetric(columnsOnAxis(index.columns, view.timeAxis), positions);
}

function EmbedCode({ view, metric }: { view: ViewState; metric: MetricId | undefined }) {
  const [panel, setPanel] = useState<EmbedPanel>('casualties');
  const compare = view.chartView === 'compare';
  const shown = compare ? view : { ...view, embed: true, embedPanel: panel };
  const src = embedUrl(base(), view, panel);
  const code = iframeCode(
    src,
    `${viewTitle(shown, metric)} · Conflict Figures`,
    embedHeight(view, panel),
  );
  return (
    <>
      <p className="text-sm">
        The view as it is now, without the page around it, for a web page of your own. It links back
        to the full view.
      </p>
      {compare ? (
        <p className="text-sm">It shows the comparison: {viewTitle(view, metric)}.</p>
      ) : (
        <fieldset className="grid gap-1 text-sm">
          <legend className="font-medium">What to show</legend>
          {PANELS.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="embed-panel"
                className="size-4 accent-blue-700"
                checked={panel === value}
                onChange={() => {
                  setPanel(value);
                }}
              />
              {label}
              {value !== 'cards' && view.chartView === 'table' ? ' (as a table)' : ''}
            </label>
          ))}
        </fieldset>
      )}
      <CopyField label="Iframe code" text={code} rows={4} />
      <p className="text-sm">
        <a
          className="font-medium text-blue-700 underline dark:text-blue-300"
          href={src}
          target="_blank"
          rel="noopener"
        >
          Preview the embedded view
        </a>
      </p>
    </>
  );
}

function CiteText({
  view,
  accessed,
  metric,
}: {
  view: ViewState;
  accessed: string;
  metric: MetricId | undefined;
}) {
  const citation = {
    view: viewSentence(view, metric),
    url: viewUrl(base(), { ...view, embed: false }),
    accessed,
  };
  return (
    <>
      <p className="text-sm">
        For the view as it is now: what it shows in words, the day you consulted it and its address,
        which brings the same view back.
      </p>
      <CopyField label="Plain text" text={citationText(citation)} rows={4} />
      <CopyField label="BibTeX" text={citationBibtex(citation)} rows={9} />
    </>
  );
}
