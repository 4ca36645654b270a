// A modal for sharing the current view: the view is read from the address when it opens (the
// page behind cannot change while it is open). Text to take away sits in read-only fields
// with a Copy button each; where the clipboard is refused, the text is selected to copy by hand.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function ShareDialog({ title, open, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[92vh] w-[min(96vw,40rem)] max-w-none overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button type="button" className="btn shrink-0" onClick={onClose}>
          Close
        </button>
      </div>
      {open && <div className="grid gap-4 p-4">{children}</div>}
    </dialog>
  );
}

/** A labelled read-only text to copy, with its Copy button and what copying did. */
export function CopyField({
  label,
  text,
  rows = 3,
}: {
  label: string;
  text: string;
  rows?: number;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  // What the last Copy did, and to which text: a new text (another choice) starts afresh.
  const [done, setDone] = useState<{ text: string; how: 'copied' | 'manual' } | null>(null);
  const state = done?.text === text ? done.how : 'idle';
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setDone({ text, how: 'copied' });
    } catch {
      field.current?.select();
      setDone({ text, how: 'manual' });
    }
  }
  return (
    <div className="grid gap-1">
      <label className="grid gap-1 text-sm font-medium">
        {label}
        <textarea
          ref={field}
          readOnly
          rows={rows}
          className="field font-mono text-xs leading-relaxed"
          value={text}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
      </label>
      <div className="flex items-center gap-2">
        <button
          type="button"
          className="btn py-1"
          onClick={() => {
            void copy();
          }}
        >
          Copy<span className="sr-only"> {label.toLowerCase()}</span>
        </button>
        <span role="status" className="text-xs">
          {state === 'copied' ? 'Copied' : state === 'manual' ? 'Selected: copy it by hand' : ''}
        </span>
      </div>
    </div>
  );
}
