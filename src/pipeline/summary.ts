// The short report the extractor prints after a build. Pure.
import { METRICS } from '../dataset/metrics.ts';
import type { ArticleRecord } from './articleRecord.ts';
import type { BuildPlan, Reviewed } from './buildDataset.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summarize(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
  out: string,
  details: { cached: number; seconds: number; reviewed?: Reviewed },
): string {
  const perMetric = new Map<string, number>();
  let figures = 0;
  for (const r of records) {
    for (const m of r.metrics) perMetric.set(m, (perMetric.get(m) ?? 0) + 1);
    figures += r.metrics.length;
  }
  const lines = [
    `Read ${plural(records.length, 'article')} (${details.cached} unchanged, from the cache), ` +
      `found ${plural(figures, 'figure')} in ${details.seconds.toFixed(1)} s; wrote ${out}`,
  ];
  for (const metric of METRICS) {
    const n = perMetric.get(metric.id);
    if (n) lines.push(`  ${metric.id.padEnd(20)} ${String(n).padStart(7)}`);
  }
  const list = (title: string, items: string[], where: string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, 20)) lines.push(`  ${item}`);
    if (items.length > 20)
      lines.push(`  … and ${items.length - 20} more (see ${where} in the dataset)`);
  };
  list(
    'Rejected files',
    plan.rejected.map((r) => `${r.file}: ${r.reason}`),
    '"rejected"',
  );
  const warnings = [
    ...plan.warnings,
    ...records.flatMap((r, i) => r.warnings.map((w) => `${plan.jobs[i]?.file ?? '?'}: ${w}`)),
  ];
  list('Warnings', warnings, 'each article\'s "warnings"');
  const reviewed = details.reviewed;
  if (plan.corrections.length > 0 && reviewed) {
    const { applied, unmatched } = reviewed.summary;
    lines.push(
      `Corrections: ${applied} of ${plan.corrections.length} applied` +
        (reviewed.dropped.length > 0 ? ` (${reviewed.dropped.length} dropped)` : ''),
    );
    // Every unmatched entry, not the first twenty: each is someone's work that did not apply.
    if (unmatched.length > 0) lines.push(`Corrections not applied (${unmatched.length}):`);
    for (const u of unmatched) {
      lines.push(`  entry ${u.index}: ${u.article} “${u.quote}” (${u.number}): ${u.why}`);
    }
  }
  return lines.join('\n');
}
