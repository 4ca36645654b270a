// Nothing matches: say so, and offer the way back in one click.
export function EmptyResult({ onReset }: { onReset: () => void }) {
  return (
    <div className="mt-4 rounded-md border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
      <p className="font-medium">No figures match these filters.</p>
      <button type="button" className="btn mt-3" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}
