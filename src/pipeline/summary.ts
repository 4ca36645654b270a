// The short report the extractor prints after a build. Pure.
import type { Dataset } from '../dataset/schema.ts';

export function summarize(dataset: Dataset, warnings: readonly string[], out: string): string {
  const lines: string[] = [];
  const perMetric = new Map<string, number>();
  for (const f of dataset.figures) perMetric.set(f.metric, (perMetric.get(f.metric) ?? 0) + 1);
  lines.push(
    `Read ${dataset.articles.length} article${dataset.articles.length === 1 ? '' : 's'}, found ${dataset.figures.length} figures; wrote ${out}`,
  );
  for (const metric of dataset.metrics) {
    const n = perMetric.get(metric.id);
    if (n) lines.push(`  ${metric.id.padEnd(20)} ${String(n).padStart(6)}`);
  }
  if (dataset.rejected.length > 0) {
    lines.push(
      `Rejected ${dataset.rejected.length} file${dataset.rejected.length === 1 ? '' : 's'}:`,
    );
    for (const r of dataset.rejected.slice(0, 20)) lines.push(`  ${r.file}: ${r.reason}`);
    if (dataset.rejected.length > 20)
      lines.push(`  … and ${dataset.rejected.length - 20} more (see "rejected" in the dataset)`);
  }
  const articleWarnings = dataset.articles.flatMap((a) => a.warnings.map((w) => `${a.file}: ${w}`));
  const all = [...warnings, ...articleWarnings];
  if (all.length > 0) {
    lines.push(`Warnings (${all.length}):`);
    for (const w of all.slice(0, 20)) lines.push(`  ${w}`);
    if (all.length > 20)
      lines.push(`  … and ${all.length - 20} more (see "warnings" of each article)`);
  }
  return lines.join('\n');
}
