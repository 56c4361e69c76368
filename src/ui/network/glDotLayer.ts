/**
 * Raw WebGL2 drawing of every person of a people panel as one anti-aliased round point: the
 * backdrop (halos and ties, painted once per size by paintBackdrop.ts) as a texture, then one
 * drawArrays(POINTS) over all nodes.
 *
 * Buffers: node positions in layout units (2 floats per node) are uploaded once per network
 * and never rebuilt; the layout → pixel transform is a uniform, so a resize uploads nothing. The
 * only per-frame upload is one byte per node (state code + KOL flag, nodeCodes.ts), and only the
 * range of nodes that changed. Colours come from a 5-entry uniform table, so a theme change
 * uploads nothing either.
 *
 * Draw order as on the Canvas path: reached dots sit on unaware ones and KOLs on top, by depth
 * (one draw call instead of one per state).
 *
 * Like the Canvas path, a frame after the previous one draws only the nodes whose state changed
 * (drawElements over their indices) over the preserved drawing buffer; only a jump back, a new
 * size or backdrop redraws every node. On a GPU either is cheap; under software rendering
 * (SwiftShader, what headless Chromium and GPU-less machines use) a point costs ~1 µs — 1M
 * points ~1–2 s on this machine — so the incremental draw is what keeps playback moving.
 *
 * Why raw WebGL2 rather than regl, deck.gl, sigma.js or cosmos.gl: see README "Every person
 * drawn" (measured: bundle size, memory for 1M nodes, and what each needs to recolour per frame).
 */
import { BACKDROP_FRAGMENT, BACKDROP_VERTEX, POINT_FRAGMENT, POINT_VERTEX } from './glDotShaders';

/** Radius factors of the dots: unaware, reached/shared/bought/muted, KOL. */
export interface DotSizes {
  unaware: number;
  active: number;
  kol: number;
}

export interface DotFrame {
  /** layout → CSS px */
  scale: number;
  tx: number;
  ty: number;
  dpr: number;
  /** Radius of an unaware dot in CSS px. */
  radius: number;
  sizes: DotSizes;
  /** r, g, b in 0…1 per state code (stateColorTable). */
  colors: Float32Array;
}

/** Uploads so far (tests check that playing never re-uploads positions). */
export interface GlUploads {
  positions: number;
  codes: number;
  codeBytes: number;
  backdrops: number;
  draws: number;
  /** Draws of every node (the rest drew only the nodes that changed). */
  fullDraws: number;
  /** Points drawn in total. */
  pointsDrawn: number;
}

export class GlDotLayer {
  readonly uploads: GlUploads = { positions: 0, codes: 0, codeBytes: 0, backdrops: 0, draws: 0, fullDraws: 0, pointsDrawn: 0 };
  private count = 0;
  private lost = false;
  private readonly points: {
    program: WebGLProgram;
    vao: WebGLVertexArrayObject;
    position: WebGLBuffer;
    code: WebGLBuffer;
    /** Indices of the nodes an incremental frame draws (bound to `vao`). */
    changed: WebGLBuffer;
    uniforms: Record<string, WebGLUniformLocation | null>;
  };
  private readonly backdrop: { program: WebGLProgram; vao: WebGLVertexArrayObject; texture: WebGLTexture; sampler: WebGLUniformLocation | null };
  private hasBackdrop = false;

  /** A layer on `canvas`, or null where WebGL2 is unavailable or its shaders do not compile. */
  static create(canvas: HTMLCanvasElement | OffscreenCanvas, onLost: () => void = () => {}): GlDotLayer | null {
    let gl: WebGL2RenderingContext | null = null;
    try {
      // preserveDrawingBuffer: screenshots, the pixel test and video recording read the canvas
      // outside the frame that drew it.
      gl = canvas.getContext('webgl2', { alpha: false, antialias: false, depth: true, preserveDrawingBuffer: true }) as WebGL2RenderingContext | null;
    } catch {
      gl = null;
    }
    if (!gl || gl.isContextLost()) return null;
    try {
      return new GlDotLayer(gl, canvas, onLost);
    } catch {
      return null;
    }
  }

