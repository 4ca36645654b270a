// A line that is only a name, as mastheads, credits and bylines print one. Its own module:
// the masthead and credit readers both ask it, and neither should import the other for it.
// Pure.

/** A line that is only a name: a few capitalised words, no sentence. */
export function isNameLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 40 || /[.!?]["”’)]*$/.test(t)) return false;
  const words = t.split(/\s+/);
  // "Save the Children International": small words inside a name stay lower-case.
  return (
    words.length <= 5 &&
    words.every(
      (w, i) =>
        // ("Türkiye Today": a capital and letters of any alphabet.)
        /^[\p{Lu}0-9&][\p{L}\p{N}_&.'’-]*$/u.test(w) ||
        (i > 0 && /^(?:the|of|and|for|al|de|du)$/.test(w)),
    )
  );
}
