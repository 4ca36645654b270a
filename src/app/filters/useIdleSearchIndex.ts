// The search index is not needed for a first paint: it is built while the page is idle, a
// slice at a time, then the matches of each single letter and digit, so that the first
// keystroke of a search finds its answer ready. Idle callbacks give way to input, so none of
// this holds up a click or a keystroke; a search before it is done builds what it needs then.
import { useEffect } from 'react';
import { prepareSearchIndex, searchIndexOf, type FigureColumns } from './figureColumns.ts';
import { LETTERS, prepareLetter } from './searchIndex.ts';

/** Leave the browser this much of an idle period, in milliseconds. */
const MARGIN_MS = 3;

// Safari has no idle callbacks: short timeouts stand in for them there.
const whenIdle: (work: (deadline: IdleDeadline) => void) => number =
  'requestIdleCallback' in window
    ? (work) => requestIdleCallback(work)
    : (work) =>
        window.setTimeout(() => {
          const end = performance.now() + 8;
          work({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
        }, 50);
const cancelIdle = (handle: number) => {
  if ('cancelIdleCallback' in window) cancelIdleCallback(handle);
  else clearTimeout(handle);
};

export function useIdleSearchIndex(columns: FigureColumns): void {
  useEffect(() => {
    let handle = 0;
    let next = 0;
    const work = (deadline: IdleDeadline) => {
      while (deadline.timeRemaining() > MARGIN_MS) {
        if (!prepareSearchIndex(columns)) continue;
        const letter = LETTERS[next];
        if (letter === undefined) return;
        next += 1;
        prepareLetter(searchIndexOf(columns), letter);
      }
      handle = whenIdle(work);
    };
    handle = whenIdle(work);
    return () => {
      cancelIdle(handle);
    };
  }, [columns]);
}
