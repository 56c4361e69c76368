/**
 * Download a chart as SVG or PNG, legend included (the legend is part of every chart's SVG),
 * with the chart's title and reading hint on top and the theme background behind it.
 *
 * PNG: the composed SVG is serialised, loaded as an image from a blob: URL and drawn on a canvas
 * (html-to-image returns an empty image for Lit shadow roots; a blob: image is allowed by the
 * CSP `img-src 'self' data: blob:` and does not taint the canvas since it has no foreignObject).
 */

import { textMeasure, wrapText, type TextMeasure } from '../charts/textLayout';
import { LIGHT_CHART_THEME, type ChartTheme } from '../theme';
import { downloadBlob } from './download';

export type ExportFormat = 'svg' | 'png';

export interface ExportOptions {
  /** Heading drawn above the chart (e.g. the frame's title). */
  title?: string;
  /** One muted line under the heading (e.g. "how to read this"). */
  subtitle?: string;
  /** Background and text colours; default light. */
  theme?: ChartTheme;
  /** PNG pixel ratio (default 2: crisp on slides and retina screens). */
  scale?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Space around the chart in the exported file. */
const EXPORT_PADDING = 16;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;

/**
 * Height of the heading band for the given texts (0 without any). With `width` and a measure the
 * texts are wrapped to it (headingLines) and every line counts; without, one line each.
 */
export function headerHeight(title?: string, subtitle?: string, width = Infinity, measure?: TextMeasure): number {
  const { titleLines, subtitleLines } = headingLines(title, subtitle, width, measure);
  const h = titleLines.length * (TITLE_SIZE + 8) + subtitleLines.length * (SUBTITLE_SIZE + 8);
  return h ? h + 6 : 0;
}

/**
 * The heading's title and hint wrapped to `width` px, so that a long hint stays inside the
 * exported file instead of running past its right edge (issue #12: no clipped text in exports).
 */
export function headingLines(title: string | undefined, subtitle: string | undefined, width: number, measure?: TextMeasure): { titleLines: string[]; subtitleLines: string[] } {
  const wrap = (text: string | undefined, size: number, weight: number) =>
    !text ? [] : measure && Number.isFinite(width) ? wrapText(text, width, size, measure, 0, weight) : [text];
  return { titleLines: wrap(title, TITLE_SIZE, 600), subtitleLines: wrap(subtitle, SUBTITLE_SIZE, 400) };
}

/**
 * A file name that is safe on every OS: letters (any script), digits, dash and underscore kept,
 * runs of anything else collapsed to one dash, at most 80 characters, never empty.
 */
export function safeFilename(name: string, extension: ExportFormat): string {
  const base = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return `${base || 'chart'}.${extension}`;
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || svg.clientWidth || 600;
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || svg.clientHeight || 400;
  return { width, height };
}

/**
 * A standalone SVG document: background, heading, and a copy of the chart. Returns the markup
 * and its size in CSS px.
 */
function composeExportSvg(svg: SVGSVGElement, options: ExportOptions = {}): { markup: string; width: number; height: number } {
  const theme = options.theme ?? LIGHT_CHART_THEME;
  const { width: chartW, height: chartH } = chartSize(svg);
  const measure = textMeasure(theme.fontFamily);
  const { titleLines, subtitleLines } = headingLines(options.title, options.subtitle, chartW, measure);
  const header = headerHeight(options.title, options.subtitle, chartW, measure);
  const width = chartW + 2 * EXPORT_PADDING;
  const height = chartH + header + 2 * EXPORT_PADDING;

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', theme.fontFamily);
  const title = svg.querySelector('title')?.textContent || options.title || 'Chart';
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  out.appendChild(titleEl);
  const desc = svg.querySelector('desc')?.textContent;
  if (desc) {
    const descEl = document.createElementNS(SVG_NS, 'desc');
    descEl.textContent = desc;
    out.appendChild(descEl);
  }
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', theme.background);
  out.appendChild(bg);

  let y = EXPORT_PADDING;
  const addText = (text: string, size: number, color: string, weight: number) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(EXPORT_PADDING));
    t.setAttribute('y', String(y + size));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', String(weight));
    t.setAttribute('fill', color);
    t.textContent = text;
    out.appendChild(t);
    y += size + 8;
  };
  for (const line of titleLines) addText(line, TITLE_SIZE, theme.text, 600);
  for (const line of subtitleLines) addText(line, SUBTITLE_SIZE, theme.textMuted, 400);

  // A nested <svg> keeps the chart's own viewBox and coordinate system intact.
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('class');
  copy.removeAttribute('part');
  copy.setAttribute('x', String(EXPORT_PADDING));
  copy.setAttribute('y', String(EXPORT_PADDING + header));
  copy.setAttribute('width', String(chartW));
  copy.setAttribute('height', String(chartH));
  out.appendChild(copy);

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
  return { markup, width, height };
}

/** The chart as an SVG file. */
export function chartSvgBlob(svg: SVGSVGElement, options: ExportOptions = {}): Blob {
  return new Blob([composeExportSvg(svg, options).markup], { type: 'image/svg+xml;charset=utf-8' });
}

/** The chart as a PNG file, rendered at `scale` × its CSS size. */
export async function chartPngBlob(svg: SVGSVGElement, options: ExportOptions = {}): Promise<Blob> {
  const { markup, width, height } = composeExportSvg(svg, options);
  const scale = options.scale ?? 2;
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Export `svg` as `format` and download it as `<name>.<format>`. */
export async function downloadChart(svg: SVGSVGElement, format: ExportFormat, name: string, options: ExportOptions = {}): Promise<void> {
  const blob = format === 'svg' ? chartSvgBlob(svg, options) : await chartPngBlob(svg, options);
  downloadBlob(blob, safeFilename(name, format));
}
