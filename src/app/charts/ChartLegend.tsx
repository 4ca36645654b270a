// Metric entries that hide or show their metric, and a key to the markers: one shape per
// publisher, hollow for proposed figures, a hedge sign for hedged ones, and, when the chart
// sums figures up, what a summary mark is.
import type { MetricId } from '../../dataset/metrics.ts';
import { metricInfo } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/datasetIndex.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import { OTHER_SHAPE, SHAPES } from './publisherShapes.ts';
import { symbolPath, type MarkerShape } from './symbolPath.ts';

interface Props {
  metrics: readonly MetricId[];
  isShown: (metric: MetricId) => boolean;
  onToggle: (metric: MetricId) => void;
  /** Publisher keys with figures in the chart. */
  publishers: readonly string[];
  /** Whether the chart draws summary marks. */
  summed: boolean;
  shapes: ReadonlyMap<string, MarkerShape>;
}

function Glyph({ type, hollow = false }: { type: MarkerShape; hollow?: boolean }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
      <path
        d={symbolPath(type, 60)}
        fill={hollow ? 'var(--chart-bg)' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={hollow ? 1.5 : 0}
      />
    </svg>
  );
}

function SummaryGlyph() {
  return (
    <svg width={14} height={18} viewBox="-7 -9 14 18" aria-hidden="true">
      <line x1={0} x2={0} y1={-8} y2={8} stroke="currentColor" strokeWidth={1.5} />
      <path
        d={symbolPath('circle', 90)}
        fill="currentColor"
        fillOpacity={0.35}
        stroke="currentColor"
        strokeWidth={1.5}
      />
    </svg>
  );
}

export function ChartLegend({ metrics, isShown, onToggle, publishers, summed, shapes }: Props) {
  const named = publishers.filter((p) => shapes.get(p) !== OTHER_SHAPE);
  const others = publishers.length - named.length;
  const order = (p: string) => SHAPES.indexOf(shapes.get(p) ?? OTHER_SHAPE);
  named.sort((a, b) => order(a) - order(b));
  return (
    <div className="mt-2 space-y-1.5 text-xs">
      <div role="group" aria-label="Metrics shown" className="flex flex-wrap gap-1.5">
        {metrics.map((metric) => {
          const shown = isShown(metric);
          return (
            <button
              key={metric}
              type="button"
              aria-pressed={shown}
              title={shown ? 'Hide this metric' : 'Show this metric'}
              onClick={() => {
                onToggle(metric);
              }}
              className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 aria-[pressed=false]:text-slate-500 aria-[pressed=false]:line-through dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-[pressed=false]:text-slate-400"
            >
              <span
                aria-hidden="true"
                className="size-2.5 rounded-full"
                style={{ backgroundColor: shown ? METRIC_COLOR[metric] : 'transparent' }}
              />
              {metricInfo(metric).label}
            </button>
          );
        })}
      </div>
      {publishers.length > 0 && (
        <div className="muted flex flex-wrap items-center gap-x-3 gap-y-1" aria-hidden="true">
          {named.map((publisher) => (
            <span key={publisher} className="inline-flex items-center gap-1">
              <Glyph type={shapes.get(publisher) ?? OTHER_SHAPE} />
              {publisherLabel(publisher)}
            </span>
          ))}
          {others > 0 && (
            <span className="inline-flex items-center gap-1">
              <Glyph type={OTHER_SHAPE} />
              {others} other {others === 1 ? 'publisher' : 'publishers'}
            </span>
          )}
          <span className="inline-flex items-center gap-1">
            <Glyph type="circle" hollow /> proposed
          </span>
          <span>≥ ≈ ≤ hedged</span>
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-0.5 w-4 bg-current" /> reported totals
          </span>
          {summed && (
            <span className="inline-flex items-center gap-1">
              <SummaryGlyph /> several figures: median and range
            </span>
          )}
        </div>
      )}
    </div>
  );
}
