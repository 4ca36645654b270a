// Grey shapes where the dashboard will be, so the page does not jump when data arrives.
export function LoadingSkeleton() {
  const block = 'animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800';
  return (
    <div role="status" aria-live="polite" className="mt-4" data-skeleton="">
      <span className="sr-only">Loading the dataset…</span>
      <div aria-hidden="true" className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className={`${block} hidden h-96 lg:block`} />
        <div className="grid gap-4">
          <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className={`${block} h-24`} />
            ))}
          </div>
          <div className={`${block} h-72`} />
          <div className={`${block} h-72`} />
        </div>
      </div>
    </div>
  );
}
