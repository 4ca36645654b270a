// Round 5 of the figure rules: the group a count in a clause of its own belongs to, and the
// nationality groups of a release. Sentences written for these tests in the styles of wire
// services, broadcasters and regional outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

const metrics = (sentence: string) =>
  extractSentenceFigures(sentence, '2024-06-10').map((f) => `${f.metric}=${f.value}`);

describe('a count in a clause with a verb of saying of its own', () => {
  it.each([
    [
      'Israeli raid frees 4 hostages as Palestinian officials say 274 killed',
      ['hostages_rescued=4', 'gaza_killed=274'],
    ],
    [
      'Israeli forces freed four hostages in Nuseirat while medics said 210 people were killed.',
      ['hostages_rescued=4', 'gaza_killed=210'],
    ],
    [
      'Hamas freed 24 hostages as officials said 39 prisoners were released.',
      ['hostages_released=24', 'prisoners_released=39'],
    ],
  ])('counts its own people: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    // No clause of its own: the bare count is of the group just counted.
    [
      'Hamas freed 24 hostages and 230 remain in Gaza.',
      ['hostages_released=24', 'hostages_held=230'],
    ],
    ['Eight soldiers were killed and 20 wounded in Rafah.', ['soldiers_killed=8']],
  ])('keeps the group when no clause intervenes: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('the nationality groups of a release', () => {
  it.each([
    [
      'Hamas freed 24 hostages on Friday, including 13 Israelis and 10 Thai nationals.',
      ['hostages_released=24', 'hostages_released=13', 'hostages_released=10'],
    ],
    [
      'Two days later, Hamas freed 17 more captives, among them three Thais.',
      ['hostages_released=17', 'hostages_released=3'],
    ],
  ])('are figures of the release: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    [
      'Hamas freed 24 hostages on Friday, including 13 women and children.',
      ['hostages_released=24'],
    ],
    ['Hamas still holds 129 hostages, including eight Americans.', ['hostages_held=129']],
    ['Israel released 39 Palestinian prisoners, including 24 women.', ['prisoners_released=39']],
  ])('but who the freed were, or a held group, is a breakdown: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('a "seized on 7 October" participle that only describes', () => {
  it('yields to where they still are', () => {
    expect(
      metrics('Israel said 94 captives seized on 7 October were still in Gaza, the army said.'),
    ).toEqual(['hostages_held=94']);
  });

  it('stays the event with nothing after it', () => {
    expect(metrics('Hamas took 240 hostages on October 7.')).toEqual(['hostages_taken=240']);
    expect(metrics('The 240 hostages seized on October 7 were paraded through Gaza.')).toEqual([
      'hostages_taken=240',
    ]);
  });
});

