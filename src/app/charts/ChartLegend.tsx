// Metric entries that hide or show their metric, and a key to the markers as the chart draws
// them (chartLegend.ts): one shape per publisher, hollow for proposed figures, hedge signs,
// the line of totals, stems of one-event figures, tails of report-dated ones and, when the
// chart sums figures up, what a summary mark is.
import type { MetricId } from '../../dataset/metrics.ts';
import { metricInfo } from '../../dataset/metrics.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import {
  KEY_WORDS,
  keyGlyph,
  shapeGlyph,
  type GlyphPart,
  type LegendModel,
} from './chartLegend.ts';

interface Props {
  /** The metrics that have figures in the dataset: an entry each, shown or hidden. */
  metrics: readonly MetricId[];
  isShown: (metric: MetricId) => boolean;
  onToggle: (metric: MetricId) => void;
  /** The key to what the chart draws. */
  model: LegendModel;
}

const FILL: Record<GlyphPart['fill'], string> = {
  none: 'none',
  ink: 'currentColor',
  paper: 'var(--chart-bg)',
};

export function Glyph({ parts }: { parts: readonly GlyphPart[] }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" className="shrink-0">
      {parts.map((part, i) => (
        <path
          key={i}
          d={part.d}
          fill={FILL[part.fill]}
          fillOpacity={part.fillOpacity}
          stroke={part.strokeWidth > 0 ? 'currentColor' : 'none'}
          strokeWidth={part.strokeWidth}
          strokeOpacity={part.strokeOpacity}
          strokeDasharray={part.dash}
        />
      ))}
    </svg>
  );
}

export function ChartLegend({ metrics, isShown, onToggle, model }: Props) {
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
      {(model.publishers.length > 0 || model.keys.length > 0) && (
        <ul
          aria-label="Key to the markers"
          className="muted flex flex-wrap items-center gap-x-3 gap-y-1"
          data-legend-keys={model.keys.join(' ')}
        >
          {model.publishers.map((publisher) => (
            <li key={publisher.label} className="inline-flex items-center gap-1">
              <Glyph parts={shapeGlyph(publisher.shape)} />
              {publisher.label}
            </li>
          ))}
          {model.keys.map((key) => (
            <li key={key} className="inline-flex items-center gap-1">
              {keyGlyph(key).length > 0 && <Glyph parts={keyGlyph(key)} />}
              {KEY_WORDS[key]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
