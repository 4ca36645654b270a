// "Add a missed figure" in the article reader: select a number in the text, press the button,
// and the suggestion form opens with the number and the words around it filled in. Without a
// selection (from the keyboard, say) the form asks for them.
import { useEffect, useState, type RefObject } from 'react';
import { useReviewUi } from './reviewUiStore.ts';

interface Selected {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Characters of `container`'s text before (node, offset), leaving out screen-reader-only words. */
function offsetIn(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  const piece = range.cloneContents();
  for (const hidden of piece.querySelectorAll('.sr-only')) hidden.remove();
  return piece.textContent.length;
}

/** The selection, if it lies within one paragraph of the reader's text. */
function selectedInText(region: HTMLElement | null): Selected | null {
  const selection = document.getSelection();
  if (!region || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('[data-paragraph]') ?? null;
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraph !== paragraphOf(range.endContainer) || !region.contains(paragraph)) {
    return null;
  }
  let start = offsetIn(paragraph, range.startContainer, range.startOffset);
  let end = offsetIn(paragraph, range.endContainer, range.endOffset);
  const raw = selection.toString();
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  const text = raw.trim();
  if (end <= start || text === '' || text.length > 60) return null;
  return { paragraph: Number(paragraph.getAttribute('data-paragraph')), start, end, text };
}

export function AddMissedFigure({
  articleId,
  textRegion,
}: {
  articleId: string;
  textRegion: RefObject<HTMLElement | null>;
}) {
  const openForm = useReviewUi((s) => s.openForm);
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    const onChange = () => {
      setSelected(selectedInText(textRegion.current));
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
    };
  }, [textRegion]);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <button
        type="button"
        className="btn"
        // Like an editor's toolbar button: pressing it must not clear the selection it reads.
        onMouseDown={(event) => {
          event.preventDefault();
        }}
        onClick={() => {
          const selection = selected
            ? { paragraph: selected.paragraph, start: selected.start, end: selected.end }
            : null;
          openForm({ kind: 'missed', articleId, selection });
        }}
      >
        Add a missed figure{selected ? `: “${selected.text}”` : ''}
      </button>
      <span className="muted text-xs">
        {selected
          ? 'Selected in the text.'
          : 'Select a number in the text the extractor missed, then press the button.'}
      </span>
    </div>
  );
}
