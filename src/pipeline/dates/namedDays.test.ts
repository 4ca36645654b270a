import { describe, expect, it } from 'vitest';
import { lastNamedDays } from './namedDays.ts';

describe('lastNamedDays', () => {
  it('follows a chronology, a yearless day coming after the last one named', () => {
    expect(
      lastNamedDays([
        'Key moments since the attack of Oct. 7, 2023.',
        'Nov. 24: The truce begins.',
        'Dec. 15: Troops mistakenly kill three hostages.',
        'Jan. 12: Talks resume.',
        'The end.',
      ]),
    ).toEqual([null, '2023-10-07', '2023-11-24', '2023-12-15', '2024-01-12']);
  });

  it('ignores days before the war and has nothing to go on without a year', () => {
    expect(lastNamedDays(['In July 2014, a war began.', 'On Dec. 15 talks began.', 'x'])).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('reads a day a little before the last one named as looking back, not a year ahead', () => {
    expect(
      lastNamedDays([
        'Beirut, 15 Jul 2025 17:22',
        'Five soldiers were killed on July 7 in the north of the Strip.',
        'Aid arrived on July 10.',
        'x',
      ]),
    ).toEqual([null, '2025-07-15', '2025-07-07', '2025-07-10']);
  });
});
