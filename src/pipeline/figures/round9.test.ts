// Round 9 of the figure rules. Sentences written for these tests in the styles of wire
// services, live blogs, opinion pages, Israeli, Arab, African and Asian outlets; negatives
// alongside.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2024-11-27'; // a Wednesday
const keys = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published).map((f) => `${f.metric}=${f.value}`);

describe('a whole after "out of" is a count when no part is numbered right before it', () => {
  it.each([
    [
      'Israeli officials say 101 hostages are still held in Gaza, out of 251 abducted in the attack.',
      ['hostages_held=101', 'hostages_taken=251'],
    ],
    [
      'Israel says 120 captives remain, out of 250 taken on October 7.',
      ['hostages_held=120', 'hostages_taken=250'],
    ],
    [
      'The army says 97 hostages remain in the strip out of the 251 people seized by Hamas.',
      ['hostages_held=97', 'hostages_taken=251'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it.each([
    'Nine out of ten people in Gaza have been displaced, the agency said.',
    'Four out of every five people killed were women or children.',
    'Seven out of 10 Gazans have fled their homes at least once.',
  ])('a proportion stays none: %s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });
});

describe('the place that names a toll is the toll number’s', () => {
  it.each([
    ['Gaza death toll tops 44,280 as Lebanon truce holds', 'gaza_killed=44280'],
    ['Lebanon truce holds as Gaza toll tops 44,280', 'gaza_killed=44280'],
    ["Gaza's toll rises to 44,300 while strikes hit Beirut's suburbs", 'gaza_killed=44300'],
    [
      'West Bank death toll passes 800 as raids on Jenin continue in Syria’s shadow',
      'west_bank_killed=800',
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });

  it.each([
    "Lebanon's death toll rises to 3,823 as Gaza strikes continue",
    'Syria toll climbs to 60 after Israeli strikes near Damascus, as Gaza talks stall',
  ])('another country’s toll stays out: %s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it('"the Israeli death toll in Gaza" is read by its place phrase', () => {
    expect(keys('The Israeli death toll in Gaza surpasses 44,000, officials say.')).toEqual([
      'gaza_killed=44000',
    ]);
  });
});

describe('other wars set beside this one count for no metric', () => {
  it.each([
    'For Pakistan, fresh from its own confrontation with India, in which Islamabad says 40 civilians died, there is a lesson.',
    'The UN says more than 12,000 civilians have been killed in Ukraine since the invasion.',
    'In Sudan, at least 150,000 people have been killed, yet the world looks away.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it.each([
    [
      "Pakistan's foreign ministry said more than 44,000 people have been killed in Gaza.",
      ['gaza_killed=44000'],
    ],
    [
      'Over 17,000 children have been killed in Gaza, more than in three years of war in Ukraine.',
      ['gaza_killed=17000'],
    ],
  ])('a Gaza toll named beside them stays: %s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('an age someone turned is no count', () => {
  it.each([
    'The youngest, a girl from Kfar Aza, turned 13 in captivity.',
    'Her son would have turned two on Saturday, the family said.',
    'He turns 20 this week, still held in a tunnel.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it('a number of people turned away stays a number of people', () => {
    // No metric fits: nothing is found, but not because it was read as an age.
    expect(keys('Hospitals turned 300 wounded away as fuel ran out in Gaza.')).not.toContain('age');
  });
});

describe('"reunited with their families" is a release, unless the sentence tells a rescue', () => {
  it.each([
    [
      'Three Israeli women held hostage for 15 months were reunited with their families on Sunday.',
      'hostages_released=3',
    ],
    ['Seven more captives were reunited with their loved ones overnight.', 'hostages_released=7'],
    [
      'The four hostages rescued in Nuseirat were reunited with their families at Sheba hospital.',
      'hostages_rescued=4',
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });

  it('families reunited are no captives', () => {
    expect(keys('Two families were reunited after 40 days apart.')).toEqual([]);
  });
});

describe('"not one", "not a single one" count none', () => {
  it.each([
    'Military pressure has not freed a single one since March, the families say.',
    'Not one hostage has been rescued by force since June.',
    'Israel has not released one prisoner under the deal so far.',
    'The army has failed to free even one captive in Rafah.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it.each([
    ['Only one hostage was rescued in the raid.', 'hostages_rescued=1'],
    ['At least one person was killed, not far from the hospital in Gaza.', 'gaza_killed=1'],
  ])('a "one" that is counted stays: %s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });
});

const read = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.modality} ${f.scope} ${f.asOf}`,
  );

describe('a day inside a "who" clause closed by a comma dates the people it describes', () => {
  it('the operation that left 274 dead is the rescue’s day, not the abduction’s', () => {
    expect(
      read(
        'The army said it rescued four hostages on Saturday who were kidnapped in the attack on October 7, in an operation in central Gaza that left at least 274 Palestinians dead.',
        '2024-06-09',
      ),
    ).toEqual([
      'hostages_rescued=4 reported incident 2024-06-08',
      'gaza_killed=274 reported incident 2024-06-08',
    ]);
  });

  it('a count inside the clause keeps the clause’s day', () => {
    expect(
      read('Hamas freed a woman who was one of 240 people abducted on October 7.', '2023-11-25'),
    ).toEqual(['hostages_taken=240 reported incident 2023-10-07']);
  });
});

describe("a headline's present tells of one handover", () => {
  it.each([
    [
      'Israel recovers bodies of six hostages from Gaza tunnel, sparking protests',
      'hostages_dead=6 reported incident null',
    ],
    [
      'Hamas hands over the remains of four dead hostages',
      'hostages_dead=4 reported incident null',
    ],
    [
      'Hamas returns the remains of 21 more hostages in a series of handovers',
      'hostages_dead=21 reported incident null',
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('a present of holding stays a running count', () => {
    expect(read('Hamas still holds the bodies of 28 hostages.')).toEqual([
      'hostages_dead=28 reported total 2024-11-27',
    ]);
  });
});

describe('the dead a deal names are the deal’s number', () => {
  // (A rule that counted "the 28 who died in captivity" as reported was written from two sets
  // and dropped when the sets after it disagreed: gold files split 4 to 5 on it. Round 10
  // counts "all 28 deceased hostages" as the dead held: see round10.test.ts.)
  it.each([
    'Hamas is also required to hand over the remains of the 28 hostages who died in captivity.',
  ])('%s', (sentence) => {
    expect(read(sentence).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'hostages_dead=28 proposed',
    ]);
  });

  it.each([
    // a number of bodies the deal hands over, not a known group
    ['Under the deal, nine deceased hostages would be released in the first week.', 'proposed'],
    ['Hamas is expected to hand over the remains of four deceased hostages tonight.', 'proposed'],
  ])('a number to be handed over stays proposed: %s', (sentence, modality) => {
    expect(read(sentence).map((f) => f.split(' ')[1])).toEqual([modality]);
  });

  it('a handover of a group already named is one event', () => {
    expect(read('Hamas handed over the remains of the four dead hostages on Monday.')).toEqual([
      'hostages_dead=4 reported incident 2024-11-25',
    ]);
  });
});

describe('round 9, third part', () => {
  it('the event a war began with is its origin, not the count’s', () => {
    expect(
      read(
        "The war that began with Hamas's 7 October attack on Israel has killed more than 33,000 Palestinians.",
        '2024-04-07',
      ),
    ).toEqual(['gaza_killed=33000 reported total 2024-04-07']);
    expect(
      read('An airstrike that followed the attack killed 12 people in Rafah.', '2024-04-07'),
    ).toEqual(['gaza_killed=12 reported incident null']);
  });

  it('"and wounded 84,494" after a toll is the toll’s other measure', () => {
    expect(
      read(
        "Israel's campaign has killed at least 37,084 Palestinians and wounded 84,494, according to the ministry's figures on Sunday.",
        '2024-06-09',
      ),
    ).toEqual([
      'gaza_killed=37084 reported total 2024-06-09',
      'gaza_injured=84494 reported total 2024-06-09',
    ]);
  });

  it('"before dawn on Thursday" is a time of the same event', () => {
    expect(
      read(
        'The ministry said 112 people were killed and 760 wounded when troops opened fire on crowds around aid trucks in Gaza before dawn on Thursday.',
        '2024-03-01',
      ),
    ).toEqual([
      'gaza_killed=112 reported incident 2024-02-29',
      'gaza_injured=760 reported incident 2024-02-29',
    ]);
  });

  it('"before the truce took effect on Friday" is still another clause', () => {
    expect(
      read('Three soldiers were killed before the truce took effect on Friday.', '2024-03-01'),
    ).toEqual(['soldiers_killed=3 reported incident null']);
  });

  it.each([
    'Could these six have come home?',
    'Would the 33 hostages have been freed without the deal?',
  ])('a question of what might have been counts no one: %s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it('a question of fact still counts', () => {
    expect(keys('Why have 101 hostages been left in Gaza for a year?')).toEqual([
      'hostages_held=101',
    ]);
  });

  it('no toll of dead or wounded reaches half a million', () => {
    expect(
      keys(
        'The IPC said half a million people faced starvation and death, and another 1.07 million were in the emergency phase.',
      ),
    ).toEqual([]);
  });

  it('hostages "saved" by forces are rescued; people saved by doctors are no captives', () => {
    expect(
      keys('The raid brings the number of hostages saved by Israeli forces to seven.'),
    ).toEqual(['hostages_rescued=7']);
    expect(keys('Doctors saved 12 children after the strike in Rafah.')).toEqual([]);
  });

  it('those left after bodies are returned are bodies too', () => {
    expect(
      read('It returned four bodies on Monday evening, leaving 24 still in Gaza.', '2025-10-14'),
    ).toEqual([
      'hostages_dead=4 reported incident 2025-10-13',
      'hostages_dead=24 reported total 2025-10-14',
    ]);
  });
});

describe('round 9, from probe 32', () => {
  it('a war of a year gone by, whose own clause the count is told in', () => {
    expect(
      keys(
        'He was killed in Rafah on August 1, 2014, hours after a ceasefire came into effect in the 50-day conflict, in which 67 Israeli soldiers and more than 2,200 Palestinians were killed.',
        '2025-11-10',
      ),
    ).toEqual([]);
    expect(
      keys(
        'The war, in which 69,000 Palestinians have been killed, entered its third year in October 2025.',
        '2025-11-10',
      ),
    ).toEqual(['gaza_killed=69000']);
  });

  it('the dead of one raid, however long it lasts, are its own', () => {
    expect(
      read(
        'Officials say at least 20 people have been killed in Jenin and Tubas since the raid began.',
        '2024-09-02',
      ),
    ).toEqual(['west_bank_killed=20 reported incident null']);
    expect(
      read(
        'At least 800 Palestinians have been killed in the West Bank since the war began.',
        '2024-09-02',
      ),
    ).toEqual(['west_bank_killed=800 reported total 2024-09-02']);
  });

  it('"among the 240 hostages it seized" is the taken', () => {
    expect(
      keys(
        'Hamas is to free 50 women and children among the roughly 240 hostages it seized.',
        '2023-11-23',
      ),
    ).toEqual(['hostages_released=50', 'hostages_taken=240']);
  });

  it('"and agreed to hand over" is the subject’s next act, not the released count’s', () => {
    expect(
      read(
        'Hamas released all 20 living hostages and agreed to hand over the bodies of 28 deceased captives.',
        '2025-11-10',
      ),
    ).toEqual([
      'hostages_released=20 reported incident null',
      'hostages_dead=28 proposed incident null',
    ]);
  });
});

describe('round 9, from probes 35-36', () => {
  it('"bringing the total since October 2023 to 69,483" is the count before’s total', () => {
    expect(
      read(
        "Gaza's health ministry says at least 260 Palestinians have been killed since the ceasefire began, bringing the total since October 2023 to 69,483, with 170,706 wounded.",
        '2025-11-15',
      ),
    ).toEqual([
      'gaza_killed=260 reported incident null',
      'gaza_killed=69483 reported total 2025-11-15',
      'gaza_injured=170706 reported total 2025-11-15',
    ]);
    expect(
      read(
        'Hamas freed three more hostages on Saturday, bringing the total since January 19 to 21.',
        '2025-02-09',
      ),
    ).toEqual([
      'hostages_released=3 reported incident 2025-02-08',
      'hostages_released=21 reported total 2025-02-09',
    ]);
  });

  it('a part set off by commas keeps its whole’s verb, and its own pause', () => {
    expect(
      keys(
        'A total of 109 hostages were freed through negotiations, 105 of them during a weeklong truce last November, and eight have been rescued alive by Israeli forces.',
        '2024-10-07',
      ),
    ).toEqual(['hostages_released=109', 'hostages_released=105', 'hostages_rescued=8']);
  });

  it('"Six hostages murdered in a tunnel" is one killing; "killed in raids" a running count', () => {
    expect(read('Six hostages murdered in a tunnel, and the world shrugs', '2024-09-02')).toEqual([
      'hostages_dead=6 reported incident null',
    ]);
    expect(read("'Almost 50' hostages killed in raids, the armed wing says", '2023-11-15')).toEqual(
      ['hostages_dead=50 reported total 2023-11-15'],
    );
  });

  it.each([
    [
      'Israeli soldiers killed in ground operation: 188',
      'soldiers_killed=188 reported total 2024-01-14',
    ],
    ['Taken hostage: 253', 'hostages_taken=253 reported incident 2023-10-07'],
    ['Taken captive on October 7, 2023: 251', 'hostages_taken=251 reported incident 2023-10-07'],
  ])('fact box: %s', (line, expected) => {
    expect(read(line, '2024-01-14')).toEqual([expected]);
  });
});

describe('round 9, from probes 37-38', () => {
  it('a verb of passing hedges the number after it, whatever noun follows', () => {
    expect(
      extractSentenceFigures('Gaza death toll surpasses 40,000 martyrs', '2024-08-15').map(
        (f) => f.qualifier,
      ),
    ).toEqual(['at_least']);
  });

  it('a total in another clause after ", as" is that clause’s, not the count’s', () => {
    expect(
      read(
        'More than 100 Palestinians were killed Thursday as crowds surged around an aid convoy in Gaza City, officials said, as the overall death toll passed 30,000.',
        '2024-03-01',
      ),
    ).toEqual([
      'gaza_killed=100 reported incident 2024-02-29',
      'gaza_killed=30000 reported total 2024-03-01',
    ]);
  });

  it('"strikes kill more than 400" tells of one wave; so does "killed … in the strikes"', () => {
    expect(
      read('Israeli strikes kill more than 400 in Gaza as ceasefire collapses', '2025-03-18'),
    ).toEqual(['gaza_killed=400 reported incident null']);
    expect(
      read(
        'The Gaza health ministry said at least 413 people had been killed and 562 wounded in the strikes, which hit homes and tents.',
        '2025-03-18',
      ),
    ).toEqual([
      'gaza_killed=413 reported incident null',
      'gaza_injured=562 reported incident null',
    ]);
    expect(
      read(
        'The ministry said 40,000 people had been killed in Israeli strikes since October.',
        '2024-08-15',
      ),
    ).toEqual(['gaza_killed=40000 reported total 2024-08-15']);
  });
});

describe('round 9, from probes 41-42', () => {
  it('"the first three hostages have been handed over" is one handover', () => {
    expect(
      read(
        'The first three Israeli hostages have been handed over to the Red Cross in Gaza City.',
        '2025-01-19',
      ),
    ).toEqual(['hostages_released=3 reported incident 2025-01-19']);
  });

  it('citizens "brought home from Israel" are evacuated, not freed', () => {
    expect(
      keys('The flight brought the number of citizens brought home from Israel to 517.'),
    ).toEqual([]);
    expect(keys('The army brought home the bodies of two hostages from Gaza.')).toEqual([
      'hostages_dead=2',
    ]);
  });
});
