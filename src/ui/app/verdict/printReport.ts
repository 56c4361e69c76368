/**
 * Print the one-page report. Charts are drawn for the width they have on screen, and the printed
 * page is narrower, so before printing the results are laid out at the report's width (the host
 * gets a `printing` attribute: dl-results is then 930 px wide, within A4 less 12 mm margins (703 px) at
 * the print zoom of 0.75 set by dl-app), the charts redraw at that width, and
 * the attribute goes when printing is over (`afterprint`).
 */

/** Resolve after two frames and a short pause: ResizeObserver callbacks have redrawn the charts by then. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150))));
}

/** Lay `host` out for paper, let its charts redraw, then open the browser's print dialog. */
export async function printReport(host: HTMLElement): Promise<void> {
  host.toggleAttribute('printing', true);
  window.addEventListener('afterprint', () => host.toggleAttribute('printing', false), { once: true });
  await settle();
  window.print();
}
