// An event word found for a count, where it stands and how much it is trusted.
import type { EventKind } from './lexicon.ts';

export interface CountEvent {
  kind: EventKind;
  /** Token index of the event word. */
  index: number;
  /** 1 = named in the phrase … 6 = somewhere later in the clause. */
  trust: number;
}
