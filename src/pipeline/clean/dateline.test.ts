// Datelines as wire services and the papers that carry them print them, written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.ts';

describe('parseDateline', () => {
  it.each([
    ['CAIRO, March 3, 2024 (AFP) - Talks went on.', 'AFP', '2024-03-03', null],
    ['Nov. 21 (UPI) -- Talks went on.', 'UPI', null, 'Nov 21'],
    ['TEL AVIV (AP) — Talks went on.', 'AP', null, null],
    ['DOHA/GAZA, March 3 (Reuters) - Talks went on.', 'Reuters', null, 'March 3'],
    ['GAZA CITY, Jan 5 – Talks went on.', null, null, 'Jan 5'],
    ['Madrid, Dec 4 (EFE).- Talks went on.', 'EFE', null, 'Dec 4'],
    ['BEIRUT, August 2. /TASS/. Talks went on.', 'TASS', null, 'August 2'],
    ['MOSCOW (Sputnik) - Talks went on.', 'Sputnik', null, null],
    ['(Reuters) -Talks went on.', 'Reuters', null, null],
    ['DOHA (Reuters/AP) – Talks went on.', 'Reuters', null, null],
    ['Jerusalem, December 3: Talks went on.', null, null, 'December 3'],
    ['ISLAMABAD, Oct 9 (APP): Talks went on.', 'APP', null, 'Oct 9'],
    ['Jerusalem, 3 December: Talks went on.', null, null, '3 December'],
    ['GAZA, 24 June 2024 (AFP) - Talks went on.', 'AFP', '2024-06-24', null],
    ['UNITED NATIONS, March 6 — TASS. Talks went on.', 'TASS', null, 'March 6'],
    ['MOSCOW, March 6 /TASS/ Talks went on.', 'TASS', null, 'March 6'],
    ['Jerusalem (EFE).- Talks went on.', 'EFE', null, null],
    ['Gaza City (AFP) - Talks went on.', 'AFP', null, null],
    // The agency's name in capitals after the day, closed by a dash, the place in title case.
    ['Gaza, July 28, 2025, EXA -- Talks went on.', 'EXA', '2025-07-28', null],
    ['New York, July 28, EXA -- Talks went on.', 'EXA', null, 'July 28'],
    ['Ramallah, March 3, 2024, EXPRESS - Talks went on.', 'EXPRESS', '2024-03-03', null],
    [
      'AMMAN, 6 March 2024 - Example News Agency: Talks went on.',
      'Example News Agency',
      '2024-03-06',
      null,
    ],
  ])('%s', (paragraph, agency, date, partial) => {
    const d = parseDateline(paragraph);
    expect(d?.rest).toBe('Talks went on.');
    expect(d?.agency ?? null).toBe(agency);
    expect(d?.date ?? null).toBe(date);
    expect(d?.partial?.text ?? null).toBe(partial);
  });

  it.each([
    'Rafah: Residents fled south.',
    'Khan Younis – Israeli tanks moved in overnight.',
    'Hamas (Islamic Resistance Movement) - a group that rules Gaza - said it agreed.',
    'Rafah (southern Gaza) - a city of refugees - was struck.',
    'Israel Katz (Defence Minister) - who spoke - said it agreed.',
    'GAZA-Egypt border crossings stayed shut.',
    'Gaza. The ministry said 30 people died.',
    'The army said: 12 soldiers were wounded.',
    'New Delhi, Oct 9 (IANS) Talks went on without a dash.',
    'The ministry gave a new toll — TASS.',
  ])('is text, not a dateline: %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });

  it.each([
    ['GAZA CITY, March 6 — Hamas. The group said it agreed.', 'Hamas. The group said it agreed.'],
    ['JERUSALEM — Reuters reported that talks went on.', 'Reuters reported that talks went on.'],
  ])('names no agency when the dash is followed by text: %s', (paragraph, rest) => {
    const d = parseDateline(paragraph);
    expect(d?.agency).toBeNull();
    expect(d?.rest).toBe(rest);
  });

  it('reads an agency after the dash that closes a dateline line', () => {
    const d = parseDateline('UNITED NATIONS, March 6, 2024 — TASS');
    expect([d?.agency, d?.date, d?.rest]).toEqual(['TASS', '2024-03-06', '']);
    expect(d?.wire).toBe(true);
  });

  it('marks the wire form that may stand anywhere', () => {
    expect(parseDateline('MOSCOW (Sputnik) - Talks went on.')?.wire).toBe(true);
    expect(parseDateline('Nov. 21 (UPI) -- Talks went on.')?.wire).toBe(false);
  });
});

describe('a weekday before a date', () => {
  it('is no place: the line stamps a live entry', () => {
    expect(parseDateline('Wed, 18 Oct - 21:40')).toBeNull();
    expect(parseDateline('Tuesday, 17 October - 11:00')).toBeNull();
  });

  it('still opens a dateline with an agency', () => {
    expect(parseDateline('Wednesday, Oct 18 (AFP) - Talks went on.')?.agency).toBe('AFP');
  });
});