  private constructor(
    private readonly gl: WebGL2RenderingContext,
    canvas: HTMLCanvasElement | OffscreenCanvas,
    onLost: () => void,
  ) {
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();
      this.lost = true;
      onLost();
    });
    const program = link(gl, POINT_VERTEX, POINT_FRAGMENT);
    const vao = gl.createVertexArray()!;
    gl.bindVertexArray(vao);
    const position = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, position);
    const aPosition = gl.getAttribLocation(program, 'a_position');
    gl.enableVertexAttribArray(aPosition);
    gl.vertexAttribPointer(aPosition, 2, gl.FLOAT, false, 0, 0);
    const code = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, code);
    const aCode = gl.getAttribLocation(program, 'a_code');
    gl.enableVertexAttribArray(aCode);
    gl.vertexAttribIPointer(aCode, 1, gl.UNSIGNED_BYTE, 0, 0);
    const changed = gl.createBuffer()!;
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, changed);
    gl.bindVertexArray(null);
    const uniforms: Record<string, WebGLUniformLocation | null> = {};
    for (const name of ['u_scale', 'u_offset', 'u_pixels', 'u_dpr', 'u_radius', 'u_sizes', 'u_colors']) uniforms[name] = gl.getUniformLocation(program, name);
    this.points = { program, vao, position, code, changed, uniforms };

    const quadProgram = link(gl, BACKDROP_VERTEX, BACKDROP_FRAGMENT);
    const quadVao = gl.createVertexArray()!;
    gl.bindVertexArray(quadVao);
    const corners = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    gl.bufferData(gl.ARRAY_BUFFER, Float32Array.of(0, 0, 1, 0, 0, 1, 1, 1), gl.STATIC_DRAW);
    const aCorner = gl.getAttribLocation(quadProgram, 'a_corner');
    gl.enableVertexAttribArray(aCorner);
    gl.vertexAttribPointer(aCorner, 2, gl.FLOAT, false, 0, 0);
    gl.bindVertexArray(null);
    const texture = gl.createTexture()!;
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    this.backdrop = { program: quadProgram, vao: quadVao, texture, sampler: gl.getUniformLocation(quadProgram, 'u_backdrop') };
  }

  get contextLost(): boolean {
    return this.lost || this.gl.isContextLost();
  }

  /** Node positions in layout units (x at 2i, y at 2i+1): once per network. */
  setPositions(positions: Float32Array): void {
    const gl = this.gl;
    this.count = positions.length >> 1;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.points.position);
    gl.bufferData(gl.ARRAY_BUFFER, positions, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.points.code);
    gl.bufferData(gl.ARRAY_BUFFER, this.count, gl.DYNAMIC_DRAW);
    this.uploads.positions++;
  }

  /** Node codes [from, to) (nodeCodes.ts) into the per-node byte buffer. */
  setCodes(codes: Uint8Array, from = 0, to = codes.length): void {
    if (to <= from) return;
    const gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.points.code);
    gl.bufferSubData(gl.ARRAY_BUFFER, from, codes, from, to - from);
    this.uploads.codes++;
    this.uploads.codeBytes += to - from;
  }

  /** The backdrop's device pixels (packed 0xAABBGGRR, i.e. RGBA bytes), width × height. */
  setBackdrop(pixels: Uint32Array, width: number, height: number): void {
    const gl = this.gl;
    gl.bindTexture(gl.TEXTURE_2D, this.backdrop.texture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(pixels.buffer, pixels.byteOffset, width * height * 4));
    this.hasBackdrop = true;
    this.uploads.backdrops++;
  }

  /**
   * Draw the backdrop and every dot (`changed` null), or only the dots of the nodes listed in
   * `changed` over what the buffer holds (their codes must be uploaded already).
   */
  draw(f: DotFrame, changed: Int32Array | null = null): void {
    const gl = this.gl;
    if (this.contextLost) return;
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    gl.viewport(0, 0, w, h);
    if (changed) {
      if (changed.length === 0) return;
      this.drawPoints(f, w, h, changed);
      this.uploads.draws++;
      return;
    }
    gl.clearColor(0, 0, 0, 1);
    gl.clearDepth(1);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    if (this.hasBackdrop) {
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.BLEND);
      gl.useProgram(this.backdrop.program);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, this.backdrop.texture);
      gl.uniform1i(this.backdrop.sampler, 0);
      gl.bindVertexArray(this.backdrop.vao);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    }
    if (this.count > 0) this.drawPoints(f, w, h, null);
    gl.bindVertexArray(null);
    this.uploads.draws++;
    this.uploads.fullDraws++;
  }

  private drawPoints(f: DotFrame, w: number, h: number, changed: Int32Array | null): void {
    const gl = this.gl;
    gl.enable(gl.DEPTH_TEST);
    gl.depthFunc(gl.LEQUAL);
    gl.enable(gl.BLEND);
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ZERO, gl.ONE);
    const u = this.points.uniforms;
    gl.useProgram(this.points.program);
    gl.uniform2f(u.u_scale, f.scale, f.scale);
    gl.uniform2f(u.u_offset, f.tx, f.ty);
    gl.uniform2f(u.u_pixels, w, h);
    gl.uniform1f(u.u_dpr, f.dpr);
    gl.uniform1f(u.u_radius, f.radius);
    gl.uniform3f(u.u_sizes, f.sizes.unaware, f.sizes.active, f.sizes.kol);
    gl.uniform3fv(u.u_colors, f.colors);
    gl.bindVertexArray(this.points.vao);
    if (changed) {
      // Node indices are non-negative Int32: the same bits as the UNSIGNED_INT indices GL reads.
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, changed, gl.STREAM_DRAW);
      gl.drawElements(gl.POINTS, changed.length, gl.UNSIGNED_INT, 0);
      this.uploads.pointsDrawn += changed.length;
    } else {
      gl.drawArrays(gl.POINTS, 0, this.count);
      this.uploads.pointsDrawn += this.count;
    }
    gl.bindVertexArray(null);
  }

  /** RGBA of the device pixel (x, y) counted from the top left, as last drawn. */
  readPixel(x: number, y: number): [number, number, number, number] {
    const gl = this.gl;
    const out = new Uint8Array(4);
    gl.readPixels(Math.floor(x), gl.drawingBufferHeight - 1 - Math.floor(y), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
    return [out[0], out[1], out[2], out[3]];
  }

  /** Free the GPU memory now rather than at garbage collection (1M nodes: ~9 MB of buffers). */
  destroy(): void {
    const gl = this.gl;
    gl.deleteBuffer(this.points.position);
    gl.deleteBuffer(this.points.code);
    gl.deleteBuffer(this.points.changed);
    gl.deleteTexture(this.backdrop.texture);
    gl.deleteVertexArray(this.points.vao);
    gl.deleteVertexArray(this.backdrop.vao);
    gl.deleteProgram(this.points.program);
    gl.deleteProgram(this.backdrop.program);
  }
}

function link(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram()!;
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`shader: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`program: ${gl.getProgramInfoLog(program)}`);
  return program;
}
