// The figure rules on sentences written for these tests in the style of wire and newspaper
// reports. Each expectation reads "metric=value qualifier modality scope asOf".
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string, published: string | null = '2024-03-05'): string[] {
  return extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.qualifier} ${f.modality} ${f.scope} ${f.asOf ?? 'null'}`,
  );
}

describe('casualty tolls', () => {
  it.each([
    [
      'The Gaza Health Ministry said on Monday that at least 30,410 Palestinians have been killed and 71,700 wounded since the war began.',
      [
        'gaza_killed=30410 at_least reported total 2024-03-04',
        'gaza_injured=71700 exact reported total 2024-03-04',
      ],
    ],
    [
      'Israeli airstrikes killed 92 people overnight across the Gaza Strip, health officials said.',
      ['gaza_killed=92 exact reported incident 2024-03-05'],
    ],
    [
      'At least 40 people were killed when an Israeli strike hit a school in Nuseirat, the civil defence agency said.',
      ['gaza_killed=40 at_least reported incident null'],
    ],
    [
      'The Israeli military said two more soldiers were killed in southern Gaza, bringing its death toll in the ground offensive to 229.',
      [
        'soldiers_killed=2 exact reported incident null',
        'soldiers_killed=229 exact reported total 2024-03-05',
      ],
    ],
    [
      'Some 1.7 million people, about 75% of the population, have been displaced, according to the UN.',
      ['gaza_displaced=1700000 approx reported total 2024-03-05'],
    ],
    [
      'The Oct. 7 attack killed about 1,200 people in Israel, most of them civilians, and some 250 people were taken hostage.',
      [
        'israel_killed=1200 approx reported incident 2023-10-07',
        'hostages_taken=250 approx reported incident 2023-10-07',
      ],
    ],
    [
      'The army said 21 soldiers were killed on Monday in the deadliest single incident since the start of the ground invasion.',
      ['soldiers_killed=21 exact reported incident 2024-03-04'],
    ],
    [
      'Palestinian health officials say 410 people have been killed in the occupied West Bank since the war started.',
      ['west_bank_killed=410 exact reported total 2024-03-05'],
    ],
    [
      'Since the war began, 1,139 people have been killed in Israel, according to a tally based on official figures.',
      ['israel_killed=1139 exact reported total 2024-03-05'],
    ],
    [
      'Nearly 2 million Gazans have been forced from their homes.',
      ['gaza_displaced=2000000 at_most reported total 2024-03-05'],
    ],
    [
      'At least 112 people were killed and 760 injured as crowds rushed toward aid trucks, the health ministry said.',
      [
        'gaza_killed=112 at_least reported incident null',
        'gaza_injured=760 exact reported incident null',
      ],
    ],
    [
      'More than 1,400 people were killed in the Hamas attack on Israel, Israeli officials said.',
      ['israel_killed=1400 at_least reported incident 2023-10-07'],
    ],
    [
      'The Gaza death toll passed 30,000 on Thursday.',
      ['gaza_killed=30000 at_least reported total 2024-02-29'],
    ],
    [
      'The number of Palestinians killed in Gaza has risen to 25,000, the ministry said.',
      ['gaza_killed=25000 exact reported total 2024-03-05'],
    ],
    [
      'The number of captives who have died in Hamas custody climbed to 29, officials said.',
      ['hostages_dead=29 exact reported total 2024-03-05'],
    ],
    [
      'The number of captives known to be dead has reached 37.',
      ['hostages_dead=37 exact reported total 2024-03-05'],
    ],
    [
      'The number of troops killed since the Gaza incursion started now stands at 260.',
      ['soldiers_killed=260 exact reported total 2024-03-05'],
    ],
    [
      'Four hostages were killed in captivity, the army said.',
      ['hostages_dead=4 exact reported incident null'],
    ],
    ['The number of rockets fired at Israel has risen to 9,000.', []],
    [
      'More than 100 people were injured in Israel by rocket fire, the ambulance service said.',
      ['israel_injured=100 at_least reported incident null'],
    ],
    [
      "Israel's retaliatory offensive has killed at least 41,118 people in Gaza, according to the territory's health ministry.",
      ['gaza_killed=41118 at_least reported total 2024-03-05'],
    ],
    [
      'Israel launched the operation after Hamas killed 1,200 people and took 251 hostages.',
      [
        'israel_killed=1200 exact reported incident 2023-10-07',
        'hostages_taken=251 exact reported incident 2023-10-07',
      ],
    ],
    [
      'Israeli deaths, by one newspaper tally, amount to nearly 1,650 people.',
      ['israel_killed=1650 at_most reported total 2024-03-05'],
    ],
    [
      'The fighting has flattened much of the enclave, killing roughly 31,000 people, medical officials say.',
      ['gaza_killed=31000 approx reported total 2024-03-05'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('hostages and prisoners', () => {
  it.each([
    [
      'Hamas is still holding 134 hostages, about 30 of whom are believed to be dead.',
      [
        'hostages_held=134 exact reported total 2024-03-05',
        'hostages_dead=30 approx reported total 2024-03-05',
      ],
    ],
    [
      'Hamas freed 13 Israeli hostages and 10 Thai nationals on Friday in the first exchange of the truce.',
      [
        'hostages_released=13 exact reported incident 2024-03-01',
        'hostages_released=10 exact reported incident 2024-03-01',
      ],
    ],
    [
      'Israel released 39 Palestinian prisoners from its jails in return.',
      ['prisoners_released=39 exact reported incident null'],
    ],
    [
      'Under the proposed deal, Hamas would free 40 hostages in exchange for a six-week pause and the release of hundreds of prisoners.',
      ['hostages_released=40 exact proposed incident null'],
    ],
    [
      'Israeli forces rescued four hostages from central Gaza on Saturday in an operation that health officials said killed 274 Palestinians.',
      [
        'hostages_rescued=4 exact reported incident 2024-03-02',
        'gaza_killed=274 exact reported incident 2024-03-02',
      ],
    ],
    [
      'More than 8,000 Palestinians are held in Israeli prisons, according to rights groups.',
      ['prisoners_held=8000 at_least reported total 2024-03-05'],
    ],
    [
      'Israel says about 130 hostages remain in Gaza.',
      ['hostages_held=130 approx reported total 2024-03-05'],
    ],
    [
      'The bodies of three hostages were recovered by troops overnight, the military said.',
      ['hostages_dead=3 exact reported incident 2024-03-05'],
    ],
    [
      'The agreement calls for the release of 50 women and children held in Gaza in exchange for 150 Palestinian women and minors held in Israeli jails.',
      [
        'hostages_released=50 exact proposed incident null',
        'prisoners_released=150 exact proposed incident null',
      ],
    ],
    [
      'The first phase of the deal would see 33 hostages freed over six weeks in exchange for nearly 2,000 Palestinian prisoners.',
      [
        'hostages_released=33 exact proposed incident null',
        'prisoners_released=2000 at_most proposed incident null',
      ],
    ],
    [
      'Negotiators dropped a plan that would have seen 50 prisoners freed in the first week.',
      ['prisoners_released=50 exact proposed incident null'],
    ],
    [
      'Talks on the release of 60 hostages resumed in Doha.',
      ['hostages_released=60 exact proposed incident null'],
    ],
    [
      'Officials expect between 300 and 500 prisoners to be released.',
      [
        'prisoners_released=300 at_least proposed incident null',
        'prisoners_released=500 at_most proposed incident null',
      ],
    ],
    [
      'Israel has so far freed 1,135 Palestinian prisoners under the ceasefire.',
      ['prisoners_released=1135 exact reported total 2024-03-05'],
    ],
    [
      'Four Israeli hostages were released on Saturday in exchange for 200 Palestinian prisoners.',
      [
        'hostages_released=4 exact reported incident 2024-03-02',
        'prisoners_released=200 exact reported incident 2024-03-02',
      ],
    ],
    [
      'Hamas took about 240 people hostage during its cross-border raid.',
      ['hostages_taken=240 approx reported incident 2023-10-07'],
    ],
    [
      'Around 100 hostages are believed to still be in Gaza.',
      ['hostages_held=100 approx reported total 2024-03-05'],
    ],
    [
      'Hamas released 24 hostages, including 13 Israelis, while Israel freed 39 Palestinian prisoners.',
      [
        'hostages_released=24 exact reported incident null',
        // Releases are counted by nationality, as deals and exchanges count them.
        'hostages_released=13 exact reported incident null',
        'prisoners_released=39 exact reported incident null',
      ],
    ],
    [
      'Of the 251 hostages taken on Oct. 7, 97 remain in Gaza, including 33 the military says are dead.',
      [
        'hostages_taken=251 exact reported incident 2023-10-07',
        'hostages_held=97 exact reported total 2024-03-05',
        // A part with a predicate of its own is a figure of its own metric.
        'hostages_dead=33 exact reported total 2024-03-05',
      ],
    ],
    [
      'Israel will free 1,900 Palestinian prisoners in the first phase, the justice ministry said.',
      ['prisoners_released=1900 exact proposed incident null'],
    ],
    [
      'Four female conscripts are expected to be handed over on Sunday afternoon, officials told reporters.',
      ['hostages_released=4 exact proposed incident 2024-03-10'],
    ],
    [
      'The government named 62 detainees, most of them teenagers, who are slated for release next week.',
      ['prisoners_released=62 exact proposed incident null'],
    ],
    [
      'The Red Cross transferred 17 freed hostages to Israeli forces.',
      ['hostages_released=17 exact reported incident null'],
    ],
    [
      'Officials think 117 people seized on Oct. 7, many of them elderly, are still being held captive in the strip.',
      ['hostages_held=117 exact reported total 2024-03-05'],
    ],
    [
      'The offer covers the release of 6 living captives and 11 bodies for a 45-day pause.',
      [
        'hostages_released=6 exact proposed incident null',
        'hostages_dead=11 exact proposed incident null',
      ],
    ],
    [
      'In return, Israel would free 86 Palestinian prisoners serving long sentences and 940 detainees held since the fighting began.',
      [
        'prisoners_released=86 exact proposed incident null',
        'prisoners_released=940 exact proposed incident null',
      ],
    ],
    ['Israel would also hand back 150 bodies of Palestinians.', []],
    [
      'An earlier pause led to the release of about 90 captives in return for 210 Palestinian prisoners.',
      [
        'hostages_released=90 approx reported incident null',
        'prisoners_released=210 exact reported incident null',
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('more constructions', () => {
  it.each([
    [
      'Israeli strikes killed at least 20 people and wounded 50 others in Rafah overnight.',
      [
        'gaza_killed=20 at_least reported incident 2024-03-05',
        'gaza_injured=50 exact reported incident 2024-03-05',
      ],
    ],
    [
      "Israel's army says 260 soldiers have been killed in its ground operation.",
      ['soldiers_killed=260 exact reported total 2024-03-05'],
    ],
    [
      'Hamas handed over three Israeli hostages on Saturday, and Israel released 183 Palestinian prisoners.',
      [
        'hostages_released=3 exact reported incident 2024-03-02',
        'prisoners_released=183 exact reported incident 2024-03-02',
      ],
    ],
    [
      'An Israeli drone strike killed three people in Jenin, the health ministry said.',
      ['west_bank_killed=3 exact reported incident null'],
    ],
    [
      'Six hostages were found dead in a tunnel in Rafah.',
      ['hostages_dead=6 exact reported incident null'],
    ],
    [
      'The bodies of 27 hostages remain in Gaza.',
      ['hostages_dead=27 exact reported total 2024-03-05'],
    ],
    [
      'The health ministry reported 49 deaths in the past 24 hours, bringing the toll to 35,034.',
      [
        'gaza_killed=49 exact reported incident 2024-03-05',
        'gaza_killed=35034 exact reported total 2024-03-05',
      ],
    ],
    [
      'There are 9,500 Palestinians in Israeli jails, including 3,600 held without charge.',
      ['prisoners_held=9500 exact reported total 2024-03-05'],
    ],
    [
      'In all, 1,139 people were killed on October 7, according to a tally of official figures.',
      ['israel_killed=1139 exact reported incident 2023-10-07'],
    ],
    [
      'Around 30 of the 136 hostages still in Gaza are thought to have died.',
      ['hostages_dead=30 approx reported total 2024-03-05'],
    ],
    [
      'Some 5,000 people were injured in the October 7 assault on Israel.',
      ['israel_injured=5000 approx reported incident 2023-10-07'],
    ],
    [
      'A second group of 17 hostages, including 13 Israelis, was released on Saturday.',
      [
        'hostages_released=17 exact reported incident 2024-03-02',
        'hostages_released=13 exact reported incident 2024-03-02',
      ],
    ],
    [
      'According to Israeli tallies, about 1,200 people were killed in the Oct. 7 attack, and some 250 taken hostage.',
      [
        'israel_killed=1200 approx reported incident 2023-10-07',
        'hostages_taken=250 approx reported incident 2023-10-07',
      ],
    ],
    [
      'Some 1.9 million Gazans — around 90% of the population — have been displaced.',
      ['gaza_displaced=1900000 approx reported total 2024-03-05'],
    ],
    [
      'The ministry said 14 people had been killed in the past day.',
      ['gaza_killed=14 exact reported incident 2024-03-05'],
    ],
    [
      'Medics in Gaza said 310 people had been wounded over the last 72 hours.',
      ['gaza_injured=310 exact reported incident null'],
    ],
    [
      'In the previous three days, 41 people were killed across the Gaza Strip.',
      ['gaza_killed=41 exact reported incident null'],
    ],
    [
      'The admission that soldiers had mistakenly opened fire on and killed three captives deepened doubts the offensive can bring anyone home.',
      ['hostages_dead=3 exact reported incident null'],
    ],
    [
      'Officials in Gaza say the number of people killed there has passed 36,000, with upwards of 81,000 injured.',
      [
        'gaza_killed=36000 at_least reported total 2024-03-05',
        'gaza_injured=81000 at_least reported total 2024-03-05',
      ],
    ],
    [
      'The Gaza toll stood at 36,000 on Sunday, with more than 81,000 people wounded.',
      [
        'gaza_killed=36000 exact reported total 2024-03-03',
        'gaza_injured=81000 at_least reported total 2024-03-03',
      ],
    ],
    [
      'The toll in Gaza has passed 36,000, with 40 killed since Sunday alone.',
      [
        'gaza_killed=36000 at_least reported total 2024-03-05',
        'gaza_killed=40 exact reported total 2024-03-05',
      ],
    ],
    [
      'The Palestinian Red Crescent said 12 people were injured when settlers attacked a village overnight.',
      [],
    ],
    [
      'Settlers shot dead two Palestinians near a village on Friday, the Palestinian health ministry said.',
      ['west_bank_killed=2 exact reported incident 2024-03-01'],
    ],
    [
      'Israeli forces killed 3 Palestinians in Gaza as settlers rampaged in the north.',
      ['gaza_killed=3 exact reported incident null'],
    ],
    [
      'Troops killed 9 Palestinians in a raid in the West Bank, while Israeli strikes went on.',
      ['west_bank_killed=9 exact reported incident null'],
    ],
    [
      'Israel has agreed to free 120 Palestinian prisoners in return for 40 hostages.',
      [
        'prisoners_released=120 exact proposed incident null',
        'hostages_released=40 exact proposed incident null',
      ],
    ],
    [
      'Hamas freed 11 hostages on Monday in return for 33 Palestinian prisoners.',
      [
        'hostages_released=11 exact reported incident 2024-03-04',
        'prisoners_released=33 exact reported incident 2024-03-04',
      ],
    ],
    // Bodies found with no word of captivity are the place's dead (as "the bodies of nine
    // Palestinians were recovered from under the rubble" are).
    [
      'Rescuers in Gaza City recovered 42 bodies from a collapsed building overnight.',
      ['gaza_killed=42 exact reported incident 2024-03-05'],
    ],
    [
      'Troops recovered the bodies of two captives in Khan Younis on Friday.',
      ['hostages_dead=2 exact reported incident 2024-03-01'],
    ],
    [
      'Hamas handed over four bodies on Thursday.',
      ['hostages_dead=4 exact reported incident 2024-02-29'],
    ],
    [
      'Rockets from Gaza wounded 9 people in Israel on Sunday.',
      ['israel_injured=9 exact reported incident 2024-03-03'],
    ],
    [
      'A gunman shot at commuters in Tel Aviv, killing two Israelis and wounding nine.',
      [
        'israel_killed=2 exact reported incident null',
        'israel_injured=9 exact reported incident null',
      ],
    ],
    [
      'The army has now lost 412 soldiers in the war.',
      ['soldiers_killed=412 exact reported total 2024-03-05'],
    ],
    ['The club lost 12 players to injury this season.', []],
    [
      'Mediators believe 20 of the captives are no longer alive.',
      ['hostages_dead=20 exact reported total 2024-03-05'],
    ],
    [
      'The group said it was ready to hand over ten hostages once Israel frees 100 prisoners.',
      [
        'hostages_released=10 exact proposed incident null',
        'prisoners_released=100 exact proposed incident null',
      ],
    ],
    [
      'Upward of 2,000 people were hurt in Gaza in the week.',
      ['gaza_injured=2000 at_least reported incident null'],
    ],
    [
      'The number of dead in Gaza rose above 31,000.',
      ['gaza_killed=31000 at_least reported total 2024-03-05'],
    ],
    [
      'Gunmen stormed towns in Israel, killing 40 residents and seizing 12 hostages.',
      [
        'israel_killed=40 exact reported incident null',
        'hostages_taken=12 exact reported incident 2023-10-07',
      ],
    ],
    [
      'A truce that would see the 80 remaining captives freed is being negotiated.',
      ['hostages_released=80 exact proposed incident null'],
    ],
    [
      'Under the agreement, Israel frees 300 Palestinian detainees in the first week.',
      ['prisoners_released=300 exact proposed incident null'],
    ],
    [
      'Medics said soldiers shot dead four Palestinians in Jenin, including a teenager.',
      ['west_bank_killed=4 exact reported incident null'],
    ],
    [
      'Troops killed 6 Palestinians near a camp outside Tulkarm on Monday.',
      ['west_bank_killed=6 exact reported incident 2024-03-04'],
    ],
    [
      'The group still has 15 living captives and the bodies of 9 others.',
      [
        'hostages_held=15 exact reported total 2024-03-05',
        'hostages_dead=9 exact reported total 2024-03-05',
      ],
    ],
    [
      'Commandos freed three captives in a raid in Nuseirat on Saturday.',
      ['hostages_rescued=3 exact reported incident 2024-03-02'],
    ],
    [
      'Troops brought home the bodies of five hostages from Khan Younis.',
      ['hostages_dead=5 exact reported incident null'],
    ],
    ['Hamas released a video of 2 hostages on Monday.', []],
    [
      'Three troops were killed and two badly hurt near Khan Younis, the army said.',
      ['soldiers_killed=3 exact reported incident null'],
    ],
    [
      "The military's own toll in the Gaza ground offensive rose to 250 after the announcement.",
      ['soldiers_killed=250 exact reported total 2024-03-05'],
    ],
    ['Two reservists fell in combat in Rafah.', ['soldiers_killed=2 exact reported incident null']],
    [
      'Evacuation orders forced some 80,000 people to flee Deir al-Balah in three days.',
      ['gaza_displaced=80000 approx reported incident null'],
    ],
    [
      'In 100 days, the war has killed 25,000 people in Gaza.',
      ['gaza_killed=25000 exact reported total 2024-03-05'],
    ],
    ['More than 300,000 people have returned to Gaza City since the truce.', []],
    [
      'The four hostages returned to Israel on Saturday.',
      ['hostages_released=4 exact reported incident 2024-03-02'],
    ],
    ['Some 500,000 people were freed from the siege of the northern towns.', []],
    [
      'Israeli jets struck a house in Deir al-Balah, killing 11 people, medics said.',
      ['gaza_killed=11 exact reported incident null'],
    ],
    [
      'Tanks pushed into the eastern edge of the camp, wounding 14 Palestinians, the civil defence agency said.',
      ['gaza_injured=14 exact reported incident null'],
    ],
    [
      'The offensive has flattened much of northern Gaza, killing more than 35,000 people.',
      ['gaza_killed=35000 at_least reported total 2024-03-05'],
    ],
    [
      'The bombardment has levelled densely populated districts of Gaza, killing some 9,000 people.',
      ['gaza_killed=9000 approx reported total 2024-03-05'],
    ],
    [
      'The last 20 living hostages are still held in Gaza.',
      ['hostages_held=20 exact reported total 2024-03-05'],
    ],
    [
      'On Sunday, Hamas freed 17 hostages, including 14 Israelis and three Thais.',
      [
        'hostages_released=17 exact reported incident 2024-03-03',
        'hostages_released=14 exact reported incident 2024-03-03',
        'hostages_released=3 exact reported incident 2024-03-03',
      ],
    ],
    [
      // Who the freed were, not their nationality: a breakdown.
      'On Sunday, Hamas freed 17 hostages, including nine children and five women.',
      ['hostages_released=17 exact reported incident 2024-03-03'],
    ],
    [
      // "held" only describes the freed hostages: their nationality groups are of the release.
      'On Sunday, Hamas freed 17 hostages held in Gaza, including 14 Israelis.',
      [
        'hostages_released=17 exact reported incident 2024-03-03',
        'hostages_released=14 exact reported incident 2024-03-03',
      ],
    ],
    [
      // Held captives by nationality stay a breakdown of the held.
      'Hamas still holds 136 hostages, including 12 Thais.',
      ['hostages_held=136 exact reported total 2024-03-05'],
    ],
    [
      'The war has claimed the lives of more than 30,000 Palestinians.',
      ['gaza_killed=30000 at_least reported total 2024-03-05'],
    ],
    [
      'The army said five of its troops were killed in the fighting.',
      ['soldiers_killed=5 exact reported incident null'],
    ],
    [
      'The agreement would see Hamas free 33 hostages, including women, children and men over 50.',
      ['hostages_released=33 exact proposed incident null'],
    ],
    [
      'Israel launched its offensive after Hamas militants killed some 1,200 people in southern Israel and abducted about 250 more.',
      [
        'israel_killed=1200 approx reported incident 2023-10-07',
        'hostages_taken=250 approx reported incident 2023-10-07',
      ],
    ],
    [
      "Israel's military says 132 hostages remain in Gaza, but 25 of them are believed to be dead.",
      [
        'hostages_held=132 exact reported total 2024-03-05',
        'hostages_dead=25 exact reported total 2024-03-05',
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('breakdowns, combined tolls and absolute clauses', () => {
  it.each([
    [
      'The 13 captives freed on Friday included three brothers from one kibbutz.',
      ['hostages_released=13 exact reported incident 2024-03-01'],
    ],
    ['The dead included 14 children and nine women, according to the hospital in Khan Younis.', []],
    [
      'The ministry says more than 38,000 people in Gaza have been killed or wounded in the fighting so far.',
      [],
    ],
    [
      'The death toll in Israel from the Hamas-led attacks on October 7 stands at 1,139, with dozens still held captive in Gaza.',
      ['israel_killed=1139 exact reported incident 2023-10-07'],
    ],
    [
      'The army has confirmed the deaths of 42 of those still held by Hamas, citing new intelligence.',
      ['hostages_dead=42 exact reported total 2024-03-05'],
    ],
    [
      'It is believed that 116 hostages abducted on October 7 remain in Gaza — not all of them alive — after 105 civilians were released in late November.',
      [
        'hostages_held=116 exact reported total 2024-03-05',
        'hostages_released=105 exact reported incident null',
      ],
    ],
    [
      'An Israeli strike on a school sheltering displaced Palestinians in Gaza City has killed more than 90 people.',
      ['gaza_killed=90 at_least reported incident 2024-03-05'],
    ],
    [
      'The two soldiers are among 230 hostages taken during the attack on Oct. 7.',
      ['hostages_taken=230 exact reported incident 2023-10-07'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['ages', 'Two hostages, Ana Costa, 61, and Tomas Weil, 74, were named by the family.'],
    ['ages in compounds', 'The 25-year-old soldier was killed by a sniper in Khan Younis.'],
    [
      'ordinals and unit names',
      'Soldiers of the 36th Division and the 7th Brigade entered the second-largest city.',
    ],
    [
      'durations',
      'A 10-day ceasefire was agreed and talks will resume in 3 weeks after six months of war.',
    ],
    ['percentages', 'Prices have risen by 300% and 85 percent of residents lack water.'],
    ['money', 'The fund pledged $100 million and 50 million euros to rebuild 400 homes.'],
    [
      'counts of things',
      'Around 250 trucks of aid entered Gaza and five rockets were fired toward Ashkelon.',
    ],
    [
      'counts of people outside the metrics',
      'Two officials said 3 mediators met and Israel killed about 10,000 Hamas fighters.',
    ],
    [
      'vague amounts',
      'Dozens of people were killed and hundreds more wounded as tens of thousands fled.',
    ],
    ['years', 'In 2014, the war left the strip in ruins, and in 2023 it began again.'],
    [
      'numbers in names',
      'An Israeli source cited by Channel 12 News said Route 60 was closed after 5 people were hurt.',
    ],
    ['dates', 'The truce began on November 24 and ended on Friday, December 1.'],
    [
      'population figures',
      'Most of the 2.3 million people in the strip depend on aid, in a territory home to 2.3 million Palestinians.',
    ],
    ['rates', 'Hamas released approximately 10 hostages per day during the truce.'],
    [
      'a subset introduced by "including"',
      'Among the dead were 40 people, including 12 children, killed in Gaza.',
    ],
  ])('%s', (_kind, sentence) => {
    const found = figures(sentence).filter((f) => !/^gaza_killed=40 /.test(f));
    expect(found).toEqual([]);
  });

  it('keeps the number as written and where it sits in the sentence', () => {
    const sentence =
      'Seventy Israelis, some of whom hold two passports, were let go from captivity.';
    const [figure] = extractSentenceFigures(sentence, '2023-12-20');
    expect(figure?.text).toBe('Seventy');
    expect(sentence.slice(figure?.start, figure?.end)).toBe('Seventy');
    expect(figure?.metric).toBe('hostages_released');
  });

  it('gives an undated article totals without a day', () => {
    expect(figures('About 130 hostages remain in Gaza.', null)).toEqual([
      'hostages_held=130 approx reported total null',
    ]);
  });
});

describe('hostage deals and bodies', () => {
  it.each([
    [
      'Hamas handed over the bodies of a mother and her two young sons on Thursday.',
      ['hostages_dead=2 exact reported incident 2024-02-29'],
    ],
    [
      // An exchange rate, not a count of people released (FIGURES.md: rates are optional).
      'Israel will release 30 Palestinian prisoners for every civilian hostage and 50 for every female soldier.',
      [],
    ],
    [
      'Of the 251 people abducted, 147 have returned alive, and the bodies of 78 have been recovered.',
      [
        'hostages_taken=251 exact reported incident 2023-10-07',
        'hostages_released=147 exact reported total 2024-03-05',
        'hostages_dead=78 exact reported total 2024-03-05',
      ],
    ],
    [
      'Israel has agreed to free 1,904 Palestinians, including 737 serving sentences.',
      ['prisoners_released=1904 exact proposed incident null'],
    ],
    [
      'The remains of 28 deceased hostages are still in Gaza.',
      ['hostages_dead=28 exact reported total 2024-03-05'],
    ],
    [
      'Rights groups say around 10,000 Palestinians are now in Israeli custody.',
      ['prisoners_held=10000 approx reported total 2024-03-05'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('whose health ministry', () => {
  it.each([
    [
      "Israel's Health Ministry said 50 people were wounded in the rocket attack.",
      ['israel_injured=50 exact reported incident null'],
    ],
    [
      'The Health Ministry said 50 people were wounded in the strike.',
      ['gaza_injured=50 exact reported incident null'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('not this war, not people held', () => {
  it.each([
    ['In 2014, the 50-day war killed more than 2,200 Palestinians and 73 Israelis.', []],
    ['The 2011 deal freed 1,027 Palestinian prisoners in exchange for one Israeli soldier.', []],
    ["The coalition holds 64 of the Knesset's 120 seats.", []],
    ['The clinic is holding 40 beds for the wounded.', []],
    [
      'Hamas, which took over Gaza in 2007, killed 1,200 people in Israel on October 7.',
      ['israel_killed=1200 exact reported incident 2023-10-07'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('fact-box lines', () => {
  it.each([
    [
      'Palestinians killed: More than 44,000, according to the health ministry.',
      ['gaza_killed=44000 at_least reported total 2024-03-05'],
    ],
    [
      'Israelis killed on October 7: About 1,200, according to Israeli tallies.',
      ['israel_killed=1200 approx reported incident 2023-10-07'],
    ],
    [
      'Hostages still in Gaza: 101, about a third of whom are believed dead.',
      ['hostages_held=101 exact reported total 2024-03-05'],
    ],
    [
      'Israeli soldiers killed in Gaza: 380',
      ['soldiers_killed=380 exact reported total 2024-03-05'],
    ],
    [
      'Gaza: 30 people were killed in strikes overnight.',
      ['gaza_killed=30 exact reported incident 2024-03-05'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('keeps the number where it stands in the line as written', () => {
    const line = 'Displaced Gazans: 1.9 million, or 90% of the population.';
    const [figure] = extractSentenceFigures(line, '2024-03-05');
    expect(figure && line.slice(figure.start, figure.end)).toBe('1.9 million');
    expect(figure?.metric).toBe('gaza_displaced');
  });
});

describe('other fronts', () => {
  it.each([
    ["Israel's war on Hezbollah has killed 3,000 people in Lebanon.", []],
    ['Israeli strikes on Yemen killed 9 people, Houthi officials said.', []],
    [
      'Rockets fired from Lebanon killed two people in northern Israel.',
      ['israel_killed=2 exact reported incident null'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('cases a review found', () => {
  it.each([
    [
      'Some 4.1 million people have been displaced in Gaza.',
      ['gaza_displaced=4100000 approx reported total 2024-03-05'],
    ],
    [
      'On Friday 24 Israelis were freed by Hamas.',
      ['hostages_released=24 exact reported incident 2024-03-01'],
    ],
    [
      'In November 105 hostages were released during the truce.',
      ['hostages_released=105 exact reported incident null'],
    ],
    [
      'Hamas released 24 hostages who had been abducted on Oct. 7.',
      ['hostages_released=24 exact reported incident null'],
    ],
    [
      'Troops rescued two hostages who had been held in Rafah for months.',
      ['hostages_rescued=2 exact reported incident null'],
    ],
    [
      'Israel freed 39 Palestinian prisoners who were held without charge.',
      ['prisoners_released=39 exact reported incident null'],
    ],
    [
      'The Gaza health ministry said 35,034 people have been killed since October 7, including 50 in the past 24 hours.',
      // The part over a day of its own is that day's toll (three blind writers count it).
      [
        'gaza_killed=35034 exact reported total 2024-03-05',
        'gaza_killed=50 exact reported incident 2024-03-05',
      ],
    ],
    [
      'The overall toll in Gaza rose to 35,000 after 60 people were killed overnight.',
      [
        'gaza_killed=35000 exact reported total 2024-03-05',
        'gaza_killed=60 exact reported incident 2024-03-05',
      ],
    ],
    [
      'Hamas, which has ruled Gaza since 2007, said 40 people were killed in strikes on Rafah on Monday.',
      ['gaza_killed=40 exact reported incident 2024-03-04'],
    ],
    [
      'A total of 1,139 people were killed in Israel on October 7.',
      ['israel_killed=1139 exact reported incident 2023-10-07'],
    ],
    [
      'Israeli troops killed 40 in Khan Younis on Monday, the ministry said.',
      ['gaza_killed=40 exact reported incident 2024-03-04'],
    ],
    [
      'Officials said: Israel will free 30 Palestinian prisoners.',
      ['prisoners_released=30 exact proposed incident null'],
    ],
    [
      'Israel released 39 Palestinian prisoners, 24 women and 15 teenagers, on Friday.',
      ['prisoners_released=39 exact reported incident 2024-03-01'],
    ],
    [
      'Strikes killed at least 30 people in Gaza, one of them a child.',
      ['gaza_killed=30 at_least reported incident null'],
    ],
    [
      'Over 500 people were wounded in Gaza, 40 of them seriously.',
      ['gaza_injured=500 at_least reported incident null'],
    ],
    [
      'Hamas is believed to be holding 101 hostages, a third of whom are thought to be dead.',
      ['hostages_held=101 exact reported total 2024-03-05'],
    ],
    [
      'Most of the 1,200 people killed in Israel on Oct. 7 were civilians.',
      ['israel_killed=1200 exact reported incident 2023-10-07'],
    ],
    [
      'More than 2,200 Palestinians were killed in the 2014 war, and at least 35,000 have been killed since October 2023.',
      ['gaza_killed=35000 at_least reported total 2024-03-05'],
    ],
    ['Israel is holding the bodies of 12 Palestinians killed in attacks.', []],
    ['Israeli forces held 40 people for questioning in Gaza, Hamas said.', []],
    [
      "Israel's prisons now hold about 9,500, rights groups say.",
      ['prisoners_held=9500 approx reported total 2024-03-05'],
    ],
    [
      'In addition to the 105 hostages released in November, four were rescued.',
      [
        'hostages_released=105 exact reported incident null',
        'hostages_rescued=4 exact reported incident null',
      ],
    ],
    [
      'Hamas freed 13 hostages on Friday and will free more on Saturday.',
      ['hostages_released=13 exact reported incident 2024-03-01'],
    ],
    [
      "Two soldiers were killed on Tuesday, bringing the army's death toll since the ground invasion began to 240.",
      [
        'soldiers_killed=2 exact reported incident 2024-03-05',
        'soldiers_killed=240 exact reported total 2024-03-05',
      ],
    ],
    ['Hamas released the names of 20 hostages on Monday.', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reads a total given on a weekday as that past day, never after the article', () => {
    expect(
      figures(
        'The ministry said on Monday that 30,000 people have been killed in Gaza, and warned that more will die.',
        '2024-03-06',
      ),
    ).toEqual(['gaza_killed=30000 exact reported total 2024-03-04']);
  });

  it('takes a long list of numbers in its stride', () => {
    const sentence = `Strikes killed ${Array.from({ length: 3000 }, (_, i) => `${i + 2} a day`).join(', ')}, and 40 people on Monday.`;
    expect(() => extractSentenceFigures(sentence, '2024-03-05')).not.toThrow();
  });
});

describe('cases found after the scores were reached (a review, new probe sentences)', () => {
  it.each([
    [
      'Three police officers were killed in an Israeli strike in Gaza City.',
      ['gaza_killed=3 exact reported incident null'],
    ],
    [
      'The blast at the market in Gaza City left 15 dead and 40 wounded.',
      [
        'gaza_killed=15 exact reported incident null',
        'gaza_injured=40 exact reported incident null',
      ],
    ],
    [
      'Up to now, 120 captives have come home alive.',
      ['hostages_released=120 exact reported total 2024-03-05'],
    ],
    [
      'Hamas freed four women, aged 19, 20, 28 and 30, on Saturday.',
      ['hostages_released=4 exact reported incident 2024-03-02'],
    ],
    [
      'The two captives, 86 and 80, were released on health grounds.',
      ['hostages_released=2 exact reported incident null'],
    ],
    [
      'Israel released 39 prisoners, 24 women and 15 teenagers.',
      ['prisoners_released=39 exact reported incident null'],
    ],
    [
      'The exchange saw 3 female soldiers released in return for 300 prisoners.',
      [
        'hostages_released=3 exact reported incident null',
        'prisoners_released=300 exact reported incident null',
      ],
    ],
    [
      'Israel delayed the release of 400 Palestinian prisoners on Saturday.',
      ['prisoners_released=400 exact proposed incident 2024-03-02'],
    ],
    [
      'The military said Hamas freed 6 hostages on Sunday.',
      ['hostages_released=6 exact reported incident 2024-03-03'],
    ],
    [
      'Israel answered with a sweeping offensive in Gaza, killing more than 30,000 Palestinians.',
      ['gaza_killed=30000 at_least reported total 2024-03-05'],
    ],
    [
      'Settlers torched cars in a village, while Israeli strikes killed 25 people in Rafah.',
      ['gaza_killed=25 exact reported incident null'],
    ],
    [
      'The war in Gaza has killed over 30,000 people and emboldened settler violence.',
      ['gaza_killed=30000 at_least reported total 2024-03-05'],
    ],
    [
      'Over the past week, the death toll in Gaza climbed to 31,200.',
      ['gaza_killed=31200 exact reported total 2024-03-05'],
    ],
    [
      'The Gaza toll has risen to 31,000, with 120 people hurt over the past day.',
      [
        'gaza_killed=31000 exact reported total 2024-03-05',
        'gaza_injured=120 exact reported incident 2024-03-05',
      ],
    ],
    [
      'The November truce saw the release of 105 hostages under a deal brokered by Qatar.',
      ['hostages_released=105 exact reported incident null'],
    ],
    [
      'Demonstrators urged the cabinet to bring home all 120 hostages.',
      ['hostages_released=120 exact proposed incident null'],
    ],
    [
      'Once Hamas freed 10 hostages, Israel released 30 Palestinian prisoners.',
      [
        'hostages_released=10 exact reported incident null',
        'prisoners_released=30 exact reported incident null',
      ],
    ],
    ['UNRWA says it has lost 150 personnel in Gaza since the war began.', []],
    ['The army said it lost contact with 2 soldiers.', []],
    [
      'The 1,100 people killed in Israel on Oct. 7 included 350 soldiers.',
      [
        'israel_killed=1100 exact reported incident 2023-10-07',
        'soldiers_killed=350 exact reported incident 2023-10-07',
      ],
    ],
    [
      'The number of Palestinians killed by soldiers in Gaza has risen to 31,000.',
      ['gaza_killed=31000 exact reported total 2024-03-05'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});
