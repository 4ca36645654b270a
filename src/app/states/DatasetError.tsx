// What the reader sees when the dataset cannot be used: what went wrong, in words, and a retry.
import { DatasetLoadError } from '../data/parseDataset.ts';

interface Props {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

export function DatasetError({ error, retrying, onRetry }: Props) {
  const details = error instanceof DatasetLoadError ? error.details : [];
  const message =
    error instanceof DatasetLoadError ? error.message : 'Something went wrong while loading.';
  return (
    <section
      role="alert"
      aria-labelledby="dataset-error-title"
      className="panel mx-auto mt-8 max-w-2xl border-red-300 dark:border-red-800"
    >
      <h2 id="dataset-error-title" className="text-lg font-semibold text-red-800 dark:text-red-300">
        The dataset could not be loaded
      </h2>
      <p className="mt-2">{message}</p>
      {details.length > 0 && (
        <ul className="muted mt-2 list-disc pl-5 font-mono text-xs [overflow-wrap:anywhere]">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn mt-4" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
