/**
 * Print the one-page report. Charts are drawn for the width they have on screen, and the printed
 * page is narrower, so before printing the results are laid out at the report's width (the host
 * gets a `printing` attribute: dl-results is then 930 px wide, within A4 less 12 mm margins (703 px) at
 * the print zoom of 0.75 set by dl-app), the charts redraw at that width, and
 * the attribute goes when printing is over (`afterprint`). The page switches to the light theme
 * meanwhile, so the charts are drawn for white paper.
 */
import { drawsSettled } from '../../charts/elements/drawQueue';

/**
 * Resolve once the charts have redrawn for the printing layout: after two frames the
 * ResizeObserver callbacks have asked for their draws, and the draw queue, which gives long draws
 * a frame each, has then drawn them all (a fixed pause could open the dialog half-drawn).
 */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await drawsSettled();
}

/** Lay `host` out for paper, let its charts redraw, then open the browser's print dialog. */
export async function printReport(host: HTMLElement): Promise<void> {
  // Paper is white: the charts redraw in the light theme too (the screen's theme comes back after).
  const root = document.documentElement;
  const theme = root.getAttribute('data-theme');
  root.setAttribute('data-theme', 'light');
  host.toggleAttribute('printing', true);
  window.addEventListener(
    'afterprint',
    () => {
      host.toggleAttribute('printing', false);
      if (theme === null) root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', theme);
    },
    { once: true },
  );
  await settle();
  window.print();
}
