// Round 4 of the figure rules: headlines set in title case, wars of earlier decades named by
// year and name, and the roles and groups of counts that the sentence around them gives.
// Sentences written for these tests in the styles of wire services, broadcasters, Israeli,
// Arab and Asian outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string, published = '2024-03-18'): string[] {
  return extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.qualifier} ${f.scope}`,
  );
}

const metrics = (sentence: string) =>
  extractSentenceFigures(sentence, '2024-03-18').map((f) => `${f.metric}=${f.value}`);

describe('headlines in title case', () => {
  it.each([
    ['Gaza Death Toll Crosses 9,700', ['gaza_killed=9700 at_least total']],
    [
      'Hamas Frees 13 Israeli Hostages On First Day Of Truce',
      ['hostages_released=13 exact incident'],
    ],
    ['Israeli Strikes Kill 42 Across Gaza Overnight', ['gaza_killed=42 exact incident']],
    ['Gaza Toll Tops 30,000 As Talks Stall In Cairo', ['gaza_killed=30000 at_least total']],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    ['Troops Regroup Near Route 232 After Channel 12 Report'],
    ['UN Resolution 2720 Calls For More Aid'],
    ['Brigade 401 Returns To Khan Younis'],
  ])('numbers in names stay names: %s', (sentence) => {
    expect(metrics(sentence)).toEqual([]);
  });
});

describe('a toll that climbed past a mark', () => {
  it.each([
    [
      'Health officials said the overall death toll since October 2023 had climbed past 49,000.',
      ['gaza_killed=49000 at_least total'],
    ],
    [
      'The number of wounded in Gaza rose past 80,000 on Sunday.',
      ['gaza_injured=80000 at_least total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('does not read "in the past" as a mark', () => {
    expect(metrics('In the past 24 hours, 61 people were killed in Gaza.')).toEqual([
      'gaza_killed=61',
    ]);
  });
});

describe('wars of earlier decades named by year and name', () => {
  it.each([
    [
      'The fighting has drawn comparisons with the 1973 Yom Kippur War, in which some 2,600 Israeli soldiers died.',
    ],
    ['Some compare it with the 2006 Lebanon War, during which 121 Israeli soldiers were killed.'],
    ['The figure includes two soldiers whose bodies have been held since the 2014 war.'],
  ])('%s → none', (sentence) => {
    expect(metrics(sentence)).toEqual([]);
  });

  it.each([
    [
      'Hamas still holds 120 hostages, including the bodies of two soldiers held since the 2014 war.',
      ['hostages_held=120'],
    ],
    [
      'Since the 2014 war, Gaza has been rebuilt twice; now 35,000 have been killed there.',
      ['gaza_killed=35000'],
    ],
  ])('keeps the counts of this war beside it: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('the size of a place, and ages in a list', () => {
  it.each([
    [
      'The UN said more than 187,500 people in the crowded enclave of 2.3 million had fled their homes.',
      ['gaza_displaced=187500'],
    ],
    ['About 90 per cent of Gaza’s 2.1 million people have been displaced at least once.', []],
    [
      'Some 85 per cent of the strip’s 2.2 million residents have fled their homes, the UN says.',
      [],
    ],
    [
      'Thirteen Israeli hostages, the youngest of them two and the eldest 85, were released from Gaza.',
      ['hostages_released=13'],
    ],
    ['The freed captives, the oldest of them 84, were taken to hospital in Israel.', []],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it('keeps a count of people in a city', () => {
    expect(metrics('Strikes on the city of Rafah killed 22 people in Gaza overnight.')).toEqual([
      'gaza_killed=22',
    ]);
  });
});

describe('how captives came out, and who is left', () => {
  it.each([
    [
      'Ten Thais were also freed, bringing the number of hostages who left Gaza on Friday to 24.',
      ['hostages_released=10', 'hostages_released=24'],
    ],
    [
      'The operation brings the number of hostages freed alive by military operations since the start of the war to seven.',
      ['hostages_rescued=7'],
    ],
    [
      'Of those abducted, 117 have been freed alive - 109 of them in exchange deals and eight in military operations.',
      ['hostages_released=117', 'hostages_released=109', 'hostages_rescued=8'],
    ],
    [
      'Israel says 59 hostages remain in Gaza, of whom 24 are believed alive, with the remaining 35 believed dead.',
      ['hostages_held=59', 'hostages_dead=35'],
    ],
    [
      'Hamas handed over 33 Israeli hostages, eight of them dead, during the first phase.',
      ['hostages_released=33', 'hostages_dead=8'],
    ],
    // a part of the dead is no figure of its own
    ['Strikes killed 30 people in Gaza, 12 of them dead on arrival.', ['gaza_killed=30']],
    // no return happened
    ['Netanyahu apologised to the families of the six for not bringing them home alive.', []],
    [
      'The cabinet was accused of failing to bring them back, after 14 hostages died in captivity.',
      ['hostages_dead=14'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('what is put "on Israel" happens nowhere', () => {
  it.each([
    [
      'International pressure on Israel has mounted since seven aid workers were killed in Israeli strikes on their convoy.',
      ['gaza_killed=7'],
    ],
    ['Hamas fired rockets on Israel, killing two people.', ['israel_killed=2']],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('parts counted over a time of their own', () => {
  it.each([
    [
      'The offensive has killed at least 33,175 people in Gaza, the ministry said, including 38 deaths over the past 24 hours.',
      ['gaza_killed=33175 at_least total', 'gaza_killed=38 exact incident'],
    ],
    [
      'The army says 604 soldiers have been killed since October 7, 260 of them since the start of ground operations in Gaza.',
      ['soldiers_killed=604 exact total', 'soldiers_killed=260 exact total'],
    ],
    [
      'Hamas has freed 105 hostages since the truce began, 81 of them since Friday.',
      ['hostages_released=105 exact total', 'hostages_released=81 exact total'],
    ],
    // a part without a time of its own stays a breakdown
    [
      'At least 30 people were killed in Gaza, including 12 children.',
      ['gaza_killed=30 at_least incident'],
    ],
    [
      'The army says 604 soldiers have been killed, 260 of them in Gaza.',
      ['soldiers_killed=604 exact total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('a deal’s terms with an aside between dashes', () => {
  it('keeps the proposal across the aside', () => {
    expect(
      extractSentenceFigures(
        'A plan under discussion would see 40 hostages – women, children, the elderly and the sick – freed during a six-week truce, in exchange for some 700 prisoners.',
        '2024-04-07',
      ).map((f) => `${f.metric}=${f.value} ${f.modality}`),
    ).toEqual(['hostages_released=40 proposed', 'prisoners_released=700 proposed']);
    expect(
      extractSentenceFigures(
        'Hamas freed 13 hostages – women and children – on Friday.',
        '2024-04-07',
      ).map((f) => `${f.value} ${f.modality} ${f.asOf}`),
    ).toEqual(['13 reported 2024-04-05']);
  });
});

describe('the day of strikes a source speaks of', () => {
  it.each([
    [
      "Gaza's civil defence said Israeli strikes on Sunday morning killed 19 Palestinians in Gaza.",
      '2025-01-19',
    ],
    ['Medics said an air strike on Saturday killed 11 people in Gaza.', '2025-01-18'],
  ])('%s', (sentence, day) => {
    expect(extractSentenceFigures(sentence, '2025-01-19').map((f) => f.asOf)).toEqual([day]);
  });

  it('still dates a total by the day its source gave it', () => {
    expect(
      extractSentenceFigures(
        'The ministry said on Saturday that the toll had reached 46,899 in Gaza.',
        '2025-01-19',
      ).map((f) => f.asOf),
    ).toEqual(['2025-01-18']);
  });
});

describe('whose toll, and where, from the clause and the attack', () => {
  it.each([
    [
      'Israeli troops encircle Gaza City as death toll in territory passes 9,000',
      ['gaza_killed=9000'],
    ],
    [
      'Two soldiers were killed in Gaza on Monday, as the army’s death toll rose to 250.',
      ['soldiers_killed=2', 'soldiers_killed=250'],
    ],
    [
      'A reservist was killed in Gaza, the army announced, raising the toll to 299.',
      ['soldiers_killed=299'],
    ],
    [
      'When gunmen broke through the fence around Gaza on the morning of 7 October, they killed about 1,200 people, most of them civilians.',
      ['israel_killed=1200'],
    ],
    ['Strikes around Gaza City killed 30 people.', ['gaza_killed=30']],
    ['About 1,200 people were killed in that attack.', ['israel_killed=1200']],
    ['The Israeli attack killed more than 500 people in Gaza.', ['gaza_killed=500']],
    [
      '742 Palestinians killed by Israeli troops or settlers, according to the health ministry in Ramallah',
      ['west_bank_killed=742'],
    ],
    [
      'Israel sanctioned four settlers and its troops killed 30 people in Gaza.',
      ['gaza_killed=30'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('groups, bases and asides, round 4b', () => {
  it.each([
    [
      'The military says 726 soldiers have been killed, including 346 since the ground offensive in Gaza began on October 27.',
      ['soldiers_killed=726', 'soldiers_killed=346'],
    ],
    [
      'The UN says about 1.9 million of the Strip’s 2.4 million people have been displaced, many of them several times.',
      ['gaza_displaced=1900000'],
    ],
    [
      'On October 7, 2023, gunmen broke through the Gaza border fence, killing 1,205 people, most of them civilians.',
      ['israel_killed=1205'],
    ],
    ['Strikes near the Gaza border fence killed 3 people in Khan Younis.', ['gaza_killed=3']],
    [
      'The prison service said 39 Palestinian prisoners - 24 women and 15 teenage boys - had been released from Ofer prison.',
      ['prisoners_released=39'],
    ],
    [
      'The 39 Palestinians released from Israeli prisons — 24 women and 15 teenage boys — were greeted by crowds.',
      ['prisoners_released=39'],
    ],
    [
      'Israel rescues four hostages in Nuseirat raid; Gaza officials say 274 killed',
      ['hostages_rescued=4', 'gaza_killed=274'],
    ],
    [
      'Army announces deaths of two more soldiers in Gaza; ground-op toll reaches 161',
      ['soldiers_killed=2', 'soldiers_killed=161'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    [
      '- February 29, 2024: At least 118 people killed while waiting for aid near Gaza City.',
      '118 incident 2024-02-29',
    ],
    [
      'Dozens killed in Gaza City, pushing the war’s death toll past 30,000',
      '30000 total 2024-03-18',
    ],
  ])('%s', (sentence, expected) => {
    expect(
      extractSentenceFigures(sentence, '2024-03-18').map((f) => `${f.value} ${f.scope} ${f.asOf}`),
    ).toEqual([expected]);
  });

  it('reads "past" after a toll as beyond the mark', () => {
    expect(figures('Dozens killed in Gaza City, pushing the war’s death toll past 30,000')).toEqual(
      ['gaza_killed=30000 at_least total'],
    );
  });
});

describe('a toll with an aside before its verb, and captives counted where they are', () => {
  it.each([
    [
      "The health ministry's total death toll in Gaza, before Tuesday's strikes, stood at more than 48,500.",
      ['gaza_killed=48500 at_least total'],
    ],
    ['The toll, the ministry said, rose to 30,000 in Gaza.', ['gaza_killed=30000 exact total']],
    [
      'Before Monday, Israel counted 48 hostages in Gaza, 20 of them believed alive.',
      ['hostages_held=48 exact total'],
    ],
    ['Hamas freed 13 hostages in Gaza City.', ['hostages_released=13 exact incident']],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('round 4c: captors, the attack of hundreds with captives, places of a count’s own', () => {
  it.each([
    [
      'Hamas, which several states designate a terrorist group, is believed to be holding about 130 people, including 31 whom Israel has declared dead.',
      ['hostages_held=130', 'hostages_dead=31'],
    ],
    ['Hamas’s armed wing has claimed it is holding more than 130 people.', ['hostages_held=130']],
    ['Israel says it is holding 9,000 Palestinians in its prisons.', ['prisoners_held=9000']],
    ['Hamas had held two of those released for around a decade.', []],
    [
      'According to Israeli tallies, 1,139 people were killed in the attack and around 250 were taken captive, roughly 100 of whom are still in Gaza.',
      ['israel_killed=1139', 'hostages_taken=250'],
    ],
    [
      'Israel’s offensive has killed 40,000 people in Gaza since the Hamas attack, in which 250 hostages were taken.',
      ['gaza_killed=40000'],
    ],
    [
      'Near the border, where about 60,000 Israelis remain displaced by rocket fire, an Israeli strike killed two people in southern Lebanon on Tuesday.',
      [],
    ],
    [
      'In the West Bank, where an operation in Jenin camp has displaced about 40,000 people since January, a 17-year-old was killed by Israeli fire on Monday.',
      [],
    ],
    [
      'At least 630 Palestinians have been killed since Oct. 7 by Israeli troops or settlers, according to the ministry.',
      ['west_bank_killed=630'],
    ],
    ['Seven were taken to hospital on arrival.', []],
    ['The ministry said 32 bodies were taken to hospitals in Gaza.', ['gaza_killed=32']],
    ['About 240 people were taken to Gaza as hostages.', ['hostages_taken=240']],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });

  it.each([
    [
      'The UN estimates that 1.7mn of Gaza’s 2.3mn people have been forced from their homes.',
      ['gaza_displaced=1700000'],
    ],
    ['Some 1.9m Gazans have been displaced.', ['gaza_displaced=1900000']],
    [
      'Troops would pull back to a buffer zone about 700m (2,300ft) deep, and displaced Palestinians could return.',
      [],
    ],
    ['The displaced were told to move 500m away from the fence.', []],
  ])('millions and metres: %s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('round 4d: a clause of its own after a toll, infinitives, people in a toll', () => {
  it.each([
    [
      'The war on Gaza has killed at least 45,028 Palestinians since October 7, 2023, the Health Ministry said on Monday, as strikes across the territory killed dozens more overnight.',
      ['gaza_killed=45028 at_least total'],
    ],
    [
      'Overnight strikes killed 40 people across Gaza, medics said.',
      ['gaza_killed=40 exact incident'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence, '2024-12-16')).toEqual(expected);
  });

  it.each([
    [
      'In Gaza, where more than 40,700 people have been killed, the UN began a campaign to vaccinate some 640,000 children against polio.',
      ['gaza_killed=40700'],
    ],
    ['The agency plans to feed 500,000 people in Gaza this month.', []],
    ['Israel agreed to free 150 Palestinian prisoners.', ['prisoners_released=150']],
    // "amount to": a preposition, no infinitive
    [
      'Israeli losses amount to almost 1,500 people, civilians and soldiers combined.',
      ['israel_killed=1500'],
    ],
    [
      '- 9,900 Palestinians held in Israeli jails, according to prisoner groups, up from 5,200 before the war',
      ['prisoners_held=9900', 'prisoners_held=5200'],
    ],
    [
      'The army said it had called up 360,000 reservists, as officials raised the toll from the Hamas assault to more than 1,300 people killed.',
      ['israel_killed=1300'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('a count in a relative clause after a group', () => {
  it.each([
    [
      'Israel rescues four hostages from Gaza in a raid that Palestinian officials say killed 274',
      ['hostages_rescued=4', 'gaza_killed=274'],
    ],
    [
      'Troops freed two hostages in an operation that medics said killed 50 people in Gaza.',
      ['hostages_rescued=2', 'gaza_killed=50'],
    ],
  ])('%s', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});
