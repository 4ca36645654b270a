// Date expressions as news reports write them, each read against a publication date. Sentences
// written for these tests in the styles of wire services, live blogs and Israeli, Arab and Asian
// outlets. `span` is where the expression starts (its first word); `day` what it means.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../figures/tokens.ts';
import { findDateMentions, type DateMention } from './dateMentions.ts';
import { resolveDate, WAR_START, type Tense } from './resolveDate.ts';

interface Case {
  text: string;
  /** The expression's first words as written in `text`; absent: nothing in it names a day. */
  span?: string;
  /** Its last word, where a count stands beside it. */
  last?: string;
  day: string | null;
  /** The publication date; Wednesday 29 November 2023 unless given, none when null. */
  published?: string | null;
  tense?: Tense;
}

// Wednesday 29 November 2023, the sixth day of the November truce.
const WED = '2023-11-29';

const CASES: Case[] = [
  // Weekdays, read back from the publication date in a report of what happened.
  { text: 'Hamas freed 13 captives on Saturday.', span: 'Saturday', day: '2023-11-25' },
  { text: 'The strike hit the camp on Saturday night.', span: 'Saturday', day: '2023-11-25' },
  {
    text: 'Eleven people were killed, the ministry said Monday.',
    span: 'Monday',
    day: '2023-11-27',
  },
  { text: 'The army said on Wednesday that 12 were freed.', span: 'Wednesday', day: WED },
  { text: 'Three soldiers were killed early on Friday.', span: 'Friday', day: '2023-11-24' },
  {
    text: 'Jets struck Khan Younis early Friday, residents said.',
    span: 'Friday',
    day: '2023-11-24',
  },
  { text: 'Shelling has not stopped since dawn on Monday.', span: 'Monday', day: '2023-11-27' },
  { text: 'Four captives were handed over late Tuesday.', span: 'Tuesday', day: '2023-11-28' },
  { text: 'Officials said Tuesday’s release went ahead.', span: 'Tuesday’s', day: '2023-11-28' },
  { text: 'In the early hours of Sunday, jets struck Rafah.', span: 'Sunday', day: '2023-11-26' },
  { text: "Sunday morning's strike killed 20 people.", span: 'Sunday', day: '2023-11-26' },
  { text: 'The talks in Doha collapsed last Friday.', span: 'last Friday', day: '2023-11-24' },
  {
    text: 'On Monday August 26, five were killed.',
    span: 'Monday',
    day: '2024-08-26',
    published: '2024-08-27',
  },
  {
    text: 'The army rescued four hostages on Saturday.',
    span: 'Saturday',
    day: '2024-06-08',
    published: '2024-06-08',
  },
  // A count beside a weekday is a count, not an hour or a day of the month.
  {
    text: 'Israel said Hamas freed 24 on Friday.',
    span: 'Friday',
    last: 'Friday',
    day: '2023-11-24',
  },
  { text: 'On Friday 13 Israelis were freed.', span: 'Friday', last: 'Friday', day: '2023-11-24' },
  {
    text: 'Sources said 11 on Monday and 12 on Tuesday.',
    span: 'Tuesday',
    last: 'Tuesday',
    day: '2023-11-28',
  },
  // … and forward in what is planned.
  {
    text: 'More hostages will be freed on Sunday.',
    span: 'Sunday',
    day: '2023-12-03',
    tense: 'future',
  },
  {
    text: 'A cabinet vote is expected next Tuesday.',
    span: 'next Tuesday',
    day: '2023-12-05',
    tense: 'future',
  },
  {
    text: 'Ten are to be freed on Tuesday evening.',
    span: 'Tuesday',
    day: '2024-06-11',
    published: '2024-06-08',
    tense: 'future',
  },
  // A weekday with its date is that date.
  {
    text: 'The ministry said on Thursday, Nov. 23, that 14,800 had died.',
    span: 'Thursday',
    day: '2023-11-23',
  },
  {
    text: 'Tuesday, March 18, was the deadliest day in months.',
    span: 'Tuesday',
    day: '2025-03-18',
    published: '2025-03-20',
  },
  { text: 'Fighting paused on Friday 24 November.', span: 'Friday', day: '2023-11-24' },
  {
    text: 'The attack on Saturday, October 7, killed 1,200 people.',
    span: 'Saturday',
    day: WAR_START,
    published: '2024-06-08',
  },
  // In an undated article the weekday tells the year: of the war's years, 18 March fell on a
  // Tuesday in 2025 alone. Without a weekday, or with a wrong one, there is no year.
  {
    text: 'On Tuesday, March 18, Israel resumed strikes.',
    span: 'Tuesday',
    day: '2025-03-18',
    published: null,
  },
  {
    text: 'Hamas freed three on Sunday, Jan. 19.',
    span: 'Sunday',
    day: '2025-01-19',
    published: null,
  },
  { text: 'Hamas freed three on Jan. 19.', span: 'Jan', day: null, published: null },
  { text: 'Hamas freed three on Thursday, Jan. 19.', span: 'Thursday', day: null, published: null },
  { text: 'Hamas freed three on Sunday.', span: 'Sunday', day: null, published: null },
  // Weekday words that name no day.
  { text: 'The Sunday Times reported that 50 were held.', day: null },
  { text: 'Israelis call the attack Black Saturday.', day: null },

  // Days named from the publication date.
  { text: 'Two people were killed yesterday.', span: 'yesterday', day: '2023-11-28' },
  { text: "Yesterday's strike killed 12 people.", span: "Yesterday's", day: '2023-11-28' },
  { text: 'The strike on Saturday morning killed 12.', span: 'Saturday', day: '2023-11-25' },
  { text: 'The army said today that 12 were freed.', span: 'today', day: WED },
  {
    text: 'Ten hostages are due to be freed tomorrow.',
    span: 'tomorrow',
    day: '2023-11-30',
    tense: 'future',
  },
  {
    text: 'Strikes killed 30 people last night, medics said.',
    span: 'last night',
    day: '2023-11-28',
  },
  { text: 'Fighting resumed this morning in the north.', span: 'this morning', day: WED },
  { text: 'Earlier today the ministry gave a toll of 20.', span: 'today', day: WED },
  { text: 'The army said two days ago that 12 had died.', span: 'two days ago', day: '2023-11-27' },
  { text: 'Strikes killed 30 people overnight.', day: null },
  { text: 'The toll rose sharply earlier this week.', span: 'this week', day: null },
  { text: 'Talks resumed in Cairo last week.', span: 'last week', day: null },
  // A day counted from another day of the same sentence; from an event it needs the story.
  {
    text: 'Twenty were freed a day after Friday’s exchange.',
    span: 'a day after',
    day: '2023-11-25',
  },
  { text: 'The vote came on the eve of Sunday’s handover.', span: 'the eve of', day: '2023-11-25' },
  {
    text: 'On Friday, officials said 20 had died the day before.',
    span: 'the day before',
    day: '2023-11-23',
  },
  {
    text: 'Israel freed 30 prisoners two days after Oct. 7.',
    span: 'two days after',
    day: '2023-10-09',
  },
  { text: 'Ten Thais were freed a day after the truce began.', day: null },
  { text: 'The day before, 30 people were killed in Rafah.', day: null },
  { text: 'The vote came on the eve of the truce.', day: null },

  // Month and day, with and without a year.
  { text: 'The truce began on Nov. 24.', span: 'Nov', day: '2023-11-24' },
  { text: 'Talks resumed on 26 November.', span: '26', day: '2023-11-26' },
  {
    text: 'The deal was signed on November 26, 2023.',
    span: 'November',
    day: '2023-11-26',
    published: '2024-06-08',
  },
  {
    text: 'The ceasefire collapsed on March 18th.',
    span: 'March',
    day: '2025-03-18',
    published: '2025-03-20',
  },
  {
    text: 'Strikes resumed on the 18th of March.',
    span: '18th',
    day: '2025-03-18',
    published: '2025-03-20',
  },
  { text: 'The truce ended Dec. 1.', span: 'Dec', day: '2023-12-01', published: '2023-12-05' },
  {
    text: 'The ministry said on Dec. 28 that 21,000 had died.',
    span: 'Dec',
    day: '2023-12-28',
    published: '2024-01-03',
  },
  {
    text: 'As of Sept. 30, 41,615 had died.',
    span: 'Sept',
    day: '2024-09-30',
    published: '2024-10-07',
  },
  {
    text: 'The ceasefire took effect Jan 19.',
    span: 'Jan',
    day: '2025-01-19',
    published: '2025-01-25',
  },
  { text: 'Hostages will be freed on Dec. 3.', span: 'Dec', day: '2023-12-03', tense: 'future' },
  {
    text: 'On 24 November 2023 the truce began.',
    span: '24',
    day: '2023-11-24',
    published: '2024-06-08',
  },
  { text: 'Aid trucks entered on 26/11/2023.', span: '26', day: '2023-11-26' },
  {
    text: 'The strike came on 2024-03-05, officials said.',
    span: '2024',
    day: '2024-03-05',
    published: '2024-03-06',
  },
  // A day and month order that cannot be told apart is no day.
  { text: 'Aid trucks entered on 05/06/2024.', day: null, published: '2024-06-08' },
  // 7 October names the day the war began, in any later year.
  {
    text: 'Hamas attacked Israel on 7 October.',
    span: '7',
    day: WAR_START,
    published: '2024-06-08',
  },
  { text: 'Since Oct 7 more than 1,200 have died in Israel.', span: 'Oct', day: WAR_START },
  {
    text: 'The massacre of 10/7 killed 1,200 people.',
    span: '10',
    day: WAR_START,
    published: '2025-01-10',
  },
  {
    text: 'On Oct. 7, 2024, Israel marked a year.',
    span: 'Oct',
    day: '2024-10-07',
    published: '2024-10-08',
  },

  // Parts of a month, months, years and weekends are not days.
  { text: 'Fighting resumed in mid-November.', span: 'mid-November', day: null },
  { text: 'The toll rose in late October.', span: 'late', day: null },
  {
    text: 'Raids intensified in early December.',
    span: 'early',
    day: null,
    published: '2024-01-03',
  },
  { text: 'Talks stalled at the end of November.', day: null },
  { text: 'Talks stalled in December.', span: 'December', day: null, published: '2024-01-03' },
  { text: 'The war began in 2023.', day: null },
  { text: 'Strikes intensified over the weekend.', day: null },
  { text: 'Of the 251 taken, 116 now remain in Gaza.', day: null },
  { text: 'Among the freed were Jan, 21, and Mark, 34.', day: null },
  { text: 'A sun-faded poster shows the 40 missing.', day: null },
  { text: 'The Evening Standard counted 24 dead.', day: null },
  { text: 'Crowds gathered at noon to mourn the 12 dead.', day: null },
  // Words that look like dates and are not.
  { text: 'Officials may release 50 hostages.', day: null },
  { text: 'Troops moved along Route 7 with 12 tanks.', day: null },
];

