// Fact boxes printed as a number on a line of its own with its label on the line above or
// below ("44,056" / "Palestinians killed"): the two lines are one fact, joined as the
// "Label: N" line that the figure rules read. Pure.

/** A line that is only a number, maybe hedged: "44,056", "more than 1.9 million", "101+". */
const LONE_NUMBER =
  /^(?:(?:more than|over|at least|about|nearly|almost|some|around|roughly|up to|approximately)\s+)?\d[\d,.\s\u00a0]*(?:\s*(?:million|thousand|billion|k|m))?\+?$/i;

/** A short label: a few words, letters, no sentence of its own, no number. */
function isLabel(line: string): boolean {
  // Most lines are sentences: the cheap tests first, the words counted last.
  return (
    !line.includes(':') &&
    !/[.!?]["”’]?$/.test(line.trim()) &&
    /[a-z]/i.test(line) &&
    !LONE_NUMBER.test(line.trim()) &&
    line.trim().split(/\s+/).length <= 10
  );
}

export const isLoneNumber = (line: string): boolean => LONE_NUMBER.test(line.trim());

/**
 * Runs of lines alternating between labels and lone numbers are read as pairs. A run that ends
 * on a label has its labels below the numbers ("44,056 / Killed / 104,268 / Wounded"); one
 * that ends on a number has them above ("Killed / 44,056 / Wounded / 104,268"). A heading
 * before a run ("By the numbers") is left as it is.
 */
export function joinFactBoxLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    // The alternating run starting at i.
    let end = i;
    while (end < paragraphs.length) {
      const line = paragraphs[end] ?? '';
      const expectNumber = (end - i) % 2 === (isLoneNumber(paragraphs[i] ?? '') ? 0 : 1);
      if (expectNumber ? !isLoneNumber(line) : !isLabel(line)) break;
      end++;
    }
    const run = paragraphs.slice(i, end);
    if (run.length < 2) {
      out.push(paragraphs[i] ?? '');
      i++;
      continue;
    }
    const numberFirst = isLabel(run.at(-1) ?? '');
    // With labels above, an extra label at the start is a heading; with labels below, an
    // extra label at the start is one too.
    let k = 0;
    if (!isLoneNumber(run[0] ?? '') && (numberFirst || run.length % 2 === 1)) {
      out.push(run[0] ?? '');
      k = 1;
    }
    for (; k + 1 < run.length; k += 2) {
      const [a, b] = [run[k] ?? '', run[k + 1] ?? ''];
      out.push(numberFirst ? `${b.trim()}: ${a.trim()}` : `${a.trim()}: ${b.trim()}`);
    }
    if (k < run.length) out.push(run[k] ?? '');
    i = end;
  }
  return out;
}
