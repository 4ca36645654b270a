import { describe, expect, it } from 'vitest';
import { CHARTS_GRACE_MS, handoverDue } from './handover.ts';

describe('handoverDue', () => {
  it('waits while the app shows only its loading skeleton, however long', () => {
    expect(handoverDue({ view: false, pendingCharts: 0 }, 0)).toBe(false);
    expect(handoverDue({ view: false, pendingCharts: 2 }, 60_000)).toBe(false);
  });

  it('hands over once the app’s view has its charts drawn', () => {
    expect(handoverDue({ view: true, pendingCharts: 2 }, 0)).toBe(false);
    expect(handoverDue({ view: true, pendingCharts: 1 }, CHARTS_GRACE_MS - 1)).toBe(false);
    expect(handoverDue({ view: true, pendingCharts: 0 }, 0)).toBe(true);
  });

  it('does not wait for slow charts for ever', () => {
    expect(handoverDue({ view: true, pendingCharts: 2 }, CHARTS_GRACE_MS)).toBe(true);
  });
});
