// "Suggestions (n)" in the header: the corrections suggested in this browser, waiting to be
// copied or downloaded as a corrections.json that merges them with the file the dataset was
// built with (or, under `npm run review`, written to it at once). A suggestion already in
// that file has arrived and leaves the list.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Correction } from '../../dataset/corrections.ts';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { datasetQuery } from '../data/useDataset.ts';
import { downloadBlob } from '../export/download.ts';
import { describeWritten, reviewToken, writeCorrections } from './reviewServer.ts';
import { useReviewUi } from './reviewUiStore.ts';
import {
  correctionKey,
  CORRECTIONS_FILE_NAME,
  mergedCorrectionsFile,
  pendingSuggestions,
} from './suggestions.ts';
import { setSuggestions, useSuggestions } from './useSuggestions.ts';

export function SuggestionsButton({ index }: { index: DatasetIndex }) {
  const stored = useSuggestions();
  const shipped = index.correctionEntries;
  const pending = useMemo(() => pendingSuggestions(stored, shipped), [stored, shipped]);
  const open = useReviewUi((s) => s.listOpen);
  const setOpen = useReviewUi((s) => s.setListOpen);
  const notice = useReviewUi((s) => s.notice);
  const [token] = useState(reviewToken);

  // Those the dataset's corrections.json now holds have done their work.
  useEffect(() => {
    if (pending.length !== stored.length) setSuggestions(pending);
  }, [pending, stored]);

  return (
    <div className="flex flex-col items-end gap-1">
      {(pending.length > 0 || token) && (
        <button
          type="button"
          className="btn"
          aria-haspopup="dialog"
          onClick={() => {
            setOpen(true);
          }}
        >
          Suggestions
          <span className="rounded-full bg-slate-800 px-1.5 text-xs text-white tabular-nums dark:bg-slate-200 dark:text-slate-900">
            {pending.length}
          </span>
          <span className="sr-only">
            {pending.length === 1 ? ' suggestion' : ' suggestions'} waiting
          </span>
        </button>
      )}
      <p role="status" className="max-w-xs text-right text-xs">
        {notice}
      </p>
      <SuggestionsList
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        pending={pending}
        shipped={shipped}
        token={token}
      />
    </div>
  );
}

function SuggestionsList({
  open,
  onClose,
  pending,
  shipped,
  token,
}: {
  open: boolean;
  onClose: () => void;
  pending: readonly Correction[];
  shipped: readonly Correction[];
  token: string | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const setNotice = useReviewUi((s) => s.setNotice);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [handedOver, setHandedOver] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setStatus('');
      setHandedOver(false);
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const file = () => mergedCorrectionsFile(shipped, pending);
  async function copy() {
    try {
      await navigator.clipboard.writeText(file());
      setStatus(
        `Copied: ${CORRECTIONS_FILE_NAME} with ${shipped.length + pending.length} entries.`,
      );
      setHandedOver(true);
    } catch {
      setStatus('The clipboard was refused: download the file instead.');
    }
  }
  function download() {
    downloadBlob(new Blob([file()], { type: 'application/json' }), CORRECTIONS_FILE_NAME);
    setStatus(
      `Downloaded ${CORRECTIONS_FILE_NAME} with ${shipped.length + pending.length} entries.`,
    );
    setHandedOver(true);
  }
  async function writeAll() {
    if (!token) return;
    setBusy(true);
    const written = await writeCorrections(token, pending);
    if (!written.ok) {
      setBusy(false);
      setStatus(written.message);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: datasetQuery.queryKey });
    setBusy(false);
    setNotice(describeWritten(written.entries));
    onClose();
  }
  const remove = (entry: Correction) => {
    const key = correctionKey(entry);
    setSuggestions(pending.filter((s) => correctionKey(s) !== key));
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="suggestions-title"
      onClose={onClose}
      className="m-auto max-h-none w-[min(96vw,40rem)] max-w-none overflow-hidden rounded-lg bg-white p-0 text-left text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[min(92vh,48rem)] flex-col">
        <div className="flex items-start justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
          <h2 id="suggestions-title" className="text-lg font-semibold">
            Suggested corrections
          </h2>
          <button type="button" className="btn shrink-0" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-4 text-sm">
          <p>
            {pending.length === 0
              ? 'No suggestions wait in this browser.'
              : `${pending.length} ${pending.length === 1 ? 'suggestion waits' : 'suggestions wait'} in this browser.`}{' '}
            {token
              ? 'Review mode: write them to corrections.json in the articles folder, and the dataset is rebuilt.'
              : `They become corrections once they are in ${CORRECTIONS_FILE_NAME} in the articles folder: copy or download the file (the ${shipped.length} entries it has now, and these), put it there and rebuild.`}
          </p>
          {pending.length > 0 && (
            <ol className="mt-3 space-y-2">
              {pending.map((entry) => (
                <li
                  key={correctionKey(entry)}
                  className="rounded-md border border-slate-200 p-2 dark:border-slate-700"
                >
                  <p className="[overflow-wrap:anywhere]">
                    <strong className="font-semibold">{ACTION_WORDS[entry.action]}</strong> “
                    {entry.quote}” ({entry.number}) in {entry.article}
                  </p>
                  {entry.set && (
                    <p className="muted text-xs [overflow-wrap:anywhere]">
                      {Object.entries(entry.set)
                        .map(([field, value]) => `${field}: ${JSON.stringify(value)}`)
                        .join(', ')}
                    </p>
                  )}
                  <p className="text-xs [overflow-wrap:anywhere]">Reason: {entry.reason}</p>
                  <button
                    type="button"
                    className="btn-quiet -mx-2 mt-0.5 py-0 text-xs"
                    onClick={() => {
                      remove(entry);
                    }}
                  >
                    Remove<span className="sr-only"> the suggestion “{entry.quote}”</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <p role="status" className="mt-3 font-medium">
            {status}
          </p>
          {handedOver && pending.length > 0 && (
            <button
              type="button"
              className="btn-quiet -mx-2 mt-1"
              onClick={() => {
                setSuggestions([]);
              }}
            >
              Remove these suggestions from this browser
            </button>
          )}
        </div>
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 p-4 dark:border-slate-700">
          <button
            type="button"
            className="btn"
            disabled={pending.length === 0}
            onClick={() => {
              void copy();
            }}
          >
            Copy {CORRECTIONS_FILE_NAME}
          </button>
          <button type="button" className="btn" disabled={pending.length === 0} onClick={download}>
            Download {CORRECTIONS_FILE_NAME}
          </button>
          {token && (
            <button
              type="button"
              className="btn border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200"
              disabled={pending.length === 0 || busy}
              onClick={() => {
                void writeAll();
              }}
            >
              {busy ? 'Writing and rebuilding…' : `Write to ${CORRECTIONS_FILE_NAME}`}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}

const ACTION_WORDS: Record<Correction['action'], string> = {
  drop: 'Drop',
  set: 'Correct',
  add: 'Add',
};
