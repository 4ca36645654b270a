// What a figure's marker carries besides its colour (metric), shape (publisher), fill
// (hollow when proposed) and hedge sign: a stem down to the axis when it counts one event
// (an incident) rather than a running total, and a short tail to its left, ending in a bar,
// when its day is its article's publication day ("dated by the report": it describes that day or one
// before). Paths only, so single markers, markers drawn as one path, the legend and the
// exported images draw the same thing.
const r1 = (n: number) => n.toFixed(1);

/** Pixels from a marker's centre to the end of its tail. */
export const TAIL_PX = 15;

/** A one-event figure's stem, from its marker down to the plot's floor. */
export function stemPath(x: number, y: number, floor: number): string {
  return floor - y < 1 ? '' : `M${r1(x)},${r1(y)}V${r1(floor)}`;
}

/** A report-dated figure's tail: a line to the left of the marker and a bar at its end. */
export function tailPath(x: number, y: number): string {
  const end = x - TAIL_PX;
  return `M${r1(x - 5)},${r1(y)}H${r1(end)}M${r1(end)},${r1(y - 3)}V${r1(y + 3)}`;
}

/** Stems are faint: the marker is what is read, the stem says what kind it is. */
export const STEM_OPACITY = 0.45;
/** Fainter still among summary marks, where hundreds of them would fence the plot in. */
export const SUMMED_STEM_OPACITY = 0.2;
