// The suggestion form, in a modal: a correction of a figure in the list ("Suggest a
// correction") or a figure the extractor missed ("Add a missed figure" in the reader). It
// builds the corrections.json entry, with article, quote and number filled in, and keeps it in
// this browser; under `npm run review` it can write it to corrections.json at once.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { METRICS } from '../../dataset/metrics.ts';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { useArticle } from '../data/useArticle.ts';
import { sentenceParts } from '../excerpts/highlight.ts';
import { datasetQuery } from '../data/useDataset.ts';
import { describeMissedPlace, missedPlace, quoteForFigure, quoteForSelection } from './quotes.ts';
import { describeWritten, reviewToken, writeCorrections } from './reviewServer.ts';
import { useReviewUi, type SuggestTarget } from './reviewUiStore.ts';
import { reviewLine } from './reviewText.ts';
import {
  entryFromForm,
  valuesForFigure,
  valuesForMissed,
  type FormErrors,
  type FormField,
  type FormTarget,
  type FormValues,
} from './suggestionForm.ts';
import { saveSuggestion, useSuggestions } from './useSuggestions.ts';

const QUALIFIER_OPTIONS = [
  ['exact', 'exact'],
  ['approx', 'about (approximate)'],
  ['at_least', 'at least'],
  ['at_most', 'at most'],
] as const;

