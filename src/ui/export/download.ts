/**
 * Saving a file from the page: every download of the app (charts, the network view's PNG and
 * video, results, scenarios, sweeps, seeds, frontiers, calibrations) goes through here, an
 * `<a download>` click on a blob: URL (allowed by the app's CSP). One mechanism, so every
 * download revokes its URL the same way and opens no window.
 */

/** Save a blob under `filename` through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save `text` as `filename` with the MIME type `type` (e.g. 'text/csv', 'application/json'). */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}
