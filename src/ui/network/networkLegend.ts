/**
 * Small pieces of the network view's page: the legend (people view or community map), the
 * running counts under a panel, and where the floating inspector goes.
 */
import { html, type TemplateResult } from 'lit';
import type { NetworkText } from './networkText';
import type { ReplayCounts } from './replayIndex';
import type { ViewMode } from './networkStage';

/** The legend row under the transport bar. */
export function networkLegend(t: NetworkText, mode: ViewMode): TemplateResult {
  const states = (['unaware', 'reached', 'shared', 'converted', 'muted'] as const).map(
    (s) => html`<span><i class="dot ${s}"></i>${t.states[s]}</span>`,
  );
  const people = html`
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><circle cx="9" cy="7" r="5.5" stroke-width="1.8" /></svg>${t.legendKol}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><path d="M9 1.5l1.6 3.4 3.7.4-2.8 2.5.8 3.7L9 9.6l-3.3 1.9.8-3.7-2.8-2.5 3.7-.4z" fill="currentColor" stroke="none" /></svg>${t.legendSeed}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><path d="M1 12Q9 0 17 10" stroke-width="1" /></svg>${t.legendTransmission}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><path d="M1 12Q9 2 15 9" stroke-width="2" /><circle cx="15" cy="9" r="2" fill="currentColor" /></svg>${t.legendBridge}</span>`;
  const map = html`
    <span><i class="dot ramp"></i>${t.legendShareReached}</span>
    <span><i class="dot converted"></i>${t.legendShareBought}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><circle cx="9" cy="7" r="5.5" stroke-width="1" /></svg>${t.legendBubble}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><circle cx="9" cy="7" r="4.5" stroke-width="1.8" /></svg>${t.legendKolHome}</span>
    <span><svg viewBox="0 0 18 14" aria-hidden="true"><path d="M1 11Q9 1 17 9" stroke-width="3" /></svg>${t.legendFlow}</span>`;
  return html`<div class="legend">${mode === 'people' ? html`${states}${people}` : map}</div>`;
}

/** The four running counts as label/value pairs, in reading order. */
function countParts(t: NetworkText, c: ReplayCounts): [string, number][] {
  return [
    [t.states.reached, c.reached],
    [t.states.shared, c.shared],
    [t.states.converted, c.converted],
    [t.states.muted, c.muted],
  ];
}

/** "reached 1,234 · shared 210 · bought 45 · muted 12" (exports). */
export function countsLine(t: NetworkText, c: ReplayCounts, locale?: string): string {
  return countParts(t, c)
    .map(([label, value]) => `${label} ${value.toLocaleString(locale)}`)
    .join(' · ');
}

/** The counts as DOM nodes with bold numbers (updated outside Lit on every frame change). */
export function countsNodes(t: NetworkText, c: ReplayCounts): Node[] {
  const out: Node[] = [];
  countParts(t, c).forEach(([label, value], k) => {
    if (k > 0) out.push(document.createTextNode(' · '));
    const b = document.createElement('b');
    b.textContent = value.toLocaleString();
    out.push(document.createTextNode(`${label} `), b);
  });
  return out;
}

/**
 * Top-left (px, inside a box of boxWidth × boxHeight) for a card of cardWidth × cardHeight
 * next to the pointer at (x, y): `gap` px right of and below it, flipped to the left when it
 * would leave the box on the right, pushed up when it would leave it at the bottom.
 */
export function floatingPosition(
  x: number,
  y: number,
  boxWidth: number,
  boxHeight: number,
  cardWidth: number,
  cardHeight: number,
  gap = 18,
): { left: number; top: number } {
  let left = x + gap;
  if (left + cardWidth > boxWidth) left = x - gap - cardWidth;
  let top = y + gap;
  if (top + cardHeight > boxHeight) top = boxHeight - cardHeight;
  return { left: Math.max(0, left), top: Math.max(0, top) };
}
