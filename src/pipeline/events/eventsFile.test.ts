import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsFile } from './eventsFile.ts';

const NAME = 'data/events.json';
const good = { date: '2023-10-07', label: 'The attack', source: 'https://example.org/a' };

const errorOf = (text: string) => {
  const result = parseEventsFile(text, NAME);
  return result.ok ? null : result.error;
};

describe('parseEventsFile', () => {
  it('reads a good file and orders its events by day', () => {
    const later = { date: '2024-01-01', end: '2024-01-09', label: 'Later', source: 'http://x.org' };
    const result = parseEventsFile(JSON.stringify({ events: [later, good] }), NAME);
    expect(result).toEqual({ ok: true, events: [good, later] });
  });

  it('names the file, line and column of a syntax error', () => {
    expect(errorOf('{\n  "events": [\n    { "date": "2023-10-07", }\n  ]\n}')).toMatch(
      /^data\/events\.json: .+ at line 3, column \d+$/,
    );
    expect(errorOf('')).toMatch(/^data\/events\.json: .+ at line 1, column 1$/);
    expect(errorOf('\uFEFF{ "events": [] }')).toBeNull();
  });

  it('names the event, its field and where it stands for a wrong shape', () => {
    const text = JSON.stringify({ events: [good, { ...good, date: '2023-02-30' }] }, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('2023-02-30')) + 1;
    expect(errorOf(text)).toBe(
      `data/events.json: event 1 (date) at line ${line}, column 7: date "2023-02-30" is not a real day (YYYY-MM-DD)`,
    );
  });

  it.each([
    [
      { events: [{ ...good, end: '2023-10-01' }] },
      /event 0 \(end\).*end 2023-10-01 is before date 2023-10-07/,
    ],
    [
      { events: [{ ...good, source: 'javascript:alert(1)' }] },
      /event 0 \(source\).*http\(s\) address/,
    ],
    [{ events: [{ ...good, label: ' ' }] }, /event 0 \(label\).*must not be empty/],
    [{ events: [{ ...good, label: 'x'.repeat(81) }] }, /at most 80 characters/],
    [{ events: [{ date: '2023-10-07', source: 'https://x.org' }] }, /event 0.*label is missing/],
    [{ events: [{ ...good, colour: 'red' }] }, /event 0.*unknown field "colour"/],
    [{ events: {} }, /events must be a list/],
    [{}, /no "events" list/],
    [[], /expected an object \{ "events"/],
  ])('refuses %j', (file, message) => {
    expect(errorOf(JSON.stringify(file, null, 2))).toMatch(message);
  });

  it('reads the shipped file: the war’s events, each with an http(s) source', () => {
    const text = readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8');
    const result = parseEventsFile(text, NAME);
    if (!result.ok) throw new Error(result.error);
    expect(result.events.map((e) => [e.date, e.end ?? null])).toEqual([
      ['2023-10-07', null],
      ['2023-11-24', '2023-11-30'],
      ['2025-01-19', '2025-03-17'],
      ['2025-03-18', null],
      ['2025-10-10', null],
    ]);
  });
});
