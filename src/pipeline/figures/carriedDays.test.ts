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
        'Gunmen abducted four people from Nir Oz on October 7, 2023. Hamas has said all four hostages were killed in Israeli strikes.',
      ),
    ).toEqual(['hostages_taken=4 2023-10-07', 'hostages_dead=4 null']);
  });

  it('takes the day of the last event the story counted, up to three paragraphs back', () => {
    expect(
      days(
        'Israeli forces freed four hostages from the Nuseirat camp on Saturday.',
        'The four were taken to a hospital near Tel Aviv, where families waited.',
        'Gaza officials said 210 Palestinians were killed and more than 400 wounded in the assault on the camp.',
      ),
    ).toEqual([
      'hostages_rescued=4 2024-08-10',
      'gaza_killed=210 2024-08-10',
      'gaza_injured=400 2024-08-10',
    ]);
    expect(
      days(
        'Hamas handed 24 hostages to the Red Cross on Friday evening.',
        'Separately, 10 Thai farm workers were also released under a parallel arrangement.',
      ),
    ).toEqual(['hostages_released=24 2024-08-09', 'hostages_released=10 2024-08-09']);
  });

  it("takes the named event's day over the day its source speaks", () => {
    expect(
      days(
        'Israeli forces rescued four hostages in an operation in Nuseirat on Saturday.',
        "Gaza's health ministry says 274 Palestinians were killed in the operation.",
      ),
    ).toEqual(['hostages_rescued=4 2024-08-10', 'gaza_killed=274 2024-08-10']);
    // Without an event named again, the day the source speaks stays.
    expect(days('The ministry says 40 people were killed in Gaza.')).toEqual([
      'gaza_killed=40 2024-08-12',
    ]);
  });

  it("carries the day past a record's 'since'", () => {
    expect(
      days(
        'Israeli strikes across Gaza killed 40 people on Saturday.',
        "The ministry later put the day's toll at 413, one of the deadliest days since the war began.",
      ),
    ).toEqual(['gaza_killed=40 2024-08-10', 'gaza_killed=413 2024-08-10']);
  });

  it('carries the counted day when the page gives no date of its own', () => {
    const text = [
      'Strikes end the truce',
      'On March 18, 2025, Israel carried out new strikes in Gaza, killing over 400 Palestinians.',
      'The strikes targeted Gaza City, Rafah and Khan Younis.',
      'At least 404 Palestinians were killed in the new wave of strikes.',
    ].join('\n\n');
    const figures = buildArticle('x', 'x.txt', text, undefined).figures;
    expect(figures.map((f) => `${f.metric}=${f.value} ${f.asOf ?? 'null'}`)).toEqual([
      'gaza_killed=400 2025-03-18',
      'gaza_killed=404 2025-03-18',
    ]);
  });

  it('carries no day from a sentence that counted nothing, too far back, or to another time', () => {
    // The day told belongs to talks, not to a counted event.
    expect(
      days(
        'Negotiators met in Cairo on Tuesday.',
        'The ministry said 74 Palestinians were killed in Rafah.',
      ),
    ).toEqual(['gaza_killed=74 null']);
    // "over the weekend": a period of its own.
    expect(
      days(
        'Hamas handed 24 hostages to the Red Cross on Friday evening.',
        'Over the weekend, 14 soldiers were killed in Gaza, one of the most painful weekends since the war began.',
      ),
    ).toEqual(['hostages_released=24 2024-08-09', 'soldiers_killed=14 null']);
    // "a recent raid": the sentence sets its count at another time.
    expect(
      days(
        'Hamas handed 24 hostages to the Red Cross on Friday evening.',
        'A recent raid in Rafah killed 74 Palestinians.',
      ),
    ).toEqual(['hostages_released=24 2024-08-09', 'gaza_killed=74 null']);
    // Four paragraphs on, the story has moved on.
    expect(
      days(
        'Hamas handed 24 hostages to the Red Cross on Friday evening.',
        'Crowds gathered in Tel Aviv.',
        'Aid trucks queued at Rafah.',
        'Talks continued in Doha.',
        'An air strike in Khan Younis killed 12 people.',
      ),
    ).toEqual(['hostages_released=24 2024-08-09', 'gaza_killed=12 null']);
  });

  it("keeps a day the count's own sentence gives", () => {
    expect(
      days('Strikes hit Rafah on Saturday. On Sunday, strikes killed 12 people in Gaza.'),
    ).toEqual(['gaza_killed=12 2024-08-11']);
  });
});

describe('a timeline whose headings stand above their entries', () => {
  it('dates an entry by the heading right above it', () => {
    expect(
      days(
        'June 8, 2024: Rescue in Nuseirat',
        'Special forces rescue four hostages in the camp. The health ministry says 274 Palestinians are killed in the operation.',
        'July 13',
        'A strike on the coastal zone kills 90 people, the health ministry says.',
      ),
    ).toEqual([
      'hostages_rescued=4 2024-06-08',
      'gaza_killed=274 2024-06-08',
      'gaza_killed=90 2024-07-13',
    ]);
  });

  // (A count its source "says" without a day keeps the day it was said.)
  it('takes no day from a range, or from a dated sentence above', () => {
    expect(
      days(
        'November 24 – December 1, 2023: A week-long truce',
        'The truce allows the release of 105 hostages.',
      ),
    ).toEqual(['hostages_released=105 null']);
    expect(
      days(
        'On June 8, 2024, officials met in Cairo to discuss the talks.',
        'A strike on the coastal zone kills 90 people, the health ministry says.',
      ),
    ).toEqual(['gaza_killed=90 2024-08-12']);
  });
});

describe("a story's lead dated by the lines after it", () => {
  const PUB = '2024-04-02'; // a Tuesday
  const article = (...paragraphs: string[]) =>
    buildArticle('a', 'a.txt', ` date ${PUB}\n` + paragraphs.join('\n\n'), undefined).figures.map(
      (f) => `${f.metric}=${f.value} ${f.asOf}`,
    );

  it('takes the day the next paragraph tells the strike on', () => {
    expect(
      article(
        'Seven aid workers were killed in an Israeli strike on their convoy in Gaza.',
        'The convoy was hit on Monday evening in Deir al-Balah after delivering food, the charity said.',
      ),
    ).toEqual(['gaza_killed=7 2024-04-01']);
  });

  it('takes no day from a later paragraph that tells of something else', () => {
    expect(
      article(
        'Seven aid workers were killed in an Israeli strike on their convoy in Gaza.',
        'The charity said on Monday that it would pause its work.',
      ),
    ).toEqual(['gaza_killed=7 null']);
  });
});
