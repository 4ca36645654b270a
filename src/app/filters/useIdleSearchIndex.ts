// The search index is not needed for a first paint: it is built once the page is idle, then
// the matches of each single letter and digit, a short task each, so that the first keystroke
// of a search finds its answer ready. A search before then builds what it needs on the spot.
import { useEffect } from 'react';
import { searchIndexOf, type FigureColumns } from './figureColumns.ts';
import { LETTERS, prepareLetter } from './searchIndex.ts';

const FIRST_DELAY_MS = 300;

export function useIdleSearchIndex(columns: FigureColumns): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let next = 0;
    const step = () => {
      const index = searchIndexOf(columns);
      const letter = LETTERS[next];
      if (letter === undefined) return;
      next += 1;
      prepareLetter(index, letter);
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, FIRST_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [columns]);
}
