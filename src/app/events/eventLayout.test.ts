import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../dataset/events.ts';
import { DAY_MS } from '../filters/figureColumns.ts';
import { dayToTime } from '../format/format.ts';
import { eventsWithin, eventTimes, placeEvents } from './eventLayout.ts';

const event = (date: string, label: string, end?: string): WarEvent => ({
  date,
  label,
  source: 'https://example.org/',
  ...(end === undefined ? {} : { end }),
});
const attack = event('2023-10-07', 'Attack');
const truce = event('2023-11-24', 'Truce', '2023-11-30');
const later = event('2025-10-10', 'Ceasefire');

// One pixel a day from 1 Oct 2023, on a plot from x = 50 to x = 250.
const origin = dayToTime('2023-10-01');
const x = (t: number) => 50 + (t - origin) / DAY_MS;
const plot = { x: 50, width: 200 };
const measure = (text: string) => text.length * 6;

describe('event layout', () => {
  it('spans a band over its last day whole', () => {
    expect(eventTimes(truce)).toEqual([dayToTime('2023-11-24'), dayToTime('2023-12-01')]);
    expect(eventTimes(attack)).toEqual([dayToTime('2023-10-07'), dayToTime('2023-10-07')]);
  });

  it('works the times of an event out once', () => {
    expect(eventTimes(truce)).toBe(eventTimes(truce));
    // Another event of the same days gets its own (equal) times.
    expect(eventTimes({ ...truce })).not.toBe(eventTimes(truce));
    expect(eventTimes({ ...truce })).toEqual(eventTimes(truce));
  });

  it('keeps the events within a domain', () => {
    const domain = [dayToTime('2023-11-01'), dayToTime('2024-02-01')] as const;
    expect(eventsWithin([attack, truce, later], domain)).toEqual([truce]);
    expect(eventsWithin([attack], [dayToTime('2023-10-07'), dayToTime('2023-10-08')])).toEqual([
      attack,
    ]);
  });

  it('places lines and bands on the scale, leaving off what is outside the plot', () => {
    const placed = placeEvents([attack, truce, later], x, plot, measure);
    expect(placed.map((p) => [p.event.label, p.x0, p.x1, p.band])).toEqual([
      ['Attack', 56, 56, false],
      ['Truce', 104, 111, true],
    ]);
  });

  it('puts labels that would overlap in the second lane, and leaves off what finds no room', () => {
    const close = [
      event('2023-10-07', 'First event'),
      event('2023-10-10', 'Second event'),
      event('2023-10-12', 'Third event'),
      event('2023-12-20', 'Far'),
    ];
    const placed = placeEvents(close, x, plot, measure);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, null, 0]);
    // Near the right edge a label is pulled in to fit.
    const last = placed[3];
    expect(last && last.labelX + measure('Far')).toBeLessThanOrEqual(250);
  });
});
