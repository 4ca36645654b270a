// Marker shapes as SVG paths for a given area in square pixels: the shapes of d3-shape's
// symbols (which Recharts draws), written out so that markers and the legend do not need the
// charting library. Centred on (0, 0) to be moved with a transform, or anywhere, so that many
// markers of one kind can be one path.
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'wye' | 'cross';

const r2 = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: [number, number][]): Outline => ({ points });

/** A circle by its radius, or a polygon by its corners, around (0, 0). */
type Outline = { radius: number } | { points: [number, number][] };

function rotate([x, y]: [number, number], angle: number): [number, number] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [c * x - s * y, s * x + c * y];
}

function outline(shape: MarkerShape, area: number): Outline {
  switch (shape) {
    case 'circle':
      return { radius: Math.sqrt(area / Math.PI) };
    case 'square': {
      const h = Math.sqrt(area) / 2;
      return polygon([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'triangle': {
      const y = -Math.sqrt(area / (Math.sqrt(3) * 3));
      return polygon([
        [0, y * 2],
        [-Math.sqrt(3) * y, -y],
        [Math.sqrt(3) * y, -y],
      ]);
    }
    case 'diamond': {
      const tan30 = Math.sqrt(1 / 3);
      const y = Math.sqrt(area / (tan30 * 2));
      const x = y * tan30;
      return polygon([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
    }
    case 'star': {
      const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
      const r = Math.sqrt(area * 0.8908130915292852);
      const inner: [number, number] = [
        Math.sin(Math.PI / 5) * kr * r,
        -Math.cos(Math.PI / 5) * kr * r,
      ];
      const points: [number, number][] = [];
      for (let i = 0; i < 5; i += 1) {
        const a = (2 * Math.PI * i) / 5;
        points.push(rotate([0, -r], a), rotate(inner, a));
      }
      return polygon(points);
    }
    case 'wye': {
      const k = 1 / Math.sqrt(12);
      const r = Math.sqrt(area / ((k / 2 + 1) * 3));
      const arm: [number, number][] = [
        [r / 2, r * k],
        [r / 2, r * k + r],
        [-r / 2, r * k + r],
      ];
      const third = (2 * Math.PI) / 3;
      return polygon([
        ...arm,
        ...arm.map((p) => rotate(p, third)),
        ...arm.map((p) => rotate(p, -third)),
      ]);
    }
    case 'cross': {
      const r = Math.sqrt(area / 5) / 2;
      return polygon([
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r],
        [r, -3 * r],
        [r, -r],
        [3 * r, -r],
        [3 * r, r],
        [r, r],
        [r, 3 * r],
        [-r, 3 * r],
        [-r, r],
        [-3 * r, r],
      ]);
    }
  }
}

/** The path of a shape of the given area centred on (x, y). */
export function symbolPathAt(shape: MarkerShape, area: number, x: number, y: number): string {
  const o = outline(shape, area);
  if ('radius' in o) {
    const r = r2(o.radius);
    return `M${r2(x + r)},${r2(y)}A${r},${r},0,1,1,${r2(x - r)},${r2(y)}A${r},${r},0,1,1,${r2(x + r)},${r2(y)}Z`;
  }
  return `M${o.points.map(([px, py]) => `${r2(x + px)},${r2(y + py)}`).join('L')}Z`;
}

/** Relative paths of outlines, by shape and area: "m…" from the centre, then the outline. */
const relative = new Map<string, { dx: number; dy: number; rest: string }>();
const MAX_RELATIVE = 2000;

function relativeOutline(shape: MarkerShape, area: number) {
  const key = `${shape}:${area}`;
  let found = relative.get(key);
  if (found) return found;
  const o = outline(shape, area);
  if ('radius' in o) {
    const r = r2(o.radius);
    found = { dx: r, dy: 0, rest: `a${r},${r},0,1,1,${-2 * r},0a${r},${r},0,1,1,${2 * r},0z` };
  } else {
    // Each corner from the one before, rounded as they are placed, so the outline closes
    // within a few hundredths of a pixel.
    const [first, ...others] = o.points;
    const [x0, y0] = first ?? [0, 0];
    let [px, py] = [r2(x0), r2(y0)];
    let rest = '';
    for (const [x, y] of others) {
      const [nx, ny] = [r2(x), r2(y)];
      rest += `l${r2(nx - px)},${r2(ny - py)}`;
      [px, py] = [nx, ny];
    }
    found = { dx: r2(x0), dy: r2(y0), rest: `${rest}z` };
  }
  if (relative.size >= MAX_RELATIVE) relative.clear();
  relative.set(key, found);
  return found;
}

/**
 * The same shape as symbolPathAt, in relative commands: only its first corner is placed, the
 * rest is the same text for every marker of its shape and area. Hundreds of markers drawn as
 * one path (BucketMarks) cost a tenth of the number formatting.
 */
export function markerPathAt(shape: MarkerShape, area: number, x: number, y: number): string {
  const { dx, dy, rest } = relativeOutline(shape, area);
  return `M${r2(x + dx)},${r2(y + dy)}${rest}`;
}

const cache = new Map<string, string>();

/** The path of a shape of the given area, centred on the origin (memoized: few sizes are used). */
export function symbolPath(shape: MarkerShape, area: number): string {
  const key = `${shape}:${area}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbolPathAt(shape, area, 0, 0);
    cache.set(key, path);
  }
  return path;
}
