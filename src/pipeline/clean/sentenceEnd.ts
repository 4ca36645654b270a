// Whether a line ends as a sentence does: a full stop, question or exclamation mark, perhaps
// inside closing quotes or a bracket ('… said.”', '(… 2024.)'). Pure.

/** What may close a sentence after its mark. */
const CLOSERS = '"”’)';

/**
 * The test of /[.!?]["”’)]*\s*$/ on the trimmed line, read back from its end: the pattern,
 * not anchored at the start, is tried at every mark of the line, and cleaning asks of every
 * line several times.
 */
export function isSentenceLike(line: string): boolean {
  const text = line.trimEnd();
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.includes(text.charAt(at))) at--;
  const mark = text.charAt(at);
  return mark === '.' || mark === '!' || mark === '?';
}
