// Publishers are told apart in the charts by marker shape. There are only so many legible
// shapes: the publishers with most figures get one each and the rest share the last.
import type { MarkerShape } from './symbolPath.ts';

export const SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'wye',
];
export const OTHER_SHAPE: MarkerShape = 'cross';

/** Publisher keys in the index's order (most figures first) → their marker shape. */
export function publisherShapes(publisherKeys: readonly string[]): Map<string, MarkerShape> {
  return new Map(publisherKeys.map((key, i) => [key, SHAPES[i] ?? OTHER_SHAPE]));
}
