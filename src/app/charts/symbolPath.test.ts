import { describe, expect, it } from 'vitest';
import { markerPathAt, symbolPath, symbolPathAt, type MarkerShape } from './symbolPath.ts';

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

/** A path of absolute or relative moves and lines (M, L, m, l; Z) as its corners. */
function corners(path: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of path.matchAll(/([MLml])([^MLmlZz]*)/g)) {
    const [a, b] = (args ?? '').split(',').map(Number) as [number, number];
    [x, y] = command === 'M' || command === 'L' ? [a, b] : [x + a, y + b];
    points.push([x, y]);
  }
  return points;
}

describe('markerPathAt', () => {
  it('draws the same corners as symbolPathAt, within a few hundredths of a pixel', () => {
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      for (const [area, x, y] of [
        [70, 12.345, 200.5],
        [24, 0, 0],
        [133.7, 640.01, 3.3],
      ] as const) {
        const want = corners(symbolPathAt(shape, area, x, y));
        const got = corners(markerPathAt(shape, area, x, y));
        expect(got).toHaveLength(want.length);
        got.forEach(([gx, gy], i) => {
          expect(Math.abs(gx - (want[i]?.[0] ?? NaN))).toBeLessThan(0.05);
          expect(Math.abs(gy - (want[i]?.[1] ?? NaN))).toBeLessThan(0.05);
        });
        expect(markerPathAt(shape, area, x, y)).toMatch(/^M[^MLA]*z$/);
      }
    }
  });

  it('draws a circle as two relative arcs', () => {
    expect(markerPathAt('circle', Math.PI * 25, 10, 20)).toBe(
      'M15,20a5,5,0,1,1,-10,0a5,5,0,1,1,10,0z',
    );
  });
});