/** Today as YYYY-MM-DD in the reviewer's own calendar: the day the suggestion was made. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function SuggestionDialog({ index }: { index: DatasetIndex }) {
  const target = useReviewUi((s) => s.target);
  const closeForm = useReviewUi((s) => s.closeForm);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (target !== null && !element.open) element.showModal();
    if (target === null && element.open) element.close();
  }, [target]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="suggest-title"
      onClose={closeForm}
      className="m-auto max-h-none w-[min(96vw,34rem)] max-w-none overflow-hidden rounded-lg bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      {target && <SuggestionForm key={JSON.stringify(target)} index={index} target={target} />}
    </dialog>
  );
}

function SuggestionForm({ index, target }: { index: DatasetIndex; target: SuggestTarget }) {
  const closeForm = useReviewUi((s) => s.closeForm);
  const setNotice = useReviewUi((s) => s.setNotice);
  const queryClient = useQueryClient();
  const suggestions = useSuggestions();
  const [token] = useState(reviewToken);
  const articleId =
    target.kind === 'figure' ? index.rowById.get(target.figureId)?.articleId : target.articleId;
  const article = articleId === undefined ? undefined : index.articleById.get(articleId);
  // The reader is open for a missed figure: its text is already loaded.
  const text = useArticle(target.kind === 'missed' ? target.articleId : null);
  const paragraphs = text.data?.paragraphs;
  const articleRows = useMemo(
    () => index.rows.filter((r) => r.articleId === articleId),
    [index, articleId],
  );
  const row = target.kind === 'figure' ? index.rowById.get(target.figureId) : undefined;
  const formTarget = useMemo((): FormTarget | null => {
    if (!article) return null;
    if (target.kind === 'missed') return { kind: 'missed', file: article.file };
    return row
      ? { kind: 'figure', file: article.file, figure: row, quote: quoteForFigure(row, articleRows) }
      : null;
  }, [article, target, row, articleRows]);

  const [values, setValues] = useState<FormValues>(() => {
    if (row) return valuesForFigure(row);
    const selection = target.kind === 'missed' ? target.selection : null;
    if (selection && paragraphs) {
      const number = (paragraphs[selection.paragraph] ?? '').slice(selection.start, selection.end);
      const quote = quoteForSelection(
        paragraphs,
        selection.paragraph,
        selection.start,
        selection.end,
      );
      return valuesForMissed(quote, number, article?.published ?? null);
    }
    return valuesForMissed('', '', article?.published ?? null);
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState('');
  const intent = useRef<'save' | 'write'>('save');
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const place =
    values.action === 'add' && paragraphs
      ? missedPlace(paragraphs, articleRows, values.quote, values.number)
      : null;

  const set = <F extends FormField>(field: F, value: FormValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => {
      const { [field]: _gone, form: _form, ...rest } = e;
      return rest;
    });
  };

  async function submit() {
    if (!formTarget) return;
    const result = entryFromForm(values, formTarget, today());
    const placeError =
      place && place.kind !== 'found' ? describeMissedPlace(place, values.number) : undefined;
    if (!result.ok || placeError) {
      const next = result.ok ? {} : { ...result.errors };
      if (placeError) next.quote ??= placeError;
      setErrors(next);
      // The first field at fault takes the focus, so its message is read out.
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    if (intent.current === 'write' && token) {
      setBusy(true);
      setServerError('');
      const written = await writeCorrections(token, [result.entry]);
      if (!written.ok) {
        setBusy(false);
        setServerError(written.message);
        return;
      }
      // The page's figures come from the rebuilt dataset before the form closes.
      await queryClient.invalidateQueries({ queryKey: datasetQuery.queryKey });
      setBusy(false);
      setNotice(describeWritten(written.entries));
      closeForm();
      return;
    }
    saveSuggestion(result.entry);
    const waiting = suggestions.length + 1;
    setNotice(
      `Suggestion saved in this browser (${waiting} waiting). Copy or download them from “Suggestions” at the top.`,
    );
    closeForm();
  }

  const title = target.kind === 'figure' ? 'Suggest a correction' : 'Add a missed figure';
  const editing = values.action !== 'drop';
  const field = (name: FormField) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form
      ref={formRef}
      noValidate
      className="flex max-h-[min(92vh,48rem)] flex-col"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
        <h2 id="suggest-title" className="text-lg font-semibold">
          {title}
        </h2>
        <button type="button" className="btn shrink-0" onClick={closeForm}>
          Cancel
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        {!formTarget ? (
          <p role="alert">This figure is no longer in the dataset.</p>
        ) : row?.review ? (
          <>
            <Context row={row} file={formTarget.file} quote={null} />
            <p className="mt-3 text-sm">
              This figure has been reviewed already ({reviewLine(row.review)}). A second correction
              of the same figure would not apply: change its entry in <code>corrections.json</code>{' '}
              instead.
            </p>
          </>
        ) : (
          <>
            <Context
              row={row}
              file={formTarget.file}
              quote={
                values.action === 'add'
                  ? null
                  : formTarget.kind === 'figure'
                    ? formTarget.quote
                    : null
              }
            />
            {target.kind === 'figure' && (
              <fieldset className="mt-3">
                <legend className="text-sm font-semibold">What is wrong?</legend>
                <div className="mt-1 flex flex-col gap-1 text-sm">
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={`${id}-action`}
                      className="size-4 accent-blue-700"
                      checked={values.action === 'set'}
                      onChange={() => {
                        set('action', 'set');
                      }}
                    />
                    Some of its values
                  </label>
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={`${id}-action`}
                      className="size-4 accent-blue-700"
                      checked={values.action === 'drop'}
                      onChange={() => {
                        set('action', 'drop');
                      }}
                    />
                    It is not a figure (drop it)
                  </label>
                </div>
              </fieldset>
            )}
            {values.action === 'add' && (
              <div className="mt-3 grid gap-3">
                <Field
                  label="Words around the number"
                  error={errors.quote}
                  id={`${id}-quote`}
                  hint={place ? describeMissedPlace(place, values.number) : undefined}
                >
                  <input
                    {...field('quote')}
                    className="field"
                    value={values.quote}
                    onChange={(e) => {
                      set('quote', e.target.value);
                    }}
                  />
                </Field>
                <Field label="The number as written" error={errors.number} id={`${id}-number`}>
                  <input
                    {...field('number')}
                    className="field"
                    value={values.number}
                    onChange={(e) => {
                      set('number', e.target.value);
                    }}
                  />
                </Field>
              </div>
            )}
            {editing && (
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                <Field label="Metric" error={errors.metric} id={`${id}-metric`}>
                  <select
                    {...field('metric')}
                    className="field"
                    value={values.metric}
                    onChange={(e) => {
                      set('metric', e.target.value as FormValues['metric']);
                    }}
                  >
                    {values.action === 'add' && <option value="">Choose…</option>}
                    {METRICS.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Number of people" error={errors.value} id={`${id}-value`}>
                  <input
                    {...field('value')}
                    className="field"
                    inputMode="decimal"
                    value={values.value}
                    onChange={(e) => {
                      set('value', e.target.value);
                    }}
                  />
                </Field>
                <Field label="Hedge" error={errors.qualifier} id={`${id}-qualifier`}>
                  <select
                    {...field('qualifier')}
                    className="field"
                    value={values.qualifier}
                    onChange={(e) => {
                      set('qualifier', e.target.value as FormValues['qualifier']);
                    }}
                  >
                    {QUALIFIER_OPTIONS.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Reported or proposed" error={errors.modality} id={`${id}-modality`}>
                  <select
                    {...field('modality')}
                    className="field"
                    value={values.modality}
                    onChange={(e) => {
                      set('modality', e.target.value as FormValues['modality']);
                    }}
                  >
                    <option value="reported">reported</option>
                    <option value="proposed">proposed (offer, plan, demand)</option>
                  </select>
                </Field>
                <Field label="Total or incident" error={errors.scope} id={`${id}-scope`}>
                  <select
                    {...field('scope')}
                    className="field"
                    value={values.scope}
                    onChange={(e) => {
                      set('scope', e.target.value as FormValues['scope']);
                    }}
                  >
                    <option value="total">running total</option>
                    <option value="incident">one incident or period</option>
                  </select>
                </Field>
                <Field
                  label="Day it describes"
                  error={errors.asOf}
                  id={`${id}-asOf`}
                  hint="Empty for no day."
                >
                  <input
                    {...field('asOf')}
                    type="date"
                    className="field"
                    value={values.asOf}
                    onChange={(e) => {
                      set('asOf', e.target.value);
                    }}
                  />
                </Field>
                <div className="sm:col-span-2">
                  <Field
                    label="Source"
                    error={errors.source}
                    id={`${id}-source`}
                    hint="Who the number comes from; empty for no one."
                  >
                    <input
                      {...field('source')}
                      className="field"
                      value={values.source}
                      onChange={(e) => {
                        set('source', e.target.value);
                      }}
                    />
                  </Field>
                </div>
              </div>
            )}
            <div className="mt-3 grid gap-3">
              <Field
                label="Reason (required; readers see it)"
                error={errors.reason}
                id={`${id}-reason`}
              >
                <textarea
                  {...field('reason')}
                  required
                  rows={2}
                  className="field"
                  value={values.reason}
                  onChange={(e) => {
                    set('reason', e.target.value);
                  }}
                />
              </Field>
              <Field label="Your initials (optional)" error={errors.by} id={`${id}-by`}>
                <input
                  {...field('by')}
                  className="field sm:w-40"
                  value={values.by}
                  onChange={(e) => {
                    set('by', e.target.value);
                  }}
                />
              </Field>
            </div>
            {(errors.form ?? serverError) && (
              <p role="alert" className="mt-3 text-sm font-medium text-red-700 dark:text-red-300">
                {errors.form ?? serverError}
              </p>
            )}
          </>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 p-4 dark:border-slate-700">
        {row?.review ? null : token ? (
          <>
            <button
              type="submit"
              className="btn"
              disabled={busy || !formTarget}
              onClick={() => {
                intent.current = 'save';
              }}
            >
              Keep as a suggestion
            </button>
            <button
              type="submit"
              className="btn border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200"
              disabled={busy || !formTarget}
              onClick={() => {
                intent.current = 'write';
              }}
            >
              {busy ? 'Writing and rebuilding…' : 'Write to corrections.json'}
            </button>
          </>
        ) : (
          <button
            type="submit"
            className="btn border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200"
            disabled={!formTarget}
            onClick={() => {
              intent.current = 'save';
            }}
          >
            Save suggestion
          </button>
        )}
      </div>
    </form>
  );
}

/** The figure's sentence with its number marked, or the article the missed figure is in. */
function Context({
  row,
  file,
  quote,
}: {
  row: FigureRow | undefined;
  file: string;
  quote: string | null;
}) {
  return (
    <div className="text-sm">
      {row ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 leading-relaxed [overflow-wrap:anywhere] dark:border-slate-600">
          {sentenceParts(row).map((part, i) =>
            part.figureId ? (
              <mark key={i} className="figure-number">
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </blockquote>
      ) : null}
      <p className="muted mt-1 text-xs [overflow-wrap:anywhere]">
        In {file}
        {quote !== null && <>; the correction finds the figure by “{quote}”</>}
      </p>
    </div>
  );
}

function Field({
  label,
  id,
  error,
  hint,
  children,
}: {
  label: string;
  id: string;
  error: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="mt-0.5">{children}</div>
      {hint && !error && <p className="muted mt-0.5 text-xs">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
