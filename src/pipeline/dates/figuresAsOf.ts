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
    const day = paragraph.length <= LONGEST ? declaredDay(paragraph, published) : null;
    if (day) declared = day;
    return declared;
  });
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
