// The suggestion form's values and the corrections.json entry they make: a correction of a
// figure (set or drop, with only the values that changed) or a figure the extractor missed
// (add). Checked with the schema the build uses, so what the form accepts the build reads.
// Pure.
import { correctionSchema, type Correction } from '../../dataset/corrections.ts';
import { isMetricId, type MetricId } from '../../dataset/metrics.ts';
import type { Figure, Modality, Qualifier, Scope } from '../../dataset/schema.ts';

export interface FormValues {
  /** set and drop correct a figure; add gives one the extractor missed. */
  action: 'set' | 'drop' | 'add';
  metric: MetricId | '';
  /** As typed; "28,473" is read as 28473. */
  value: string;
  qualifier: Qualifier;
  modality: Modality;
  scope: Scope;
  /** YYYY-MM-DD, or '' for no day. */
  asOf: string;
  /** '' for none. */
  source: string;
  reason: string;
  by: string;
  /** For add: the words around the number, and the number as written. */
  quote: string;
  number: string;
}

export type FormField = keyof FormValues;
export type FormErrors = Partial<Record<FormField | 'form', string>>;

export function valuesForFigure(figure: Figure): FormValues {
  return {
    action: 'set',
    metric: figure.metric,
    value: String(figure.value),
    qualifier: figure.qualifier,
    modality: figure.modality,
    scope: figure.scope,
    asOf: figure.asOf ?? '',
    source: figure.source ?? '',
    reason: '',
    by: '',
    quote: '',
    number: figure.text,
  };
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** "9,000" → 9000, "1.4 million" → 1400000; null for what is not written in digits. */
export function valueOfNumber(text: string): number | null {
  const match =
    /^(\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion))?$/i.exec(
      text.trim(),
    );
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/[,\s]/g, '');
  const value =
    Number(`${whole}.${match[2] ?? '0'}`) * (SCALES[match[3]?.toLowerCase() ?? ''] ?? 1);
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : null;
}

export function valuesForMissed(
  quote: string,
  number: string,
  published: string | null,
): FormValues {
  const value = valueOfNumber(number);
  return {
    action: 'add',
    metric: '',
    value: value === null ? '' : String(value),
    qualifier: 'exact',
    modality: 'reported',
    scope: 'total',
    asOf: published ?? '',
    source: '',
    reason: '',
    by: '',
    quote,
    number,
  };
}

/** What the entry is about: the figure corrected, or the article and words of a missed one. */
export type FormTarget =
  | { kind: 'figure'; file: string; figure: Figure; quote: string }
  | { kind: 'missed'; file: string };

const FIELD_OF_PATH: Record<string, FormField> = {
  metric: 'metric',
  value: 'value',
  qualifier: 'qualifier',
  modality: 'modality',
  scope: 'scope',
  asOf: 'asOf',
  source: 'source',
  attribution: 'source',
  reason: 'reason',
  by: 'by',
  quote: 'quote',
  number: 'number',
};

function readValue(text: string): number | null {
  const value = Number(text.trim().replace(/,/g, ''));
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : null;
}

/** The values as a corrections.json entry, or what to fix in the form. */
export function entryFromForm(
  values: FormValues,
  target: FormTarget,
  today: string,
): { ok: true; entry: Correction } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const value = readValue(values.value);
  if (values.action !== 'drop' && value === null) {
    errors.value = 'Give the number of people, more than 0.';
  }
  if (values.action === 'add' && !isMetricId(values.metric)) {
    errors.metric = 'Choose what the number counts.';
  }
  if (values.reason.trim() === '') errors.reason = 'Say why: readers see the reason.';
  const source = values.source.trim() === '' ? null : values.source.trim();
  const asOf = values.asOf === '' ? null : values.asOf;
  const chosen = {
    metric: isMetricId(values.metric) ? values.metric : undefined,
    value: value ?? undefined,
    qualifier: values.qualifier,
    modality: values.modality,
    scope: values.scope,
    asOf,
    source,
  };
  let set: Correction['set'];
  if (values.action === 'set' && target.kind === 'figure') {
    const figure = target.figure;
    set = {};
    for (const [field, v] of Object.entries(chosen)) {
      if (v !== undefined && v !== figure[field as keyof typeof chosen]) {
        Object.assign(set, { [field]: v });
      }
    }
    if (Object.keys(set).length === 0 && !errors.value) {
      errors.form = 'Change at least one value, or say that it is not a figure.';
    }
  } else if (values.action === 'add') {
    set = Object.fromEntries(
      Object.entries(chosen).filter(([, v]) => v !== undefined && v !== null),
    );
    // No day is a value too: an incident the text does not date.
    if (asOf === null) set.asOf = null;
  }
  const by = values.by.trim();
  const entry = {
    article: target.file,
    quote: target.kind === 'figure' ? target.quote : values.quote.trim(),
    number: target.kind === 'figure' ? target.figure.text : values.number.trim(),
    action: values.action,
    ...(set !== undefined && values.action !== 'drop' ? { set } : {}),
    reason: values.reason.trim(),
    ...(by ? { by } : {}),
    date: today,
  };
  const parsed = correctionSchema.safeParse(entry);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(
        issue.path[0] === 'set' ? (issue.path[1] ?? 'form') : (issue.path[0] ?? 'form'),
      );
      const field = FIELD_OF_PATH[key] ?? 'form';
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, entry: parsed.data };
}
