// One figure as the sentence rules find it, before the article gives it an id and a source.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Modality, Qualifier, Scope } from '../../dataset/schema.ts';
import type { Day } from '../dates/calendar.ts';

export interface SentenceFigure {
  metric: MetricId;
  value: number;
  text: string;
  qualifier: Qualifier;
  modality: Modality;
  scope: Scope;
  asOf: Day | null;
  attribution: string | null;
  start: number;
  end: number;
}
