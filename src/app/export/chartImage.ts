// A chart as a file that stands on its own: its SVG (Recharts' surface) with the page's
// computed colours written in (so it looks the same outside the page, in light or dark), set
// in a sheet (chartSheet.ts) with a title, the legend, the filters in words, the source, the
// view's link and the day; and a PNG drawn from that SVG.
import { chartSheetLayout, type SheetContent, type SheetItem } from './chartSheet.ts';
import { downloadBlob } from './download.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, sans-serif';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
];

/** Text widths as the browser sets them in the sheet's font. */
function canvasMeasure(): (text: string, size: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${size}px ${FONT}`;
    return context.measureText(text).width;
  };
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  return element;
}

function drawItem(item: SheetItem, ink: string, muted: string, paper: string): SVGElement {
  if (item.type === 'text') {
    const text = svgElement('text', {
      x: item.x,
      y: item.y,
      fill: item.tone === 'ink' ? ink : muted,
      'font-family': FONT,
      'font-size': item.size,
      'font-weight': item.bold ? 600 : undefined,
    });
    text.textContent = item.text;
    return text;
  }
  const color = item.color ?? muted;
  const group = svgElement('g', { transform: `translate(${item.x},${item.y})` });
  for (const part of item.parts) {
    group.append(
      svgElement('path', {
        d: part.d,
        fill: part.fill === 'none' ? 'none' : part.fill === 'paper' ? paper : color,
        'fill-opacity': part.fillOpacity,
        stroke: part.strokeWidth > 0 ? color : 'none',
        'stroke-width': part.strokeWidth,
        'stroke-opacity': part.strokeOpacity,
        'stroke-dasharray': part.dash,
      }),
    );
  }
  return group;
}

export function standaloneSvg(
  svg: SVGSVGElement,
  content: SheetContent,
): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
  });
  const pageStyle = getComputedStyle(document.documentElement);
  const paper = pageStyle.getPropertyValue('--chart-bg').trim() || '#ffffff';
  const ink = pageStyle.getPropertyValue('--chart-text').trim() || '#334155';
  const muted = pageStyle.getPropertyValue('--chart-muted').trim() || ink;

  const layout = chartSheetLayout(content, width, height, canvasMeasure());
  const out = svgElement('svg', {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
  });
  const backdrop = svgElement('rect', { width: '100%', height: '100%', fill: paper });
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(layout.chartY));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // The chart's own box style (Recharts sizes its surface to 100% of its box) would size the
  // chart to the whole file; its colours are written in as attributes above.
  copy.removeAttribute('style');
  copy.removeAttribute('aria-hidden');
  out.append(backdrop, ...layout.items.map((item) => drawItem(item, ink, muted, paper)), copy);
  return {
    markup: new XMLSerializer().serializeToString(out),
    width: layout.width,
    height: layout.height,
  };
}

function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('no canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the PNG could not be made'));
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart image could not be drawn'));
    };
    image.src = url;
  });
}

/** A file name for a chart: "conflict-figures-hostages-and-prisoners". */
export function chartFileName(title: string): string {
  return `conflict-figures-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

export async function downloadChart(
  svg: SVGSVGElement,
  name: string,
  content: SheetContent,
  format: 'png' | 'svg',
): Promise<void> {
  const { markup, width, height } = standaloneSvg(svg, content);
  if (format === 'svg') {
    downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
  } else {
    downloadBlob(await svgToPng(markup, width, height), `${name}.png`);
  }
}
