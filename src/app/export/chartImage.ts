// A chart as a file: its SVG (Recharts' surface) with the page's computed colours written in
// (so it looks the same outside the page, in light or dark), a title on top, and a PNG drawn
// from that SVG.
import { downloadBlob } from './download.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 30;
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

export function standaloneSvg(
  svg: SVGSVGElement,
  title: string,
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
  const background = pageStyle.getPropertyValue('--chart-bg').trim() || '#ffffff';
  const textColor = pageStyle.getPropertyValue('--chart-text').trim() || '#334155';

  const out = document.createElementNS(SVG_NS, 'svg');
  const fullHeight = height + TITLE_HEIGHT;
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(fullHeight));
  out.setAttribute('viewBox', `0 0 ${width} ${fullHeight}`);
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '20');
  heading.setAttribute('fill', textColor);
  heading.setAttribute('font-family', 'system-ui, sans-serif');
  heading.setAttribute('font-size', '15');
  heading.setAttribute('font-weight', '600');
  heading.textContent = `${title} — Conflict Figures`;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(TITLE_HEIGHT));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // The chart's own box style (Recharts sizes its surface to 100% of its box) would size the
  // chart to the whole file, title included; its colours are written in as attributes above.
  copy.removeAttribute('style');
  copy.removeAttribute('aria-hidden');
  out.append(backdrop, heading, copy);
  return { markup: new XMLSerializer().serializeToString(out), width, height: fullHeight };
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

export async function downloadChart(
  svg: SVGSVGElement,
  title: string,
  format: 'png' | 'svg',
): Promise<void> {
  const { markup, width, height } = standaloneSvg(svg, title);
  const name = `conflict-figures-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  if (format === 'svg') {
    downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
  } else {
    downloadBlob(await svgToPng(markup, width, height), `${name}.png`);
  }
}
