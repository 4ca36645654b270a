// A long list of excerpts with only the rows near the screen in the page (@tanstack/react-
// virtual), so the page stays light however many figures match. Rows have their own heights
// and are measured as they render. The list scrolls in its own box: beside the charts on wide
// screens (as the short list does), and below 80% of the screen's height on narrow ones.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { FigureRow } from '../data/figureRow.ts';
import type { ScrollTarget } from '../ui/uiStore.ts';

interface Props {
  rows: readonly FigureRow[];
  scrollTarget: ScrollTarget | null;
  /** Called once a scroll target has been brought into view (or cannot be). */
  onScrolled: () => void;
  renderRow: (row: FigureRow, index: number, measure: (node: Element | null) => void) => ReactNode;
  labelledBy: string;
}

/** A guess that is close for a one- or two-line sentence; each row is measured anyway. */
const ESTIMATED_ROW_PX = 112;
const OVERSCAN = 6;

export function VirtualExcerpts({ rows, scrollTarget, onScrolled, renderRow, labelledBy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // The React Compiler cannot memoize around the virtualizer's mutable instance; no compiler
  // runs on this code, and this component reads the instance afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    // Rows are keyed by position (the default): a key function would run for every one of
    // 100,000 rows on each filter change.
    // React 19 warns about flushSync inside its own updates.
    useFlushSync: false,
  });

  // A requested figure: the list scrolls to it, at the top of the box (the box may reach
  // below the window); and, if the reader asked for it, the page to the figure once drawn.
  useEffect(() => {
    if (scrollTarget === null) return;
    const index = rows.findIndex((r) => r.id === scrollTarget.id);
    let frame = 0;
    if (index !== -1) {
      virtualizer.scrollToIndex(index, { align: 'start' });
      if (scrollTarget.movePage) {
        // The row is drawn once the list has caught up with its scrolling: a frame or two.
        let tries = 0;
        const reveal = () => {
          const row = box.current?.querySelector(
            `[data-figure-id="${CSS.escape(scrollTarget.id)}"]`,
          );
          if (row) row.scrollIntoView({ block: 'nearest' });
          else if ((tries += 1) < 10) frame = requestAnimationFrame(reveal);
        };
        frame = requestAnimationFrame(reveal);
      }
    }
    onScrolled();
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [scrollTarget, rows, virtualizer, onScrolled]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  // Rows not drawn are padding, so the list is as tall as all of them would be.
  const paddingTop = first ? first.start : 0;
  const paddingBottom = virtualizer.getTotalSize() - (last ? last.end : 0);
  return (
    <div
      ref={box}
      className="-mx-1 mt-2 max-h-[80vh] min-h-0 flex-1 overflow-y-auto [contain:layout_paint] xl:max-h-none"
      data-virtual-list
    >
      <ol aria-labelledby={labelledBy} style={{ paddingTop, paddingBottom }}>
        {items.map((item) => {
          const row = rows[item.index];
          return row ? renderRow(row, item.index, virtualizer.measureElement) : null;
        })}
      </ol>
    </div>
  );
}
