/**
 * Whether this browser can give the network view a WebGL2 context — asked once per page with
 * a throwaway canvas, before the view creates its panels' 2D contexts (which must be transparent
 * over a WebGL canvas, and cannot change once created). A browser without WebGL2, with WebGL
 * switched off, or a GPU blocklist that refuses the context gets the Canvas path.
 */
let available: boolean | null = null;

export function webgl2Available(): boolean {
  if (available !== null) return available;
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2');
    available = gl !== null && !gl.isContextLost();
    // Give the probe's context back now: browsers cap live contexts (~16) per page.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    available = false;
  }
  return available;
}
