// The days an undated article names, paragraph by paragraph, so that a yearless date of a
// chronology ("Dec. 15:" after "Nov. 24, 2023: …") can be read as the reader reads it. Pure.
import { tokenize } from '../figures/tokens.ts';
import type { Day } from './calendar.ts';
import { findDateMentions } from './dateMentions.ts';
import { resolveDate, WAR_START } from './resolveDate.ts';

/** For each paragraph, the last day of this war the text named before it (or null). */
export function lastNamedDays(paragraphs: readonly string[]): (Day | null)[] {
  const before: (Day | null)[] = [];
  let last: Day | null = null;
  for (const paragraph of paragraphs) {
    before.push(last);
    for (const mention of findDateMentions(tokenize(paragraph))) {
      if (mention.kind !== 'day') continue;
      const day = resolveDate(mention, null, 'past', last);
      if (day && day >= WAR_START) last = day;
    }
  }
  return before;
}
