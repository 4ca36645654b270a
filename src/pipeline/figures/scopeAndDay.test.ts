// Running totals against one event's count, and the day each describes. Sentences written for
// these tests; the publication date is Friday 14 June 2024.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string): string[] {
  return extractSentenceFigures(sentence, '2024-06-14').map(
    (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf ?? 'null'}`,
  );
}

describe('scope', () => {
  it.each([
    [
      'Israeli strikes have killed 38 people across Gaza since dawn on Thursday, medics said.',
      ['gaza_killed=38 incident 2024-06-13'],
    ],
    [
      'The army said 11 soldiers were killed in Gaza on its deadliest day in months.',
      ['soldiers_killed=11 incident null'],
    ],
    ['Hamas has released five more hostages.', ['hostages_released=5 incident 2024-06-14']],
    [
      'Since the truce began, 105 hostages have been released.',
      ['hostages_released=105 total 2024-06-14'],
    ],
    [
      'Four hostages released by Hamas are handed over to the Red Cross in Khan Younis.',
      ['hostages_released=4 incident null'],
    ],
    [
      'The army said troops had shot dead two Palestinians near the fence in Gaza.',
      ['gaza_killed=2 incident null'],
    ],
    [
      'By then the group had already returned the bodies of 15 hostages.',
      ['hostages_dead=15 total 2024-06-14'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reads a base that says what its people are as a figure of its own', () => {
    expect(
      figures('The group has so far returned nine of the 28 bodies of hostages held in Gaza.'),
    ).toEqual(['hostages_dead=9 total 2024-06-14', 'hostages_dead=28 total 2024-06-14']);
    expect(figures('Troops found two of the 130 hostages.')).toEqual([]);
  });
});

describe('the day a figure describes', () => {
  it('puts abductions and the toll of the Hamas attack on 7 October 2023', () => {
    expect(figures('Militants abducted about 250 people.')).toEqual([
      'hostages_taken=250 incident 2023-10-07',
    ]);
    expect(figures('The Hamas attack killed about 1,200 people in Israel.')).toEqual([
      'israel_killed=1200 incident 2023-10-07',
    ]);
    expect(
      figures('Two people were killed in a shooting attack by Hamas gunmen in Jerusalem.'),
    ).toEqual(['israel_killed=2 incident null']);
  });

  it('reads the day of a report past the name of its source', () => {
    expect(
      figures('The toll rose to 37,232, said the Gaza-based health ministry on Thursday.'),
    ).toEqual(['gaza_killed=37232 total 2024-06-13']);
  });

  it('keeps the day of an event that a report names after its verb', () => {
    expect(figures('The army said its troops had freed on Saturday three hostages.')).toEqual([
      'hostages_rescued=3 incident 2024-06-08',
    ]);
  });
});

describe('a "since" clause keeps its own day', () => {
  it.each([
    'Since the war began on October 7, the death toll in Gaza has reached 37,100, the ministry said.',
    'The ministry said 37,100 people have been killed in Gaza since fighting resumed there on March 18.',
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual(['gaza_killed=37100 total 2024-06-14']);
  });
});

describe('words that look like hedges or labels', () => {
  it('"everything about" is not a hedge; a rubric before a colon is not a label', () => {
    expect(
      extractSentenceFigures(
        'What we know about 120 hostages still held in Gaza',
        '2024-06-14',
      ).map((f) => `${f.metric}=${f.value} ${f.qualifier}`),
    ).toEqual(['hostages_held=120 exact']);
    // A headline's bare participle is one event's news.
    expect(figures('Live updates: 5 Israeli soldiers killed in southern Gaza')).toEqual([
      'soldiers_killed=5 incident null',
    ]);
  });
});

describe('"since" with a day and with a month', () => {
  it('"since early morning" is today’s count; "since early May" a running one', () => {
    expect(
      figures('Israeli strikes have killed 40 people in Gaza since early morning, medics said.'),
    ).toEqual(['gaza_killed=40 incident 2024-06-14']);
    expect(
      figures('More than 800,000 people have fled Rafah since early May, according to UNRWA.'),
    ).toEqual(['gaza_displaced=800000 total 2024-06-14']);
  });
});

describe('days of events told as news of the day, and in timelines', () => {
  it('dates an event in the present perfect, or told by a source in the present, to the day of the report', () => {
    expect(figures('Israel says 12 more freed hostages have left Gaza.')).toEqual([
      'hostages_released=12 incident 2024-06-14',
    ]);
    expect(figures('The army said two soldiers were killed in Gaza.')).toEqual([
      'soldiers_killed=2 incident null',
    ]);
  });

  it('keeps a participle’s adjunct in its event: "killed … while preparing … on Monday"', () => {
    expect(
      figures(
        'Twelve soldiers were killed in a blast while clearing buildings near the border on Monday.',
      ),
    ).toEqual(['soldiers_killed=12 incident 2024-06-10']);
  });

  it('reads a timeline entry as that day’s event', () => {
    expect(figures('Nov. 30: Troops mistakenly kill two hostages in Shejaiya.')).toEqual([
      'hostages_dead=2 incident 2023-11-30',
    ]);
  });
});

describe('days that are not the count’s, and days of totals', () => {
  it.each([
    [
      'The previous day, 19 people were killed in a strike on a school in Gaza City.',
      ['gaza_killed=19 incident null'],
    ],
    [
      'The ministry said 70 people were killed in the past day, a day after 95 were killed in strikes on the Bureij camp.',
      ['gaza_killed=70 incident 2024-06-14', 'gaza_killed=95 incident null'],
    ],
    [
      'The ministry said 30 people were killed over the past 24 hours, along with 112 wounded.',
      ['gaza_killed=30 incident 2024-06-14', 'gaza_injured=112 incident 2024-06-14'],
    ],
    [
      'Since midnight, 33 people have been killed in Gaza, the ministry said.',
      ['gaza_killed=33 incident 2024-06-14'],
    ],
    [
      'Al-Aqsa hospital in Deir al-Balah received 23 bodies after the strike on the school, medics said.',
      ['gaza_killed=23 incident null'],
    ],
    [
      'Twenty wounded were brought to al-Shifa hospital in Gaza City after the shelling.',
      ['gaza_injured=20 incident null'],
    ],
    [
      'Nasser hospital in Khan Younis has received 1,200 wounded since the offensive began.',
      ['gaza_injured=1200 total 2024-06-14'],
    ],
    ['A drone strike kills seven at a Khan Younis market.', ['gaza_killed=7 incident null']],
    [
      'Fifteen Palestinians lost their lives in an Israeli air raid on the Bureij camp on Wednesday.',
      ['gaza_killed=15 incident 2024-06-12'],
    ],
    [
      'Israel’s death toll from the war stands at about 1,600.',
      ['israel_killed=1600 total 2024-06-14'],
    ],
    [
      'As reported by health officials, 39,400 people were killed in Gaza.',
      ['gaza_killed=39400 total 2024-06-14'],
    ],
    [
      'Officials said 39,400 people had been killed and 91,000 wounded in nine months of war in Gaza.',
      ['gaza_killed=39400 total 2024-06-14', 'gaza_injured=91000 total 2024-06-14'],
    ],
    [
      'Israeli strikes killed 4,100 people in Gaza in November alone.',
      ['gaza_killed=4100 incident null'],
    ],
    [
      'The military announced the deaths of three soldiers in northern Gaza.',
      ['soldiers_killed=3 incident null'],
    ],
    [
      'Between 7 October and 30 May, at least 36,200 Palestinians were reported killed in Gaza and 81,000 were reported injured.',
      ['gaza_killed=36200 total 2024-05-30', 'gaza_injured=81000 total 2024-05-30'],
    ],
    [
      'Between 2 and 9 June, about 60,000 people were displaced from Rafah.',
      ['gaza_displaced=60000 incident null'],
    ],
    [
      'According to rights groups, there were 9,100 Palestinians held in Israeli jails in May.',
      ['prisoners_held=9100 total 2024-06-14'],
    ],
    [
      'The army said nine soldiers were killed when their vehicle hit a bomb in Rafah, the deadliest day for troops since January.',
      ['soldiers_killed=9 incident null'],
    ],
    [
      'Eight hostages are due to be freed over two weeks, starting with two children on Sunday.',
      ['hostages_released=8 incident null', 'hostages_released=2 incident 2024-06-16'],
    ],
    [
      'Two hostages — Ada Shani, 29, and Omer Katz, 41 — were freed in Rafah on Thursday.',
      ['hostages_released=2 incident 2024-06-13'],
    ],
    [
      'Five hostages — all aged 19 or 20 — were handed over in Khan Younis on Thursday.',
      ['hostages_released=5 incident 2024-06-13'],
    ],
    ['Six soldiers killed in northern Gaza', ['soldiers_killed=6 incident null']],
    ['Over 1.8 million people displaced', ['gaza_displaced=1800000 total 2024-06-14']],
    [
      'Israeli strikes on Wednesday and Thursday killed 87 people in Gaza.',
      ['gaza_killed=87 incident null'],
    ],
    [
      'Before the November truce, Hamas held around 240 hostages.',
      ['hostages_held=240 total null'],
    ],
    [
      'Jan. 26, 2024: The ICJ orders Israel to prevent genocidal acts; Gaza’s death toll passes 26,000.',
      ['gaza_killed=26000 total 2024-01-26'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('takes the day after the count when two are as near', () => {
    expect(
      extractSentenceFigures(
        'Israel freed 90 Palestinian prisoners early Monday in return for three Israeli hostages released on Sunday.',
        '2025-01-20',
      ).map((f) => `${f.metric}=${f.value} ${f.asOf ?? 'null'}`),
    ).toEqual(['prisoners_released=90 2025-01-20', 'hostages_released=3 2025-01-19']);
  });
});

describe('"today" makes one day’s count, unless it only dates the report or the toll', () => {
  it.each([
    [
      'Israeli strikes have killed 40 people in Gaza today, the civil defence said.',
      ['gaza_killed=40 incident 2024-06-14'],
    ],
    [
      'Troops have recovered the bodies of three hostages today.',
      ['hostages_dead=3 incident 2024-06-14'],
    ],
    [
      'The ministry said today that 37,232 people have been killed since the war began.',
      ['gaza_killed=37232 total 2024-06-14'],
    ],
    [
      'As of today, 37,232 Palestinians have been killed in Gaza.',
      ['gaza_killed=37232 total 2024-06-14'],
    ],
    [
      'The death toll in Gaza rose today to 37,232, the ministry said.',
      ['gaza_killed=37232 total 2024-06-14'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('the day a "when" clause hangs on, and the day a period began', () => {
  it.each([
    [
      'It was the army’s deadliest loss since 22 January, when 21 reservists were killed in a blast in central Gaza.',
      ['soldiers_killed=21 incident 2024-01-22'],
    ],
    [
      'The worst day of the raid came on Tuesday, when soldiers shot dead nine Palestinians in Jenin.',
      ['west_bank_killed=9 incident 2024-06-11'],
    ],
    [
      'Over the first phase of the truce, which began on 19 January, Hamas freed 33 hostages.',
      ['hostages_released=33 incident null'],
    ],
    [
      'In the six weeks of the ceasefire that started on March 1, Israel released 1,800 Palestinian prisoners.',
      ['prisoners_released=1800 incident null'],
    ],
    // the count's own day stays
    [
      'Hamas freed 17 hostages on Sunday, the third day of a truce that began on Friday.',
      ['hostages_released=17 incident 2024-06-09'],
    ],
    // a total's day is not taken from a "when" clause
    [
      'Since 7 October, when Hamas attacked southern Israel, 37,232 Palestinians have been killed in Gaza.',
      ['gaza_killed=37232 total 2024-06-14'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('tallies from the war’s first day, and days a tally was reached by', () => {
  it.each([
    [
      'Between 7 October 2023 and 8 April 2024, 456 Palestinians were killed in the West Bank.',
      ['west_bank_killed=456 total 2024-04-08'],
    ],
    [
      'By 7 June, Israel’s offensive had killed more than 36,000 Palestinians in Gaza, the ministry said.',
      ['gaza_killed=36000 total 2024-06-07'],
    ],
    [
      'The toll has kept climbing: by 10 June, the ministry had recorded 37,164 deaths in Gaza.',
      ['gaza_killed=37164 total 2024-06-10'],
    ],
    // a time gone by with no day names none
    [
      'Before the November truce, Hamas held around 240 hostages.',
      ['hostages_held=240 total null'],
    ],
    // a range that opens later is one period's count
    [
      'Between 1 and 8 June, 300 people were killed in Rafah, Gaza.',
      ['gaza_killed=300 incident null'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});
