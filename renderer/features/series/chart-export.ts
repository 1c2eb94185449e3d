const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed styles an exported chart needs as attributes, since the app's style sheet does not go with it. */
const PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

/**
 * The chart as a standalone SVG file: the live chart serialised, read back into a document of its own (never the
 * page's, so no style attribute is ever set under the page's CSP), with every element's computed colours and fonts
 * written as presentation attributes, a background and a title.
 */
export function chartSvg(svg: SVGSVGElement, title: string, background: string): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  // Style attributes (React's CSSOM styles, serialised) are dropped before parsing: a parsed document answers to the
  // page's CSP too, and the computed styles below replace them.
  const markup = new XMLSerializer().serializeToString(svg).replace(/\sstyle="[^"]*"/g, '');
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const copy = doc.documentElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copied = [copy, ...copy.querySelectorAll('*')];
  live.forEach((el, i) => {
    const target = copied[i];
    if (!target) return;
    target.removeAttribute('class');
    if (!(el instanceof SVGElement)) return;
    const style = getComputedStyle(el);
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
    }
  });
  const titleHeight = 36;
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(Math.round(width)));
  out.setAttribute('height', String(Math.round(height + titleHeight)));
  out.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height + titleHeight)}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: '0', y: '0', width: '100%', height: '100%', fill: background })) bg.setAttribute(k, v);
  const heading = doc.createElementNS(SVG_NS, 'text');
  const font = getComputedStyle(svg).getPropertyValue('font-family');
  const color = getComputedStyle(svg).getPropertyValue('color');
  for (const [k, v] of Object.entries({ x: '16', y: '24', 'font-family': font, 'font-size': '15', 'font-weight': '700', fill: color })) heading.setAttribute(k, v);
  heading.textContent = title;
  const body = doc.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${titleHeight})`);
  // The chart's own <svg> keeps its size and viewBox inside the group.
  body.append(copy);
  out.append(bg, heading, body);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`, width: Math.round(width), height: Math.round(height + titleHeight) };
}

/** The same picture as a PNG at twice the size on screen: the SVG drawn on a canvas (a data: URL, which img-src allows). */
export async function chartPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = svg.width * scale;
  canvas.height = svg.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this window cannot draw images');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
