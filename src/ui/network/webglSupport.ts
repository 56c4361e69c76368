/**
 * What this browser's WebGL2 is — asked once per page with a throwaway canvas, before the view
 * creates its panels' 2D contexts (which must be transparent over a WebGL canvas, and cannot
 * change once created):
 * - 'none': no WebGL2 (switched off, too old, or a GPU blocklist refused the context);
 * - 'software': a CPU rasteriser (SwiftShader, llvmpipe…: Chromium without a usable GPU, e.g.
 *   headless or a projector laptop without drivers). A point then costs ~1 µs and the browser
 *   reads every WebGL canvas back for its software compositor each frame (~16 ms per 1250×780
 *   panel, measured), so small networks play smoother on the Canvas path;
 * - 'hardware': a GPU.
 * (`failIfMajorPerformanceCaveat` does not tell: Chromium 156 grants it with SwiftShader.)
 */
export type WebglSupport = 'none' | 'software' | 'hardware';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let support: WebglSupport | null = null;

export function webgl2Support(): WebglSupport {
  if (support !== null) return support;
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2');
    if (!gl || gl.isContextLost()) support = 'none';
    else {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      support = SOFTWARE_RENDERERS.test(renderer) ? 'software' : 'hardware';
      // Give the probe's context back now: browsers cap live contexts (~16) per page.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    support = 'none';
  }
  return support;
}
