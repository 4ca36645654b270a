// Metric entries that hide or show their metric, and a key to the markers: one shape per
// publisher, hollow for proposed figures, a hedge sign for hedged ones.
import { Surface, Symbols, type SymbolType } from 'recharts';
import type { MetricId } from '../../dataset/metrics.ts';
import { metricInfo } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/datasetIndex.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartPoint } from './chartSeries.ts';
import { OTHER_SHAPE, SHAPES } from './publisherShapes.ts';

interface Props {
  metrics: readonly MetricId[];
  isShown: (metric: MetricId) => boolean;
  onToggle: (metric: MetricId) => void;
  points: readonly ChartPoint[];
  shapes: ReadonlyMap<string, SymbolType>;
}

function Glyph({ type, hollow = false }: { type: SymbolType; hollow?: boolean }) {
  return (
    <Surface width={14} height={14} viewBox={{ x: 0, y: 0, width: 14, height: 14 }} aria-hidden>
      <Symbols
        cx={7}
        cy={7}
        type={type}
        size={60}
        fill={hollow ? 'var(--chart-bg)' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={hollow ? 1.5 : 0}
      />
    </Surface>
  );
}

export function ChartLegend({ metrics, isShown, onToggle, points, shapes }: Props) {
  const publishers = [...new Set(points.map((p) => p.row.publisher))];
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
      {points.length > 0 && (
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
        </div>
      )}
    </div>
  );
}
