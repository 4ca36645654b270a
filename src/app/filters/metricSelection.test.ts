import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import {
  isMetricShown,
  metricsOfGroup,
  toggleGroupFilter,
  toggleMetricFilter,
  toggleMetricVisibility,
} from './metricSelection.ts';

describe('metric selection', () => {
  it('narrows with checkboxes and widens back to all', () => {
    expect(toggleMetricFilter([], 'hostages_held')).toEqual(['hostages_held']);
    expect(toggleMetricFilter(['hostages_held'], 'hostages_held')).toEqual([]);
    expect(toggleMetricFilter(['hostages_held'], 'gaza_killed')).toEqual([
      'gaza_killed',
      'hostages_held',
    ]);
  });

  it('ticks and unticks a whole group', () => {
    const hostages = metricsOfGroup('hostages');
    expect(toggleGroupFilter([], 'hostages')).toEqual(hostages);
    expect(toggleGroupFilter(['hostages_held'], 'hostages')).toEqual(hostages);
    expect(toggleGroupFilter(hostages, 'hostages')).toEqual([]);
  });

  it('treats every metric ticked as no filter', () => {
    const allButOne = METRIC_IDS.filter((m) => m !== 'gaza_killed');
    expect(toggleMetricFilter(allButOne, 'gaza_killed')).toEqual([]);
  });

  it('hides and shows metrics from the legend', () => {
    const hidden = toggleMetricVisibility([], 'gaza_killed');
    expect(hidden).toHaveLength(METRIC_IDS.length - 1);
    expect(isMetricShown(hidden, 'gaza_killed')).toBe(false);
    expect(toggleMetricVisibility(hidden, 'gaza_killed')).toEqual([]);
    expect(toggleMetricVisibility(['gaza_killed'], 'hostages_held')).toEqual([
      'gaza_killed',
      'hostages_held',
    ]);
  });

  it('refuses to hide the last metric shown', () => {
    expect(toggleMetricVisibility(['gaza_killed'], 'gaza_killed')).toEqual(['gaza_killed']);
  });
});
