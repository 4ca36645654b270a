// Fact boxes printed as a number on a line of its own with its label on the line above or
// below ("44,056" / "Palestinians killed"): the two lines are one fact, joined as the
// "Label: N" line that the figure rules read. Pure.

/** A line that is only a number, maybe hedged: "44,056", "more than 1.9 million", "101+". */
const LONE_NUMBER =
  /^(?:(?:more than|over|at least|about|nearly|almost|some|around|roughly|up to|approximately)\s+)?\d[\d,.\s\u00a0]*(?:\s*(?:million|thousand|billion|k|m))?\+?$/i;

/** A short label: a few words, letters, no sentence of its own, no number. */
function isLabel(line: string): boolean {
  // Most lines are sentences: the cheap tests first, the words counted last.
  // ("Killed in Gaza since October 7, 2023:" over its number: a label may end in a colon.)
  const colon = line.indexOf(':');
  // ("(Gaza Health Ministry figures)": a note in brackets under a number is no label.)
  return (
    (colon < 0 || colon === line.trimEnd().length - 1) &&
    !/^\(.*\)$/.test(line.trim()) &&
    !/[.!?]["”’]?$/.test(line.trim()) &&
    /[a-z]/i.test(line) &&
    !isValue(line) &&
    // ("people displaced inside Gaza, about 90% of the population, according to the UN": a
    // label may say whose count it is.)
    line.trim().split(/\s+/).length <= 20
  );
}

export const isLoneNumber = (line: string): boolean => LONE_NUMBER.test(line.trim());

/**
 * A lone number with a note in brackets, a comparison or a dash: "1.9 million (85% of
 * people)", "59 — Israel believes 24 are alive".
 */
// ("133, including 36 believed dead": the part of it the box names after a comma.)
// ("About 1.9 million people, or 90 per cent of the population": the share said after "or".)
const NOTE =
  /^(?:\s*\([^()]{1,80}\)|,\s*(?:against|compared with|up from|down from|including|or)\b[^.!?]{1,60}|\s+[—–]\s+[^—–]{1,120}|\s+since\s+[^.!?]{1,40})$/i;

/** Words of a fact box's label about people, which a section heading lacks. */
const NAMES_PEOPLE =
  /\b(?:kill|dead|death|die|wound|injur|displac|hostage|captive|prisoner|detain|freed|releas|held|soldier|troop|child|women|abduct|taken|toll|casualt|people|palestinians|israelis)/i;

/** People named right after a box's number: "1.9 million people". */
const PEOPLE_AFTER_NUMBER = new Set(['people', 'persons', 'palestinians', 'israelis', 'gazans']);

/** A heading that says a box of figures follows: "By the numbers", "At a glance". */
const BOX_HEADING =
  /^(?:#+\s*)?(?:by the numbers|in numbers|the numbers|key (?:figures|facts|numbers)|at a glance|fast facts|facts and figures)$/i;

/** A fact box's value line: a lone number, maybe with a note after it. */
function isValue(line: string): boolean {
  if (isLoneNumber(line)) return true;
  // The note starts at the first bracket or comma after the number (most lines have neither
  // near a number at their start: they are passed over before any pattern runs).
  const text = line.trim();
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !/^[a-z]+ /i.test(text)) return false;
  // (A comma between figures, "68,875", is the number's own.)
  const cut = text.search(/\s*(?:\(|,(?!\d{3})|[—–])|\s+since\s/i);
  // ("1.9 million people, or …": the people the number counts, before its note.)
  if (cut <= 0 || !NOTE.test(text.slice(cut))) return false;
  const head = text.slice(0, cut);
  const space = head.lastIndexOf(' ');
  const number =
    space > 0 && PEOPLE_AFTER_NUMBER.has(head.slice(space + 1).toLowerCase())
      ? head.slice(0, space)
      : head;
  return isLoneNumber(number);
}

/**
 * Runs of lines alternating between labels and lone numbers are read as pairs. A run that ends
 * on a label has its labels below the numbers ("44,056 / Killed / 104,268 / Wounded"); one
 * that ends on a number has them above ("Killed / 44,056 / Wounded / 104,268"). A heading
 * before a run ("By the numbers") is left as it is.
 */
export function joinFactBoxLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  // The way the last run was laid out, and where it ended: one box keeps one layout, so a run
  // with a label at both ends, just after it, is laid out alike.
  let last: { numberFirst: boolean; end: number } | null = null;
  let i = 0;
  while (i < paragraphs.length) {
    // The alternating run starting at i.
    let end = i;
    while (end < paragraphs.length) {
      const line = paragraphs[end] ?? '';
      const expectNumber = (end - i) % 2 === (isValue(paragraphs[i] ?? '') ? 0 : 1);
      if (expectNumber ? !isValue(line) : !isLabel(line)) break;
      end++;
    }
    const run = paragraphs.slice(i, end);
    if (run.length < 2) {
      out.push(paragraphs[i] ?? '');
      i++;
      continue;
    }
    // A run from label to label has a heading at one end: the one that names no people is it
    // ("By the numbers" above "44,056 / Killed …"; "Killed / 44,056 / …" above "Truce talks").
    const [first, final] = [run[0] ?? '', run.at(-1) ?? ''];
    const headingAtAnEnd = isLabel(first) && isLabel(final);
    // ("Killed in Gaza:" over its number: labels that end in a colon point at what follows.)
    const labels = run.filter((line) => !isValue(line));
    const colons = labels.filter((line) => line.trimEnd().endsWith(':')).length;
    // ("By the numbers" over a label: the box's labels stand over their numbers, down to a
    // last label whose value the run could not read.)
    const numberFirst: boolean =
      colons * 2 > labels.length || (BOX_HEADING.test(first.trim()) && isLabel(run[1] ?? ''))
        ? false
        : headingAtAnEnd && last !== null && i - last.end <= 2
          ? last.numberFirst
          : isLabel(final) &&
            !(isLabel(first) && NAMES_PEOPLE.test(first) && !NAMES_PEOPLE.test(final));
    last = { numberFirst, end };
    // With labels above, an extra label at the start is a heading; with labels below, an
    // extra label at the start is one too.
    let k = 0;
    // (With labels above and a label last, that label is the next section's heading.)
    const trailingHeading = !numberFirst && isLabel(final);
    if (!isValue(first) && (numberFirst || (run.length % 2 === 1 && !trailingHeading))) {
      out.push(run[0] ?? '');
      k = 1;
    }
    for (; k + 1 < run.length; k += 2) {
      const [a, b] = [run[k] ?? '', run[k + 1] ?? ''];
      const [label, value] = numberFirst ? [b, a] : [a, b];
      out.push(`${label.trim().replace(/:$/, '')}: ${value.trim()}`);
    }
    if (k < run.length) out.push(run[k] ?? '');
    i = end;
  }
  return out;
}
