import { describe, expect, it } from 'vitest';
import { symbolPath, symbolPathAt, type MarkerShape } from './symbolPath.ts';

const SHAPES: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross'];

/** The corners of a polygon path, for its area (shoelace). */
function polygonArea(path: string): number {
  const points = path
    .slice(1, -1)
    .split('L')
    .map((p) => p.split(',').map(Number) as [number, number]);
  let sum = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] ?? [0, 0];
    sum += x * ny - nx * y;
  });
  return Math.abs(sum) / 2;
}

describe('symbolPath', () => {
  it('gives closed paths of about the area asked for', () => {
    for (const shape of SHAPES) {
      const path = symbolPath(shape, 100);
      expect(path).toMatch(/^M.*Z$/);
      if (shape !== 'circle') expect(polygonArea(path)).toBeCloseTo(100, 0);
    }
    expect(symbolPath('circle', Math.PI * 25)).toBe('M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0Z');
  });

  it('moves a shape to a point', () => {
    expect(symbolPathAt('circle', Math.PI * 25, 10, 20)).toBe(
      'M15,20A5,5,0,1,1,5,20A5,5,0,1,1,15,20Z',
    );
    expect(symbolPathAt('square', 16, 10, 10)).toBe('M8,8L12,8L12,12L8,12Z');
  });
});