describe('a noun before the head noun, and a "held" participle that only describes', () => {
  it.each([
    [
      'Five Thai farm workers held hostage in the Gaza Strip for more than 15 months were freed on Thursday.',
      ['hostages_released=5'],
    ],
    [
      'Three Nepali agriculture students held in Gaza since the October attack were released on Sunday.',
      ['hostages_released=3'],
    ],
    ['Eight Thai nationals were freed.', ['hostages_released=8']],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    // No finite verb after the participle: the count is of those held.
    ['About 100 hostages held in Gaza since October are still alive.', ['hostages_held=100']],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('a count since the war began is a tally of the war', () => {
  const scoped = (sentence: string) =>
    extractSentenceFigures(sentence, '2024-06-10').map((f) => `${f.metric}=${f.value} ${f.scope}`);
  it.each([
    [
      "With Saturday's operation, the military has rescued seven hostages alive since the war began.",
      ['hostages_rescued=7 total'],
    ],
    [
      'After the raid, the army has rescued seven hostages since October 7.',
      ['hostages_rescued=7 total'],
    ],
    [
      'Forty-one Thai workers have been killed in Israel since the start of the war, most of them in the first attack.',
      ['israel_killed=41 total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(scoped(sentence)).toEqual(expected);
  });

  it.each([
    // A record's "since" dates the record, not the count.
    [
      'Special forces rescued four hostages on June 8 in the largest such operation since the war began.',
      ['hostages_rescued=4 incident'],
    ],
    [
      'Strikes killed 40 people in Gaza on Sunday, the deadliest day since the war began.',
      ['gaza_killed=40 incident'],
    ],
  ])('but not a record: %s', (sentence, expected) => {
    expect(scoped(sentence)).toEqual(expected);
  });
});

describe('a count joined to the first by "along with"', () => {
  it.each([
    [
      'In the first phase, Hamas released 33 Israeli hostages, eight of them dead, along with five Thai nationals.',
      ['hostages_released=33', 'hostages_dead=8', 'hostages_released=5'],
    ],
    [
      'Israeli strikes killed 40 people in Gaza along with three aid workers.',
      ['gaza_killed=40', 'gaza_killed=3'],
    ],
  ])('shares its verb: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it('shares it after "and" too, when a part was told between', () => {
    expect(
      metrics(
        'Hamas handed over 33 Israeli hostages, eight of whom were dead, and five Thai nationals.',
      ),
    ).toEqual(['hostages_released=33', 'hostages_dead=8', 'hostages_released=5']);
  });

  it('keeps a verb of its own after the join', () => {
    expect(
      metrics('Hamas freed 24 hostages, along with a pledge that 50 more would be released.'),
    ).toEqual(['hostages_released=24', 'hostages_released=50']);
  });
});

describe('a part with a relative clause of its own', () => {
  it.each([
    [
      'Israel says 130 hostages remain in Gaza, including 31 who are believed to be dead.',
      ['hostages_held=130', 'hostages_dead=31'],
    ],
    [
      'About 120 captives are still held, including 35 who the military has declared dead.',
      ['hostages_held=120', 'hostages_dead=35'],
    ],
  ])('is a figure of its own metric: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it('stays a breakdown when the clause only says who they were', () => {
    expect(metrics('Hamas freed 24 hostages, including 13 who were held in tunnels.')).toEqual([
      'hostages_released=24',
    ]);
  });
});

describe('people carried off into Gaza', () => {
  it.each([
    [
      'About 1,200 people were killed in Israel, and 251 were dragged into Gaza.',
      ['israel_killed=1200', 'hostages_taken=251'],
    ],
    ['Some 240 people were taken into the Gaza Strip that day.', ['hostages_taken=240']],
  ])('were taken captive: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    ['Most of the 90 patients were taken to hospitals in Gaza.', []],
    ['Aid carried into Gaza fed 5,000 families.', []],
  ])('but patients or aid are not: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('"those" before a noun', () => {
  it.each([
    ['A year on, 101 of those hostages remain in the strip.', ['hostages_held=101']],
    ['Israel has freed 240 of those prisoners so far.', ['prisoners_released=240']],
  ])('is a determiner, and the noun says who: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('proportions', () => {
  it.each([
    ["Nine out of ten of Gaza's 2.2 million people have been displaced at least once.", []],
    ['One in four people in Gaza has been displaced, the UN said.', []],
  ])('are not counts, nor is the population they are taken from: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    [
      'About 1.9 million people, nine in ten of the population, remain displaced.',
      ['gaza_displaced=1900000'],
    ],
    [
      'Some 1.9 million people in Gaza, about 90 percent of the population, have been displaced.',
      ['gaza_displaced=1900000'],
    ],
  ])(
    'set aside between a count and its verb leave the count its verb: %s',
    (sentence, expected) => {
      expect(metrics(sentence)).toEqual(expected);
    },
  );

  it('leaves counts with "in" that are no proportion', () => {
    expect(metrics('Israeli strikes killed 12 in Gaza, one in Rafah.')).toEqual([
      'gaza_killed=12',
      'gaza_killed=1',
    ]);
  });
});

describe('a part counted over a phase of the war', () => {
  it.each([
    [
      'The army says 604 soldiers have been killed since October 7, 260 of them in the ground offensive in Gaza.',
      ['soldiers_killed=604', 'soldiers_killed=260'],
    ],
    [
      'At least 691 soldiers have been killed, including 454 during the Gaza ground operation.',
      ['soldiers_killed=691', 'soldiers_killed=454'],
    ],
  ])('is a figure of its own: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    ['At least 691 soldiers have been killed, including 54 in Rafah.', ['soldiers_killed=691']],
    [
      'Strikes killed 40 people in Gaza, including 12 in the operation on a school.',
      ['gaza_killed=40'],
    ],
  ])('but a place or one operation is a breakdown: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('the larger group a part is taken from', () => {
  it.each([
    [
      'Israel says 76 of the 251 hostages taken on October 7, 2023, remain in Gaza.',
      ['hostages_held=76', 'hostages_taken=251'],
    ],
    [
      'Officials say 59 of the 251 hostages abducted on October 7 remain in Gaza.',
      ['hostages_held=59', 'hostages_taken=251'],
    ],
  ])('is what its own participle says: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('a toll of one day', () => {
  const scoped = (sentence: string) =>
    extractSentenceFigures(sentence, '2024-01-23').map(
      (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`,
    );
  it('is an incident of that day', () => {
    expect(
      scoped(
        "Three more soldiers were killed in southern Gaza on Monday, bringing the army's death toll for the day to 24.",
      ),
    ).toEqual(['soldiers_killed=3 incident 2024-01-22', 'soldiers_killed=24 incident 2024-01-22']);
  });

  it("but the war's toll stays a total", () => {
    expect(
      scoped("Two soldiers were killed on Monday, bringing the army's death toll to 220."),
    ).toEqual(['soldiers_killed=2 incident 2024-01-22', 'soldiers_killed=220 total 2024-01-23']);
  });
});
