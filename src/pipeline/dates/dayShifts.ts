// Days counted from another day of the same sentence: "a day after Friday's exchange", "two days
// after Oct. 7", "on the eve of Sunday's handover", "… said on Friday that 20 had died the day
// before". Counted from an event ("a day after the truce began") the day needs the rest of the
// story, so it names none. Pure.
import type { Token } from '../figures/tokens.ts';
import type { DateMention } from './dateMention.ts';
import { wordTable } from '../wordTable.ts';

const COUNT_WORDS: Readonly<Record<string, number>> = wordTable({
  a: 1,
  one: 1,
  the: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
});

/** "the day before", "a day earlier", "the previous day", "the next day": from another day. */
const BACK = new Set(['before', 'earlier', 'previous', 'prior']);
const AHEAD = new Set(['after', 'later', 'next', 'following']);

function countOf(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'digits' && /^\d$/.test(t.text)) return Number(t.text);
  return COUNT_WORDS[t.lower] ?? null;
}

/** The mention starting at `i` or right after a "the" there, if any. */
function mentionAt(mentions: readonly DateMention[], tokens: readonly Token[], i: number) {
  const at = (k: number) => mentions.find((m) => m.from === k && m.kind !== 'vague');
  return at(i) ?? (tokens[i]?.lower === 'the' ? at(i + 1) : undefined);
}

/**
 * Adds the shifted days to the mentions found (sorted by position); a mention that a shift
 * counts from becomes part of the shift.
 */
export function withDayShifts(tokens: readonly Token[], found: DateMention[]): DateMention[] {
  if (!tokens.some((t) => t.lower === 'day' || t.lower === 'days' || t.lower === 'eve'))
    return found;
  const out: DateMention[] = [...found];
  const replace = (base: DateMention | undefined, m: DateMention) => {
    const k = base ? out.indexOf(base) : -1;
    if (k >= 0) out.splice(k, 1, m);
    else out.push(m);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    // "the eve of Sunday's handover"
    if (t.lower === 'eve' && tokens[i - 1]?.lower === 'the' && tokens[i + 1]?.lower === 'of') {
      const base = mentionAt(out, tokens, i + 2);
      const from = i - 1;
      replace(
        base,
        base
          ? { kind: 'shift', from, to: base.to, days: -1, base }
          : { kind: 'vague', from, to: i + 2 },
      );
      continue;
    }
    if (t.lower !== 'day' && t.lower !== 'days') continue;
    // "a day", "the day", "two days" ("the days after …" counts no days)
    const count = countOf(tokens[i - 1]);
    const n =
      t.lower === 'day' ? (count === 1 ? 1 : null) : count !== null && count > 1 ? count : null;
    const word = tokens[i + 1]?.lower ?? '';
    const before = tokens[i - 1]?.lower ?? '';
    // "the previous day", "the next day", "the following day"
    const adjective = BACK.has(before) || AHEAD.has(before);
    if (n === null && !adjective) continue;
    const direction = adjective
      ? BACK.has(before)
        ? -1
        : 1
      : BACK.has(word)
        ? -1
        : AHEAD.has(word)
          ? 1
          : 0;
    if (direction === 0) continue;
    const from = adjective ? i - 2 : i - 1;
    const end = adjective ? i + 1 : i + 2;
    if (from < 0 || (adjective && tokens[from]?.lower !== 'the')) continue;
    const shift = (n ?? 1) * direction;
    // "a day after Friday's exchange": counted from the day that follows.
    const following = !adjective ? mentionAt(out, tokens, end) : undefined;
    if (following) {
      replace(following, { kind: 'shift', from, to: following.to, days: shift, base: following });
      continue;
    }
    // "… said on Friday that 20 had died the day before.": counted from the sentence's day
    // before it, when nothing follows the phrase.
    const next = tokens[end];
    const closes = !next || (next.kind === 'punct' && next.text !== '-' && next.text !== '’');
    const previous = closes
      ? [...out].reverse().find((m) => m.to <= from && m.kind !== 'vague')
      : undefined;
    out.push(
      previous
        ? { kind: 'shift', from, to: end, days: shift, base: previous }
        : { kind: 'vague', from, to: end },
    );
  }
  return out.sort((a, b) => a.from - b.from);
}
