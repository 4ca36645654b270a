// A date expression in a tokenized sentence, by kind, with the tokens [from, to) it covers.

export type DateMention =
  | {
      kind: 'day';
      from: number;
      to: number;
      month: number;
      day: number;
      year: number | null;
      /** The weekday written with it ("Tuesday, March 18"), 0 = Sunday. */
      weekday?: number;
    }
  | { kind: 'weekday'; from: number; to: number; weekday: number; relative: 'last' | 'next' | null }
  | { kind: 'relative'; from: number; to: number; offset: number }
  | { kind: 'vague'; from: number; to: number }
  /** A number of days from another day of the sentence ("a day after Friday's exchange"). */
  | { kind: 'shift'; from: number; to: number; days: number; base: DateMention };