function covered(tokens: ReturnType<typeof tokenize>, m: DateMention): string {
  const first = tokens[m.from];
  const last = tokens[m.to - 1];
  return first && last ? `${first.start}-${last.end}` : '';
}

describe('date expressions in news sentences', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const tokens = tokenize(c.text);
    const mentions = findDateMentions(tokens);
    const published = c.published === undefined ? WED : c.published;
    const tense = c.tense ?? 'past';
    const days = mentions.map((m) => resolveDate(m, published, tense));
    if (c.span === undefined) {
      // Nothing here is a day.
      expect(days.filter((d) => d !== null)).toEqual([]);
      return;
    }
    const at = c.text.indexOf(c.span);
    const start = tokens.findIndex((t) => t.start === at);
    expect(start, `no token starts at "${c.span}"`).toBeGreaterThanOrEqual(0);
    const k = mentions.findIndex((m) => m.from === start);
    if (c.day === null) {
      // A vague expression may be found, but it names no day.
      expect(k < 0 || days[k] === null).toBe(true);
      expect(days.filter((d) => d !== null)).toEqual([]);
      return;
    }
    expect(k, `no date expression starts at "${c.span}"`).toBeGreaterThanOrEqual(0);
    const m = mentions[k];
    expect(m && covered(tokens, m)).toBeTruthy();
    if (c.last) expect(m && tokens[m.to - 1]?.text).toBe(c.last);
    expect(days[k]).toBe(c.day);
  });
});
