// The page's first view as HTML, at build time (scripts/prerender.ts): the app's own frame,
// first view and cards, with the charts drawn by StaticChart, since the app's chart code
// (Recharts) draws nothing outside a browser. Never part of the app's bundle.
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticChart } from '../charts/StaticChart.tsx';
import { describeSummary } from '../header/datasetSummary.ts';
import { FirstView } from '../overview/FirstView.tsx';
import { readOverview } from '../overview/overview.ts';
import { PageFrame } from '../PageFrame.tsx';

/** The first view of an overview.json's text as the page's markup; null if it holds none. */
export function renderFirstView(overviewText: string): string | null {
  const overview = readOverview(overviewText);
  if (!overview) return null;
  return renderToStaticMarkup(
    <PageFrame
      index={null}
      summary={describeSummary(overview.summary)}
      embed={false}
      skipLink={false}
    >
      <FirstView overview={overview} Chart={StaticChart} />
    </PageFrame>,
  );
}
