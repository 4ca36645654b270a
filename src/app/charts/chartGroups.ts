// The two charts and the metrics each one draws, with a colour per metric. Colours are
// mid-tones that read on both the light and the dark background.
import type { MetricGroup, MetricId } from '../../dataset/metrics.ts';
import { METRICS } from '../../dataset/metrics.ts';

export interface ChartGroup {
  id: 'casualties' | 'hostages';
  title: string;
  groups: MetricGroup[];
  metrics: MetricId[];
}

export const CHART_GROUPS: ChartGroup[] = [
  { id: 'casualties', title: 'Casualties', groups: ['casualties'] },
  { id: 'hostages', title: 'Hostages and prisoners', groups: ['hostages', 'prisoners'] },
].map((chart) => ({
  ...(chart as Omit<ChartGroup, 'metrics'>),
  metrics: METRICS.filter((m) => chart.groups.includes(m.group)).map((m) => m.id),
}));

export const METRIC_COLOR: Record<MetricId, string> = {
  gaza_killed: '#d9423a',
  gaza_injured: '#e08a1e',
  gaza_displaced: '#a0782c',
  west_bank_killed: '#9b5fc0',
  israel_killed: '#3b7fd1',
  israel_injured: '#1fa3a8',
  soldiers_killed: '#4d9a3a',
  hostages_taken: '#d9423a',
  hostages_held: '#3b7fd1',
  hostages_released: '#4d9a3a',
  hostages_rescued: '#1fa3a8',
  hostages_dead: '#8a8a8a',
  prisoners_released: '#e08a1e',
  prisoners_held: '#9b5fc0',
};
