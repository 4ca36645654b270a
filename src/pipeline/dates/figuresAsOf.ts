// "Figures are as of Sunday, October 6, unless otherwise stated", "All data as at 5 March":
// a line of a fact box or explainer that gives the day its totals describe. Pure.
import { tokenize } from '../figures/tokens.ts';
import { addDays, type Day } from './calendar.ts';
import { findDateMentions } from './dateMentions.ts';
import { resolveDate } from './resolveDate.ts';

/** The words of such a line: a noun for the numbers, then "as of"/"as at"/"correct as of". */
const AS_OF_LINE =
  /^[\s*_(#>-]*(?:(?:all|the|these|key|casualty|latest)\s+)*(?:figures|data|numbers|tolls?|statistics|stats|totals?|counts?|tallies|casualties)\b[^.!?]{0,30}?\bas (?:of|at|on)\b(?<rest>.*)$|^[\s*_(#>-]*as (?:of|at)\b(?<lone>[^!?]*?)[.:)*_\s]*$/i;

/** At most a short line: a sentence of the story that starts "As of …" dates itself. */
const LONGEST = 160;

/**
 * For each paragraph, the day an earlier (or its own) "figures as of" line declared, or null.
 * The declared day is a day up to a fortnight before publication, read against it.
 */
export function declaredFiguresDays(
  paragraphs: readonly string[],
  published: Day | null,
): (Day | null)[] {
  let declared: Day | null = null;
  return paragraphs.map((paragraph) => {
    if (paragraph.length > LONGEST) return declared;
    // (A label's own day dates its own line only: the box's other lines may be of others.)
    const own = labelDay(paragraph, published);
    if (own) return own;
    const day = declaredDay(paragraph, published);
    if (day) declared = day;
    return declared;
  });
}

/**
 * "Killed in Gaza (Ministry of Health, 19 November): 43,972": a fact-box label whose source
 * note in brackets ends with the day of its count, before the number.
 */
const SOURCE_DAY_LABEL = /\(([^()]{2,60}),\s*([^(),]{3,30})\)\s*:\s*(?:[a-z]+\s+){0,2}\d/i;

/** Whether a text may hold a line that declares its figures' day: either form above. */
export const mayDeclareDay = (text: string): boolean =>
  /\bas (?:of|at)\b/i.test(text) || SOURCE_DAY_LABEL.test(text);

function labelDay(line: string, published: Day | null): Day | null {
  const labelled = published ? SOURCE_DAY_LABEL.exec(line) : null;
  if (!labelled?.[2] || !published) return null;
  const mention = findDateMentions(tokenize(labelled[2])).find((d) => d.kind === 'day');
  const day = mention ? resolveDate(mention, published, 'past') : null;
  return day && day <= published && day >= addDays(published, -14) ? day : null;
}

function declaredDay(line: string, published: Day | null): Day | null {
  const match = AS_OF_LINE.exec(line);
  const rest = match?.groups?.rest ?? match?.groups?.lone;
  if (!rest || !published) return null;
  // "As of Oct. 4" alone is a heading; "As of Monday, five more had died" is a sentence.
  if (match?.groups?.lone !== undefined && rest.trim().split(/\s+/).length > 5) return null;
  // A line with a count in it is a figure's sentence ("As of Monday, 1,200 were killed").
  if (/\d{3,}|\d,\d{3}/.test(rest.replace(/\b(?:19|20)\d\d\b/g, ''))) return null;
  const mention = findDateMentions(tokenize(rest)).find(
    (d) => d.kind === 'day' || d.kind === 'weekday',
  );
  const day = mention ? resolveDate(mention, published, 'past') : null;
  return day && day <= published && day >= addDays(published, -14) ? day : null;
}
