// Copies the current view's link. Where the clipboard is refused, the link is shown to copy
// by hand instead of failing silently.
import { useState } from 'react';

export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');

  async function copy() {
    const href = window.location.href;
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  }

  return (
    <div className="relative flex flex-col items-end gap-1">
      <button
        type="button"
        className="btn"
        onClick={() => {
          void copy();
        }}
      >
        Copy link
      </button>
      {/* Under the button without taking room, so the header's buttons stay one height. */}
      <span role="status" className="absolute top-full right-0 mt-0.5 text-xs whitespace-nowrap">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'manual' && (
        <label className="mt-5 flex max-w-xs flex-col text-xs">
          Copy this link:
          <input
            readOnly
            className="field mt-0.5"
            value={link}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </label>
      )}
    </div>
  );
}
