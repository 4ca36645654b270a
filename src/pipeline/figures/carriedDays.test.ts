// One event told over several sentences: the day told in one is the day of the counts in the
// next. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { eventDayOf } from './carriedDays.ts';

function days(...paragraphs: string[]): string[] {
  const text = [
    'School strike in Gaza City',
    '',
    'Monday, August 12, 2024',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
  ].join('\n');
  return buildArticle('x', 'x.txt', text, undefined).figures.map(
    (f) => `${f.metric}=${f.value} ${f.asOf ?? 'null'}`,
  );
}

describe('eventDayOf', () => {
  it.each([
    ['Missiles struck the school at dawn on Saturday.', '2024-08-10'],
    ['The army said on Sunday it had struck a command centre.', null],
    ['The raid, which began on Tuesday, is the largest since July.', '2024-08-06'],
    ['Strikes have continued since Tuesday.', null],
    ['Talks will resume next week.', null],
  ])('%s → %s', (sentence, day) => {
    expect(eventDayOf(sentence, '2024-08-12')).toBe(day);
  });
});

describe('a count without a day, in the telling of a dated event', () => {
  it('takes the day told earlier in its paragraph', () => {
    expect(
      days(
        'Missiles struck the al-Tabin school in Gaza City at dawn on Saturday. The media office said at least 93 people were killed in Gaza.',
      ),
    ).toEqual(['gaza_killed=93 2024-08-10']);
  });

  it('takes the day of the paragraph before when it opens with "Hours later"', () => {
    expect(
      days(
        'Hamas freed 13 hostages on Friday, the first day of the truce.',
        'Hours later, Israel released 39 Palestinian prisoners from Ofer prison.',
      ),
    ).toEqual(['hostages_released=13 2024-08-09', 'prisoners_released=39 2024-08-09']);
  });

  it('takes the day of the operation it names again', () => {
    expect(
      days(
        "Israel's military on Saturday rescued four hostages in the Nuseirat camp, in one of the largest operations of the war.",
        'The captives had been held in two flats for eight months.',
        'The health ministry in Gaza said 274 Palestinians were killed in the operation.',
      ),
    ).toEqual(['hostages_rescued=4 2024-08-10', 'gaza_killed=274 2024-08-10']);
  });

  it('leaves the count undated without such a link, or when the day was 7 October', () => {
    expect(
      days(
        'Troops entered the camp on Saturday.',
        'The ministry said 274 Palestinians were killed in Gaza.',
      ),
    ).toEqual(['gaza_killed=274 null']);
    expect(
      days(
        'The four were abducted from Nir Oz on October 7, 2023. Hamas has said all four hostages were killed in Israeli strikes.',
      ),
    ).toEqual(['hostages_taken=4 2023-10-07', 'hostages_dead=4 null']);
  });

  it("keeps a day the count's own sentence gives", () => {
    expect(
      days('Strikes hit Rafah on Saturday. On Sunday, strikes killed 12 people in Gaza.'),
    ).toEqual(['gaza_killed=12 2024-08-11']);
  });
});
