// The metric vocabulary of ../shared/spec/FIGURES.md: ids, labels and groups.
// Shared by the extractor (which writes them into the dataset) and the app (which charts them).

export const METRIC_GROUPS = ['casualties', 'hostages', 'prisoners'] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export const METRIC_IDS = [
  'gaza_killed',
  'gaza_injured',
  'gaza_displaced',
  'west_bank_killed',
  'israel_killed',
  'israel_injured',
  'soldiers_killed',
  'hostages_taken',
  'hostages_held',
  'hostages_released',
  'hostages_rescued',
  'hostages_dead',
  'prisoners_released',
  'prisoners_held',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricInfo {
  id: MetricId;
  label: string;
  group: MetricGroup;
}

export const METRICS: readonly MetricInfo[] = [
  { id: 'gaza_killed', label: 'Killed in Gaza', group: 'casualties' },
  { id: 'gaza_injured', label: 'Injured in Gaza', group: 'casualties' },
  { id: 'gaza_displaced', label: 'Displaced in Gaza', group: 'casualties' },
  { id: 'west_bank_killed', label: 'Killed in the West Bank', group: 'casualties' },
  { id: 'israel_killed', label: 'Killed in Israel', group: 'casualties' },
  { id: 'israel_injured', label: 'Injured in Israel', group: 'casualties' },
  { id: 'soldiers_killed', label: 'Israeli soldiers killed', group: 'casualties' },
  { id: 'hostages_taken', label: 'Hostages taken', group: 'hostages' },
  { id: 'hostages_held', label: 'Hostages still held', group: 'hostages' },
  { id: 'hostages_released', label: 'Hostages released', group: 'hostages' },
  { id: 'hostages_rescued', label: 'Hostages rescued', group: 'hostages' },
  { id: 'hostages_dead', label: 'Hostages dead in captivity', group: 'hostages' },
  { id: 'prisoners_released', label: 'Palestinian prisoners released', group: 'prisoners' },
  { id: 'prisoners_held', label: 'Palestinian prisoners held', group: 'prisoners' },
];

const byId = new Map(METRICS.map((m) => [m.id, m]));

export function metricInfo(id: MetricId): MetricInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown metric ${id}`);
  return info;
}

export function isMetricId(value: string): value is MetricId {
  return byId.has(value as MetricId);
}
